/**
 * Reads the client side of an RTMP connection just far enough to find the stream key: the name in
 * the `publish` command. It does not speak RTMP itself: the bytes go on to an ffmpeg that does
 * (ingest-session.ts); the gate only holds back the chunk that carries `publish` until the key is
 * checked, so a publisher with a wrong key never gets to send a single video frame.
 *
 * RTMP from the client: C0 (1 byte) + C1 (1536) + C2 (1536) handshake, then chunks of messages
 * (basic header, message header of 11/7/3/0 bytes by format, optional extended timestamp, payload
 * of at most the chunk size, which the client may change with a "set chunk size" message).
 */

const HANDSHAKE_BYTES = 1 + 1536 + 1536;
const SET_CHUNK_SIZE = 1;
const AMF0_COMMAND = 20;
const AMF3_COMMAND = 17;

interface ChunkStream {
  length: number;
  type: number;
  timestampField: number;
  received: Buffer[];
  receivedBytes: number;
}

export type GateStep =
  /** Pass these bytes on; more are needed before the publish command shows up. */
  | { kind: "forward"; bytes: Buffer }
  /** Found: `before` may go on now, `held` (the publish chunk and all after it) once the key is good. */
  | { kind: "publish"; streamKey: string; before: Buffer; held: Buffer }
  /** Not RTMP as expected (or too much data before publish): drop the connection. */
  | { kind: "invalid"; reason: string };

/** Parses bytes as they arrive; returns what to do with them. Stateful, one per connection. */
export class RtmpPublishGate {
  private pending = Buffer.alloc(0);
  private handshakeLeft = HANDSHAKE_BYTES;
  private chunkSize = 128;
  private streams = new Map<number, ChunkStream>();
  private total = 0;

  push(data: Buffer): GateStep {
    this.total += data.length;
    this.pending = Buffer.concat([this.pending, data]);
    let offset = 0;
    if (this.handshakeLeft > 0) {
      if (this.pending[0] !== undefined && this.handshakeLeft === HANDSHAKE_BYTES && this.pending[0] !== 3)
        return { kind: "invalid", reason: `not RTMP (first byte ${this.pending[0]})` };
      offset = Math.min(this.handshakeLeft, this.pending.length);
      this.handshakeLeft -= offset;
    }
    while (this.handshakeLeft === 0) {
      const chunk = this.readChunk(offset);
      if (chunk === undefined) break;
      if (chunk.kind === "invalid") return chunk;
      const start = offset;
      offset = chunk.end;
      if (chunk.streamKey !== undefined) {
        const step: GateStep = {
          kind: "publish",
          streamKey: chunk.streamKey,
          before: this.pending.subarray(0, start),
          held: this.pending.subarray(start),
        };
        this.pending = Buffer.alloc(0);
        return step;
      }
    }
    // A publisher sends publish within a few hundred bytes after the handshake.
    if (this.total > HANDSHAKE_BYTES + 64 * 1024)
      return { kind: "invalid", reason: "no publish command in the first 64 KiB" };
    const bytes = this.pending.subarray(0, offset);
    this.pending = this.pending.subarray(offset);
    return { kind: "forward", bytes };
  }

  /** One chunk from `offset`, or undefined when it is not complete yet. */
  private readChunk(
    offset: number,
  ): { kind: "chunk"; end: number; streamKey?: string } | { kind: "invalid"; reason: string } | undefined {
    const buf = this.pending;
    let at = offset;
    if (at >= buf.length) return undefined;
    const first = buf[at++] as number;
    const format = first >> 6;
    let csid = first & 0x3f;
    if (csid === 0) {
      if (at + 1 > buf.length) return undefined;
      csid = 64 + (buf[at++] as number);
    } else if (csid === 1) {
      if (at + 2 > buf.length) return undefined;
      csid = 64 + (buf[at] as number) + (buf[at + 1] as number) * 256;
      at += 2;
    }
    const headerBytes = [11, 7, 3, 0][format] as number;
    if (at + headerBytes > buf.length) return undefined;
    let stream = this.streams.get(csid);
    if (format !== 0 && !stream)
      return { kind: "invalid", reason: `chunk stream ${csid} starts without a full header` };
    stream ??= { length: 0, type: 0, timestampField: 0, received: [], receivedBytes: 0 };
    const next = { ...stream };
    if (format <= 2) next.timestampField = buf.readUIntBE(at, 3);
    if (format <= 1) {
      next.length = buf.readUIntBE(at + 3, 3);
      next.type = buf[at + 6] as number;
    }
    at += headerBytes;
    if (next.timestampField === 0xffffff) {
      if (at + 4 > buf.length) return undefined;
      at += 4;
    }
    const payloadBytes = Math.min(this.chunkSize, next.length - next.receivedBytes);
    if (at + payloadBytes > buf.length) return undefined;
    next.received = [...next.received, buf.subarray(at, at + payloadBytes)];
    next.receivedBytes += payloadBytes;
    at += payloadBytes;
    let streamKey: string | undefined;
    if (next.receivedBytes >= next.length) {
      const message = Buffer.concat(next.received);
      next.received = [];
      next.receivedBytes = 0;
      if (next.type === SET_CHUNK_SIZE && message.length >= 4)
        this.chunkSize = message.readUInt32BE(0) & 0x7fffffff;
      if (next.type === AMF0_COMMAND || next.type === AMF3_COMMAND)
        streamKey = publishName(next.type === AMF3_COMMAND ? message.subarray(1) : message);
    }
    this.streams.set(csid, next);
    return { kind: "chunk", end: at, ...(streamKey !== undefined ? { streamKey } : {}) };
  }
}

/** The stream name of an AMF0 `publish` command: string "publish", number, null, string name. */
export function publishName(message: Buffer): string | undefined {
  let at = 0;
  const readString = (): string | undefined => {
    if (message[at] !== 0x02 || at + 3 > message.length) return undefined;
    const length = message.readUInt16BE(at + 1);
    const text = message.subarray(at + 3, at + 3 + length).toString("utf8");
    at += 3 + length;
    return text;
  };
  if (readString() !== "publish") return undefined;
  if (message[at] !== 0x00) return undefined;
  at += 9;
  if (message[at] === 0x05) at += 1;
  // The key may come with query arguments some apps add (`key?param=…`).
  return readString()?.split("?")[0];
}
