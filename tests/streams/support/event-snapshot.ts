/**
 * A content snapshot for the event pages: the site's fixture snapshot with its events replaced by
 * events at fixed dates (so page states can be tested with a fixed browser clock), pointing at the
 * generated demo streams, with German and English caption files and chapters.
 */

import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoStreamManifest } from "../../../scripts/src/demo/hls/demo-streams.ts";
import { ensureFixtureSnapshot } from "../../site/fixture-snapshot.ts";
import { repoRoot } from "../../support/paths.ts";
import { streamsDir } from "./streams.ts";

export const RECORDING = "/media/streams/sitzung-der-stadtvertretung/master.m3u8";
export const LIVE = "/media/streams/konzert-in-st-johannis/master.m3u8";

/** The test events: documentId, times and what they carry. Slugs are `<key>` (de) and `<key>-en`. */
export const TEST_EVENTS = {
  council: { start: "2026-03-10T18:00:00.000Z", end: "2026-03-10T20:00:00.000Z" },
  concert: { start: "2026-06-12T17:30:00.000Z", end: "2026-06-12T19:00:00.000Z" },
  lecture: { start: "2026-04-20T17:00:00.000Z", end: "2026-04-20T18:30:00.000Z" },
  cancelled: { start: "2026-05-02T10:00:00.000Z", end: "2026-05-02T11:00:00.000Z" },
  postponed: {
    start: "2026-05-05T17:00:00.000Z",
    end: "2026-05-05T19:00:00.000Z",
    to: "2026-07-03T17:00:00.000Z",
  },
  undated: { start: "2026-05-08T17:00:00.000Z", end: "2026-05-08T19:00:00.000Z" },
} as const;

type Entry = Record<string, unknown>;

export async function writeEventSnapshot(streams: Record<string, DemoStreamManifest>): Promise<string> {
  const fixture = await ensureFixtureSnapshot();
  const council = streams["sitzung-der-stadtvertretung"];
  if (!council) throw new Error("event snapshot: the council meeting stream was not generated");
  const vtt = {
    de: readFileSync(join(streamsDir, council.name, "captions.de.vtt")),
    en: readFileSync(join(streamsDir, council.name, "captions.en.vtt")),
  };
  // The copy is kept while the events, captions and content model stay the same (the fixture's own
  // times move every half hour, which would otherwise rebuild the site on every run).
  const model = readFileSync(join(repoRoot, "content-types", "src", "generated", "zod.ts"));
  const key = createHash("sha256")
    .update(vtt.de)
    .update(vtt.en)
    .update(model)
    .update(readFileSync(import.meta.filename))
    .digest("hex");
  const dir = join(tmpdir(), `showroom-event-snapshot-${key.slice(0, 12)}`);
  if (existsSync(join(dir, "manifest.json"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  // Fixed dates: the fixture's own are relative to its creation, which would change the build.
  manifest.createdAt = "2026-01-15T10:00:00.000Z";
  let lastId = 9000;
  const nextId = () => {
    lastId += 1;
    return lastId;
  };
  const media = (language: "de" | "en") => {
    const bytes = vtt[language];
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const file = `stream-captions-${language}_${sha256.slice(0, 10)}.vtt`;
    writeFileSync(join(dir, "media", file), bytes);
    if (!manifest.media.some((m: { file: string }) => m.file === file)) {
      manifest.media.push({ file, sha256, bytes: bytes.length, mime: "text/vtt" });
    }
    return {
      id: nextId(),
      documentId: `stream-captions-${language}`,
      name: `captions.${language}.vtt`,
      alternativeText: null,
      caption: null,
      width: null,
      height: null,
      hash: file.replace(/\.vtt$/, ""),
      ext: ".vtt",
      mime: "text/vtt",
      size: Math.round(bytes.length / 10) / 100,
      url: `media/${file}`,
    };
  };
  const captionFiles = { de: media("de"), en: media("en") };
  for (const locale of ["de", "en"] as const) {
    const file = join(dir, "content", `event-stream.${locale}.json`);
    const original = JSON.parse(readFileSync(file, "utf8")) as Entry[];
    const template = original[0] as Entry;
    const place = template.place;
    const make = (keyName: keyof typeof TEST_EVENTS, fields: Entry): Entry => ({
      ...template,
      id: nextId(),
      documentId: `test-event-${keyName}`,
      locale,
      slug: locale === "de" ? keyName : `${keyName}-en`,
      start: TEST_EVENTS[keyName].start,
      end: TEST_EVENTS[keyName].end,
      place,
      venue: null,
      hlsUrl: null,
      recordingUrl: null,
      statusOverride: null,
      postponedTo: null,
      statusNote: null,
      captions: [],
      chapters: [],
      transcript: null,
      poster: null,
      description: null,
      ...fields,
    });
    const de = locale === "de";
    const events = [
      make("council", {
        title: de ? "Sitzung der Stadtvertretung (Test)" : "Town council meeting (test)",
        kind: "council_meeting",
        hlsUrl: LIVE,
        recordingUrl: RECORDING,
        captions: [
          { id: nextId(), language: "de", label: "Deutsch", file: captionFiles.de },
          { id: nextId(), language: "en", label: "English", file: captionFiles.en },
        ],
        chapters: council.chapters.map((chapter) => ({
          id: nextId(),
          offsetSeconds: chapter.offsetSeconds,
          title: chapter.title[locale],
          agendaItem: chapter.agendaItem?.[locale] ?? null,
        })),
      }),
      make("concert", { title: de ? "Konzert (Test)" : "Concert (test)", kind: "concert", hlsUrl: LIVE }),
      make("lecture", {
        title: de ? "Vortrag ohne Stream (Test)" : "Lecture without stream (test)",
        kind: "lecture",
        place: null,
        venue: de ? "Rathaus, Sitzungssaal" : "Town hall, council chamber",
      }),
      make("cancelled", {
        title: de ? "Abgesagte Führung (Test)" : "Cancelled tour (test)",
        kind: "guided_tour",
        statusOverride: "cancelled",
        statusNote: de ? "Die Führung fällt wegen Sturm aus." : "The tour is cancelled because of a storm.",
      }),
      make("postponed", {
        title: de ? "Verschobener Vortrag (Test)" : "Postponed lecture (test)",
        kind: "lecture",
        hlsUrl: LIVE,
        statusOverride: "postponed",
        postponedTo: TEST_EVENTS.postponed.to,
      }),
      make("undated", {
        title: de ? "Verschoben ohne Termin (Test)" : "Postponed without date (test)",
        kind: "concert",
        statusOverride: "postponed",
      }),
    ];
    writeFileSync(file, JSON.stringify(events));
    manifest.counts["event-stream"][locale] = events.length;
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * A hash of the site's source, passed to `buildSite` as part of its cache key: its cache is keyed
 * by the snapshot only, and these tests must not run against a build of older page code.
 */
export function siteSourceHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith(".test.ts")) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(repoRoot, "site", "src"));
  hash.update(readFileSync(join(repoRoot, "site", "astro.config.mjs")));
  return hash.digest("hex").slice(0, 16);
}
