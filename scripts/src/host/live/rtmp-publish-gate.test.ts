import { describe, expect, it } from "vitest";
import { RtmpPublishGate } from "./rtmp-publish-gate.ts";

const amfString = (text: string) => {
  const bytes = Buffer.from(text, "utf8");
  const head = Buffer.alloc(3);
  head[0] = 0x02;
  head.writeUInt16BE(bytes.length, 1);
  return Buffer.concat([head, bytes]);
};
const amfNumber = (value: number) => {
  const out = Buffer.alloc(9);
  out[0] = 0x00;
  out.writeDoubleBE(value, 1);
  return out;
};
const command = (name: string, ...rest: Buffer[]) =>
  Buffer.concat([amfString(name), amfNumber(1), Buffer.from([0x05]), ...rest]);

/** One message as chunks of `chunkSize` on chunk stream `csid` (format 0, then format 3). */
function chunks(csid: number, type: number, payload: Buffer, chunkSize: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < payload.length; at += chunkSize) {
    if (at === 0) {
      const header = Buffer.alloc(12);
      header[0] = csid;
      header.writeUIntBE(0, 1, 3);
      header.writeUIntBE(payload.length, 4, 3);
      header[7] = type;
      header.writeUInt32LE(1, 8);
      parts.push(header);
    } else parts.push(Buffer.from([0xc0 | csid]));
    parts.push(payload.subarray(at, at + chunkSize));
  }
  return Buffer.concat(parts);
}

const handshake = Buffer.concat([Buffer.from([3]), Buffer.alloc(1536 * 2, 7)]);
const setChunkSize = (() => {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(4096);
  return chunks(2, 1, size, 128);
})();
const key = `${"k".repeat(20)}_-AbC123456789`;
const connect = chunks(3, 20, command("connect", Buffer.alloc(200, 0x05)), 128);
const publish = chunks(8, 20, command("publish", amfString(key), amfString("live")), 4096);
const media = Buffer.alloc(80_000, 9);

function feed(gate: RtmpPublishGate, bytes: Buffer, pieceSize: number) {
  const forwarded: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += pieceSize) {
    const step = gate.push(bytes.subarray(at, at + pieceSize));
    if (step.kind === "forward") forwarded.push(step.bytes);
    else if (step.kind === "publish")
      return {
        step,
        forwarded: Buffer.concat([...forwarded, step.before]),
        rest: bytes.subarray(at + pieceSize),
      };
    else return { step, forwarded: Buffer.concat(forwarded), rest: Buffer.alloc(0) };
  }
  return { step: undefined, forwarded: Buffer.concat(forwarded), rest: Buffer.alloc(0) };
}

describe("RtmpPublishGate", () => {
  for (const pieceSize of [1, 7, 300, 100_000]) {
    it(`finds the stream key and holds back exactly the publish chunk and what follows (pieces of ${pieceSize} bytes)`, () => {
      const stream = Buffer.concat([handshake, connect, setChunkSize, publish, media]);
      const { step, forwarded, rest } = feed(new RtmpPublishGate(), stream, pieceSize);
      expect(step?.kind).toBe("publish");
      if (step?.kind !== "publish") throw new Error("no publish");
      expect(step.streamKey).toBe(key);
      expect(forwarded.equals(Buffer.concat([handshake, connect, setChunkSize]))).toBe(true);
      expect(Buffer.concat([step.held, rest]).equals(Buffer.concat([publish, media]))).toBe(true);
    });
  }

  it("drops what is not RTMP", () => {
    expect(new RtmpPublishGate().push(Buffer.from("GET / HTTP/1.1\r\n")).kind).toBe("invalid");
  });

  it("ignores query arguments some apps append to the key", () => {
    const withQuery = chunks(8, 20, command("publish", amfString(`${key}?app=larix`)), 128);
    const { step } = feed(new RtmpPublishGate(), Buffer.concat([handshake, withQuery]), 50);
    expect(step?.kind === "publish" && step.streamKey).toBe(key);
  });
});
