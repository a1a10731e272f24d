/**
 * The playing time of an audio file, read from its header at build time, so a stop page can show
 * "2:14" before anyone presses play (a player with `preload="none"` knows nothing until then).
 * Reads the formats the CMS accepts for audio guides: M4A/MP4 (`mvhd`), MP3 (Xing/Info/VBRI header,
 * else constant bit rate), Ogg Opus and Ogg Vorbis (last granule position). No tool is run.
 *
 * ```ts
 * audioDurationSeconds(readFileSync("guide.m4a")); // 42.7, or undefined when unreadable
 * ```
 */

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** MP4: the movie header's duration over its time scale (ISO/IEC 14496-12 `moov/mvhd`). */
function mp4Duration(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const walk = (start: number, end: number): number | undefined => {
    let offset = start;
    while (offset + 8 <= end) {
      let size = view.getUint32(offset);
      const type = ascii(bytes, offset + 4, 4);
      let header = 8;
      if (size === 1 && offset + 16 <= end) {
        size = Number(view.getBigUint64(offset + 8));
        header = 16;
      } else if (size === 0) {
        size = end - offset;
      }
      if (size < header || offset + size > end) return undefined;
      if (type === "moov") return walk(offset + header, offset + size);
      if (type === "mvhd") {
        const body = offset + header;
        const version = bytes[body];
        const scale = view.getUint32(body + (version === 1 ? 20 : 12));
        const duration = version === 1 ? Number(view.getBigUint64(body + 24)) : view.getUint32(body + 16);
        return scale > 0 ? duration / scale : undefined;
      }
      offset += size;
    }
    return undefined;
  };
  return walk(0, bytes.byteLength);
}

const MP3_BITRATES_V1_L3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_BITRATES_V2_L3 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MP3_SAMPLE_RATES = [44100, 48000, 32000];

/** MP3 (layer III): frame count from a Xing/Info or VBRI header, else size over bit rate. */
function mp3Duration(bytes: Uint8Array): number | undefined {
  let start = 0;
  if (ascii(bytes, 0, 3) === "ID3" && bytes.length > 10) {
    const size = ((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0);
    start = 10 + size + ((bytes[5] ?? 0) & 0x10 ? 10 : 0);
  }
  const limit = Math.min(bytes.length - 4, start + 64 * 1024);
  for (let offset = start; offset < limit; offset++) {
    if (bytes[offset] !== 0xff || ((bytes[offset + 1] ?? 0) & 0xe0) !== 0xe0) continue;
    const b1 = bytes[offset + 1] ?? 0;
    const b2 = bytes[offset + 2] ?? 0;
    const b3 = bytes[offset + 3] ?? 0;
    const versionBits = (b1 >> 3) & 3; // 3: MPEG 1, 2: MPEG 2, 0: MPEG 2.5
    const layerBits = (b1 >> 1) & 3; // 1: layer III
    const bitrateIndex = b2 >> 4;
    const rateIndex = (b2 >> 2) & 3;
    if (versionBits === 1 || layerBits !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3)
      continue;
    const mpeg1 = versionBits === 3;
    const sampleRate = (MP3_SAMPLE_RATES[rateIndex] ?? 0) / (mpeg1 ? 1 : versionBits === 2 ? 2 : 4);
    const samplesPerFrame = mpeg1 ? 1152 : 576;
    const kbps = (mpeg1 ? MP3_BITRATES_V1_L3 : MP3_BITRATES_V2_L3)[bitrateIndex] ?? 0;
    const mono = b3 >> 6 === 3;
    const sideInfo = mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17;
    const xing = offset + 4 + sideInfo;
    const tag = ascii(bytes, xing, 4);
    if ((tag === "Xing" || tag === "Info") && (bytes[xing + 7] ?? 0) & 1) {
      const frames = new DataView(bytes.buffer, bytes.byteOffset + xing + 8, 4).getUint32(0);
      return (frames * samplesPerFrame) / sampleRate;
    }
    if (ascii(bytes, offset + 36, 4) === "VBRI") {
      const frames = new DataView(bytes.buffer, bytes.byteOffset + offset + 36 + 14, 4).getUint32(0);
      return (frames * samplesPerFrame) / sampleRate;
    }
    const id3v1 = ascii(bytes, bytes.length - 128, 3) === "TAG" ? 128 : 0;
    return ((bytes.length - offset - id3v1) * 8) / (kbps * 1000);
  }
  return undefined;
}

/** Ogg: the last page's granule position, in samples of the codec's rate (Opus: 48 kHz, minus pre-skip). */
function oggDuration(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first page carries the codec's identification header.
  const firstBody = 27 + (bytes[26] ?? 0);
  let rate: number | undefined;
  let preSkip = 0;
  if (ascii(bytes, firstBody, 8) === "OpusHead") {
    rate = 48000;
    preSkip = view.getUint16(firstBody + 10, true);
  } else if (ascii(bytes, firstBody + 1, 6) === "vorbis") {
    rate = view.getUint32(firstBody + 12, true);
  }
  if (!rate) return undefined;
  for (let offset = bytes.length - 27; offset >= 0; offset--) {
    if (bytes[offset] !== 0x4f || ascii(bytes, offset, 4) !== "OggS") continue;
    const granule = Number(view.getBigInt64(offset + 6, true));
    if (granule > 0) return Math.max(0, granule - preSkip) / rate;
  }
  return undefined;
}

/** Seconds of audio in the file, or undefined for a format or file it cannot read. */
export function audioDurationSeconds(bytes: Uint8Array): number | undefined {
  if (bytes.length < 12) return undefined;
  try {
    const duration =
      ascii(bytes, 4, 4) === "ftyp"
        ? mp4Duration(bytes)
        : ascii(bytes, 0, 4) === "OggS"
          ? oggDuration(bytes)
          : mp3Duration(bytes);
    return duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : undefined;
  } catch {
    // A cut-off or odd file: the page then shows no duration until the browser reads the file.
    return undefined;
  }
}
