/**
 * The demo's test streams: a council meeting recording (VOD, with German and English captions and
 * agenda chapters) and a live-style stream (served by `liveSimulator`). Generated locally with
 * ffmpeg; nothing is fetched. `ensureDemoStreams(dir)` is what `npm start` and the tests call.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { type Cue, toWebVtt } from "./captions.ts";
import { ENCODE_HLS_DEFAULTS, encodeHls, writePoster } from "./ffmpeg-hls.ts";
import { liveSimulator } from "./live-simulator.ts";

/** The full segment list of a live stream's rendition, which the simulator reveals bit by bit. */
export const LIVE_SOURCE_PLAYLIST = "all.m3u8";

/** Bump when the output changes, so existing demo folders are regenerated. */
export const DEMO_STREAMS_VERSION = 1;

export type Localised = { de: string; en: string };

export interface DemoStreamManifest {
  version: number;
  name: string;
  /** "vod": a recording (ENDLIST); "live": segments to be revealed by `liveSimulator`. */
  kind: "vod" | "live";
  durationSeconds: number;
  segmentSeconds: number;
  /** Relative to the stream folder. */
  master: string;
  renditions: string[];
  /** Media playlist the master names in each rendition folder. */
  playlistName: string;
  /** Live only: the full segment list the simulator reads. */
  sourcePlaylistName?: string;
  captions: { language: "de" | "en"; label: string; file: string }[];
  chapters: { offsetSeconds: number; title: Localised; agendaItem?: Localised }[];
  poster: string;
}

export interface DemoStreamDefinition {
  name: string;
  kind: "vod" | "live";
  durationSeconds: number;
  pattern: string;
  toneHz: number;
  captions?: { de: Cue[]; en: Cue[] };
  chapters?: DemoStreamManifest["chapters"];
}

// A short, clearly fictional meeting: the words match the agenda chapters of the demo content
// (scripts/src/demo/demo-content/event-streams.ts: items at 0, 20, 40 and 60 seconds).
const councilCaptions: { de: Cue[]; en: Cue[] } = {
  de: [
    { start: 0.5, end: 5, text: "Die Vorsitzende eröffnet die Sitzung der Stadtvertretung. (Demo)" },
    { start: 5.5, end: 10, text: "Sie stellt fest, dass die Stadtvertretung beschlussfähig ist." },
    { start: 10.5, end: 19, text: "Die Tagesordnung wird ohne Änderungen festgestellt." },
    { start: 20, end: 25, text: "Tagesordnungspunkt 2: Einwohnerfragestunde." },
    { start: 25.5, end: 39, text: "Es liegen keine Fragen vor." },
    { start: 40, end: 45, text: "Tagesordnungspunkt 3: Bericht zum digitalen Showroom." },
    { start: 45.5, end: 59, text: "Der Bericht wird zur Kenntnis genommen." },
    { start: 60, end: 65, text: "Tagesordnungspunkt 4: Verschiedenes." },
    { start: 65.5, end: 71, text: "Die Vorsitzende schließt die Sitzung." },
  ],
  en: [
    { start: 0.5, end: 5, text: "The chair opens the meeting of the town council. (Demo)" },
    { start: 5.5, end: 10, text: "She confirms that the council has a quorum." },
    { start: 10.5, end: 19, text: "The agenda is adopted without changes." },
    { start: 20, end: 25, text: "Agenda item 2: questions from residents." },
    { start: 25.5, end: 39, text: "There are no questions." },
    { start: 40, end: 45, text: "Agenda item 3: report on the digital showroom." },
    { start: 45.5, end: 59, text: "The council takes note of the report." },
    { start: 60, end: 65, text: "Agenda item 4: any other business." },
    { start: 65.5, end: 71, text: "The chair closes the meeting." },
  ],
};

/** Stream folder names agree with `stream.name` in the demo content. */
export const DEMO_STREAMS: readonly DemoStreamDefinition[] = [
  {
    name: "sitzung-der-stadtvertretung",
    kind: "vod",
    durationSeconds: 72,
    pattern: "testsrc",
    toneHz: 440,
    captions: councilCaptions,
    chapters: [
      {
        offsetSeconds: 0,
        title: { de: "Eröffnung und Tagesordnung", en: "Opening and agenda" },
        agendaItem: { de: "TOP 1", en: "Item 1" },
      },
      {
        offsetSeconds: 20,
        title: { de: "Einwohnerfragestunde", en: "Questions from residents" },
        agendaItem: { de: "TOP 2", en: "Item 2" },
      },
      {
        offsetSeconds: 40,
        title: { de: "Bericht zum digitalen Showroom", en: "Report on the digital showroom" },
        agendaItem: { de: "TOP 3", en: "Item 3" },
      },
      {
        offsetSeconds: 60,
        title: { de: "Verschiedenes", en: "Any other business" },
        agendaItem: { de: "TOP 4", en: "Item 4" },
      },
    ],
  },
  { name: "konzert-in-st-johannis", kind: "live", durationSeconds: 40, pattern: "testsrc2", toneHz: 660 },
  { name: "vortrag-starigard", kind: "live", durationSeconds: 40, pattern: "smptebars", toneHz: 550 },
];

