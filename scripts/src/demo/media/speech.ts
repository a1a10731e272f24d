/**
 * Demo audio guides as synthetic speech: the stop's transcript read by eSpeak NG (a Debian package,
 * see shared/system-tools/) and encoded with the project's ffmpeg as mono AAC in an M4A file, which
 * every browser plays, iOS Safari included. Rendered files are cached on disk by a hash of voice,
 * settings and text, so a fresh database (tests, `npm start` on a new checkout) seeds in seconds.
 *
 * ```ts
 * const m4a = await renderSpeech("Willkommen im Wallmuseum.", "de");
 * ```
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { markdownToText } from "@showroom/content-types/search-document";
import { ffmpegPath as defaultFfmpeg } from "../../shared/system-tools/ffmpeg-path.ts";
import { findSystemTool, missingToolLine } from "../../shared/system-tools/system-tools.ts";

const run = promisify(execFile);

export type SpeechLocale = "de" | "en";

/** eSpeak NG voices and speaking rate (words per minute; slower than its default 175 for clarity). */
export const SPEECH_VOICES: Record<SpeechLocale, string> = { de: "de", en: "en-gb" };
export const SPEECH_RATE_WPM = 150;
/** Mono AAC: speech needs little; 40 kbit/s at 24 kHz keeps a minute near 300 KB. */
const ENCODING = ["-ac", "1", "-ar", "24000", "-c:a", "aac", "-b:a", "40k"];
/** Bumped when the rendering changes, so cached files and media-library names change with it. */
const SPEECH_FORMAT = "espeak-ng/aac-m4a/1";

/** What the media library's caption says about such a file, in the file's language. */
export const SYNTHETIC_VOICE_CAPTION: Record<SpeechLocale, string> = {
  de: "Synthetische Stimme (eSpeak NG), aus dem Transkript erzeugt",
  en: "Synthetic voice (eSpeak NG), generated from the transcript",
};

export interface SpeechOptions {
  /** Default: eSpeak NG found on PATH (see system-tools.ts). */
  espeakPath?: string;
  /** Default: FFMPEG_PATH, else the ffmpeg from npm. */
  ffmpegPath?: string;
  /** Where rendered speech is kept between runs; default `<tmp>/showroom-speech`. */
  cacheDir?: string;
}

/**
 * The transcript as a synthesizer should read it: Markdown marks and links reduced to their words,
 * the same plain text the site's caption track is cut from (content-types' markdownToText).
 */
export function speechText(markdown: string): string {
  return markdownToText(markdown);
}

/** A short stable key of what would be spoken and how: same text and voice, same file. */
export function speechKey(text: string, locale: SpeechLocale): string {
  return createHash("sha256")
    .update(`${SPEECH_FORMAT}\0${SPEECH_VOICES[locale]}\0${SPEECH_RATE_WPM}\0${speechText(text)}`)
    .digest("hex")
    .slice(0, 10);
}

/** eSpeak NG's path, or undefined when it is not installed. */
export function findSpeechSynthesizer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findSystemTool("espeak", { env });
}

/** The one line the seed prints when it falls back to the chime. */
export function noSpeechLine(): string {
  return `${missingToolLine("espeak")}; until then the demo audio guides are a chime`;
}

/** Renders the text as speech (M4A bytes), from the cache when the same text was rendered before. */
export async function renderSpeech(
  text: string,
  locale: SpeechLocale,
  options: SpeechOptions = {},
): Promise<Buffer> {
  const cacheDir = options.cacheDir ?? join(tmpdir(), "showroom-speech");
  const cached = join(cacheDir, `${speechKey(text, locale)}-${locale}.m4a`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit && hit.byteLength > 0) return hit;
  const espeak = options.espeakPath ?? findSpeechSynthesizer();
  if (!espeak) throw new Error(missingToolLine("espeak"));
  const ffmpeg = options.ffmpegPath ?? defaultFfmpeg();
  const dir = await mkdtemp(join(tmpdir(), "showroom-speech-"));
  try {
    const textFile = join(dir, "text.txt");
    const wav = join(dir, "speech.wav");
    const m4a = join(dir, "speech.m4a");
    await writeFile(textFile, speechText(text));
    await run(espeak, [
      "-v",
      SPEECH_VOICES[locale],
      "-s",
      String(SPEECH_RATE_WPM),
      "-f",
      textFile,
      "-w",
      wav,
    ]);
    // Metadata stripped and bit-exact flags: the same text gives the same bytes on every run.
    await run(ffmpeg, [
      "-hide_banner",
      "-loglevel",
      "error",
      "-i",
      wav,
      ...ENCODING,
      "-movflags",
      "+faststart",
      "-map_metadata",
      "-1",
      "-fflags",
      "+bitexact",
      "-flags:a",
      "+bitexact",
      "-f",
      "ipod",
      "-y",
      m4a,
    ]);
    const bytes = await readFile(m4a);
    await mkdir(cacheDir, { recursive: true });
    // Written beside and renamed: a reader in another process never sees half a file.
    const partial = `${cached}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, cached);
    return bytes;
  } catch (error) {
    const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`Speech for the ${locale} audio guide could not be rendered: ${message}`, {
      cause: error,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
