/**
 * Captions carried in the HLS stream itself (a SUBTITLES rendition with segmented WebVTT, as the
 * live ingest writes them while staff type): the light hls.js build does not read subtitle
 * renditions, so this module does, for live streams and recordings alike. Cues are placed by the
 * program date-time of their segment and hls.js's `playingDate`, so they line up with the picture
 * whichever segment the player joined at. Browsers with native HLS show the rendition themselves.
 */

interface SubtitleRendition {
  uri: string;
  name: string;
  language: string;
}

/** The first SUBTITLES rendition of a master playlist, its URI resolved against the master's URL. */
export function subtitleRendition(master: string, masterUrl: string): SubtitleRendition | undefined {
  for (const line of master.split(/\r?\n/)) {
    if (!line.startsWith("#EXT-X-MEDIA:") || !/TYPE=SUBTITLES/.test(line)) continue;
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(line)?.[1];
    const uri = attribute("URI");
    if (!uri) continue;
    return {
      uri: new URL(uri, masterUrl).href,
      name: attribute("NAME") ?? "Untertitel",
      language: attribute("LANGUAGE") ?? "de",
    };
  }
  return undefined;
}

export interface SubtitleSegment {
  uri: string;
  /** Program date-time of the segment start, epoch ms. */
  programTime: number;
}

export function subtitleSegments(
  playlist: string,
  playlistUrl: string,
): { segments: SubtitleSegment[]; ended: boolean } {
  const segments: SubtitleSegment[] = [];
  let programTime = Number.NaN;
  for (const raw of playlist.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) programTime = Date.parse(line.slice(25));
    else if (line && !line.startsWith("#")) {
      if (Number.isFinite(programTime)) segments.push({ uri: new URL(line, playlistUrl).href, programTime });
      programTime = Number.NaN;
    }
  }
  return { segments, ended: playlist.includes("#EXT-X-ENDLIST") };
}

const seconds = (stamp: string) => {
  const parts = stamp.split(":").map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
};

/** Cues of a WebVTT segment as program date-times (epoch ms), via its X-TIMESTAMP-MAP's LOCAL time. */
export function webvttCues(
  text: string,
  segmentProgramTime: number,
): { start: number; end: number; text: string }[] {
  const local = /X-TIMESTAMP-MAP=[^\n]*LOCAL:([\d:.]+)/.exec(text)?.[1];
  const base = local ? seconds(local) : 0;
  const cues: { start: number; end: number; text: string }[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const lines = block.split(/\r?\n/);
    const timing = lines.findIndex((line) => line.includes("-->"));
    if (timing < 0) continue;
    const [from, to] = (lines[timing] as string)
      .split("-->")
      .map((part) => part.trim().split(/\s+/)[0] ?? "");
    const body = lines
      .slice(timing + 1)
      .join("\n")
      .trim();
    if (!body) continue;
    cues.push({
      start: segmentProgramTime + (seconds(from ?? "0") - base) * 1000,
      end: segmentProgramTime + (seconds(to ?? "0") - base) * 1000,
      text: body.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
    });
  }
  return cues;
}

/**
 * Shows the stream's caption rendition on `video` while it plays; `playingDate` is hls.js's
 * program date-time of the current position. Returns a stop function.
 */
export function wireStreamCaptions(
  video: HTMLVideoElement,
  masterUrl: string,
  playingDate: () => Date | null | undefined,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seen = new Set<string>();
  const pending: { start: number; end: number; text: string }[] = [];
  let track: TextTrack | undefined;
  /** video.currentTime minus program time in seconds, once hls.js knows it. */
  let offset: number | undefined;

  function place() {
    const date = playingDate();
    if (offset === undefined && date) offset = video.currentTime - date.getTime() / 1000;
    if (offset === undefined || !track) return;
    for (const cue of pending.splice(0)) {
      track.addCue(new VTTCue(cue.start / 1000 + offset, cue.end / 1000 + offset, cue.text));
    }
  }

  async function poll(rendition: SubtitleRendition) {
    if (stopped) return;
    let ended = false;
    try {
      const response = await fetch(rendition.uri, { cache: "no-store" });
      if (response.ok) {
        const list = subtitleSegments(await response.text(), rendition.uri);
        ended = list.ended;
        for (const segment of list.segments) {
          if (seen.has(segment.uri)) continue;
          seen.add(segment.uri);
          const vtt = await fetch(segment.uri);
          if (vtt.ok) pending.push(...webvttCues(await vtt.text(), segment.programTime));
        }
        place();
      }
    } catch {
      // The video's own retry loop reports a broken connection; captions follow when it is back.
    }
    if (!ended && !stopped) timer = setTimeout(() => void poll(rendition), 1000);
  }

  void (async () => {
    const response = await fetch(masterUrl, { cache: "no-store" }).catch(() => undefined);
    if (!response?.ok || stopped) return;
    const rendition = subtitleRendition(await response.text(), response.url || masterUrl);
    if (!rendition) return;
    track = video.addTextTrack("captions", rendition.name, rendition.language);
    track.mode = "showing";
    video.addEventListener("timeupdate", place);
    await poll(rendition);
  })();

  return () => {
    stopped = true;
    clearTimeout(timer);
    video.removeEventListener("timeupdate", place);
  };
}