const LABELS = { de: "Deutsch", en: "English" } as const;

/** Writes one demo stream into `dir/<name>/` (replacing what is there). */
export async function writeDemoStream(
  dir: string,
  stream: DemoStreamDefinition,
): Promise<DemoStreamManifest> {
  const target = join(dir, stream.name);
  // Write next to the target and rename, so a half-written stream is never served.
  const work = join(dir, `.${stream.name}.${process.pid}.${Date.now()}`);
  await mkdir(work, { recursive: true });
  const live = stream.kind === "live";
  const playlistName = ENCODE_HLS_DEFAULTS.playlistName;
  const sourcePlaylistName = LIVE_SOURCE_PLAYLIST;
  try {
    await encodeHls({
      ...ENCODE_HLS_DEFAULTS,
      outDir: work,
      durationSeconds: stream.durationSeconds,
      pattern: stream.pattern,
      toneHz: stream.toneHz,
      playlistName: live ? sourcePlaylistName : playlistName,
    });
    const renditions = ENCODE_HLS_DEFAULTS.renditions.map((r) => r.name);
    if (live) {
      // The master names the live playlist; on a plain static host (no simulator) a copy of the
      // full list without ENDLIST stands in, so players still treat it as live.
      const masterFile = join(work, "master.m3u8");
      const master = await readFile(masterFile, "utf8");
      await writeFile(masterFile, master.replaceAll(`/${sourcePlaylistName}`, `/${playlistName}`));
      for (const rendition of renditions) {
        const all = await readFile(join(work, rendition, sourcePlaylistName), "utf8");
        const asLive = all.replace("#EXT-X-PLAYLIST-TYPE:VOD\n", "").replace("#EXT-X-ENDLIST\n", "");
        await writeFile(join(work, rendition, playlistName), asLive);
      }
    }
    const captions: DemoStreamManifest["captions"] = [];
    for (const language of ["de", "en"] as const) {
      const cues = stream.captions?.[language];
      if (!cues) continue;
      const file = `captions.${language}.vtt`;
      await writeFile(join(work, file), toWebVtt(cues));
      captions.push({ language, label: LABELS[language], file });
    }
    await writePoster(join(work, "poster.jpg"), stream.pattern);
    const manifest: DemoStreamManifest = {
      version: DEMO_STREAMS_VERSION,
      name: stream.name,
      kind: stream.kind,
      durationSeconds: stream.durationSeconds,
      segmentSeconds: ENCODE_HLS_DEFAULTS.segmentSeconds,
      master: "master.m3u8",
      renditions,
      playlistName,
      ...(live ? { sourcePlaylistName } : {}),
      captions,
      chapters: stream.chapters ?? [],
      poster: "poster.jpg",
    };
    await writeFile(join(work, "stream.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(target, { recursive: true, force: true });
    await rename(work, target);
    return manifest;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

async function currentManifest(dir: string, name: string): Promise<DemoStreamManifest | undefined> {
  const file = join(dir, name, "stream.json");
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(await readFile(file, "utf8")) as DemoStreamManifest;
    return manifest.version === DEMO_STREAMS_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure every demo stream exists in `dir` (e.g. `site/dist/media/streams`), generating only
 * the missing or outdated ones. Returns the manifests by stream name.
 */
export async function ensureDemoStreams(
  dir: string,
  options: { log?: (line: string) => void; streams?: readonly DemoStreamDefinition[] } = {},
): Promise<Record<string, DemoStreamManifest>> {
  await mkdir(dir, { recursive: true });
  const result: Record<string, DemoStreamManifest> = {};
  for (const stream of options.streams ?? DEMO_STREAMS) {
    const existing = await currentManifest(dir, stream.name);
    if (existing) {
      result[stream.name] = existing;
      continue;
    }
    options.log?.(
      `hls: generating demo stream "${stream.name}" (${stream.kind}, ${stream.durationSeconds} s)`,
    );
    result[stream.name] = await writeDemoStream(dir, stream);
  }
  return result;
}

/**
 * One request hook for every live demo stream in `dir` (served as `urlPrefix<name>/…`), looping
 * forever from now. For the demo server: `const live = demoLiveHook(dir); … if (live(req, res)) return;`
 */
export function demoLiveHook(
  dir: string,
  urlPrefix = "/media/streams/",
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const startedAt = Date.now();
  const hooks = DEMO_STREAMS.filter((stream) => stream.kind === "live").map((stream) =>
    liveSimulator({
      streamDir: join(dir, stream.name),
      urlPrefix: `${urlPrefix}${stream.name}/`,
      playlistName: ENCODE_HLS_DEFAULTS.playlistName,
      sourcePlaylistName: LIVE_SOURCE_PLAYLIST,
      startedAt,
      loop: true,
    }),
  );
  return (req, res) => hooks.some((hook) => hook(req, res));
}
