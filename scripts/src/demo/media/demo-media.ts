/**
 * Every file the demo content references, by stable file name: pictures, 3D models, audio guides
 * and caption tracks. Files are built only when asked for, so a seed that finds them all in the media
 * library already generates nothing.
 */
import type { DemoPictureKey } from "../demo-content/types.ts";
import { type DemoModel, generateDemoModels } from "../demo-models/index.ts";
import { toWebVtt } from "../hls/captions.ts";
import { DEMO_STREAMS } from "../hls/demo-streams.ts";
import { renderAudioGuide } from "./audio-guide.ts";
import { demoPictureFileName, renderDemoPicture } from "./demo-images.ts";
import {
  renderSpeech,
  type SpeechLocale,
  type SpeechOptions,
  SYNTHETIC_VOICE_CAPTION,
  speechKey,
} from "./speech.ts";

export interface DemoMediaFile {
  /** File name in the media library; the seed finds files by it. */
  name: string;
  mime: string;
  /** Default alt text of the file (German; the content's image components carry both locales). */
  alternativeText?: string;
  caption?: string;
  build(): Promise<Uint8Array>;
}

let models: Promise<DemoModel[]> | undefined;

/** The generated demo models, built once per process. */
export function demoModels(): Promise<DemoModel[]> {
  models ??= generateDemoModels();
  return models;
}

export async function demoModel(key: string): Promise<DemoModel> {
  const model = (await demoModels()).find((m) => m.key === key);
  if (!model) {
    const known = (await demoModels()).map((m) => m.key).join(", ");
    throw new Error(
      `Demo content names the 3D model "${key}", but scripts/src/demo/demo-models/ has only: ${known}`,
    );
  }
  return model;
}

export function pictureFile(key: DemoPictureKey, alternativeText: string): DemoMediaFile {
  return {
    name: demoPictureFileName(key),
    mime: "image/png",
    alternativeText,
    build: () => renderDemoPicture(key),
  };
}

export function modelFile(key: string): DemoMediaFile {
  return {
    name: `demo-model-${key}.glb`,
    mime: "model/gltf-binary",
    caption: "Demo reconstruction, generated in code; CC0 1.0",
    build: async () => (await demoModel(key)).glb,
  };
}

/** Tones per locale differ, so the two files are told apart by ear too. */
const AUDIO_PITCH = { de: 440, en: 523 } as const;

export function audioGuideFile(code: string, locale: "de" | "en"): DemoMediaFile {
  return {
    name: `demo-audio-${code.toLowerCase()}-${locale}.mp3`,
    mime: "audio/mpeg",
    build: () => renderAudioGuide({ frequencyHz: AUDIO_PITCH[locale] }),
  };
}

/**
 * A stop's audio guide as synthetic speech of its transcript. The name carries a hash of the text,
 * so a changed transcript gets a new file and an unchanged one is found again in the library.
 */
export function speechGuideFile(
  code: string,
  locale: SpeechLocale,
  transcript: string,
  options: SpeechOptions = {},
): DemoMediaFile {
  return {
    name: `demo-speech-${code.toLowerCase()}-${locale}-${speechKey(transcript, locale)}.m4a`,
    mime: "audio/mp4",
    caption: SYNTHETIC_VOICE_CAPTION[locale],
    build: () => renderSpeech(transcript, locale, options),
  };
}

/** The demo stream definition behind a recording (chapters and caption cues). */
export function demoStream(name: string) {
  const stream = DEMO_STREAMS.find((s) => s.name === name);
  if (!stream) {
    const known = DEMO_STREAMS.map((s) => s.name).join(", ");
    throw new Error(
      `Demo content names the stream "${name}", but scripts/src/demo/hls/demo-streams.ts has only: ${known}`,
    );
  }
  return stream;
}

export function captionFile(streamName: string, language: "de" | "en"): DemoMediaFile {
  return {
    name: `demo-captions-${streamName}-${language}.vtt`,
    mime: "text/vtt",
    build: async () => {
      const cues = demoStream(streamName).captions?.[language];
      if (!cues) throw new Error(`The demo stream "${streamName}" has no ${language} captions`);
      return new TextEncoder().encode(toWebVtt(cues));
    },
  };
}
