import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { currentRelease, pruneReleases, swapCurrentRelease } from "./release-swap.ts";

/** Builds one release of the site into `outDir` (an empty folder); throws when the build fails. */
export type BuildRelease = (outDir: string, signal: { reasons: string[] }) => Promise<void>;

export interface RebuildWorkerOptions {
  /** Folder holding one sub-folder per release and the `current` symlink. */
  releasesDir: string;
  build: BuildRelease;
  /** Quiet time after the last change before a build starts, so a burst of edits builds once. */
  debounceMs?: number;
  /** Releases kept on disk besides the live one. */
  keepReleases?: number;
  /** Called whenever the status changes (e.g. to log it). */
  onStatus?: (status: RebuildStatus) => void;
}

export const REBUILD_WORKER_DEFAULTS = { debounceMs: 2000, keepReleases: 3 } as const;

export interface BuildRecord {
  release: string;
  reasons: string[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  ok: boolean;
  /** For a failed build: the error as staff should read it. */
  error?: string;
}

export interface RebuildStatus {
  state: "idle" | "waiting" | "building";
  /** Changes received but not yet in a build. */
  pendingReasons: string[];
  /** Release folder name the site is served from, if any. */
  current?: string;
  builds: number;
  lastBuild?: BuildRecord;
  lastSuccess?: BuildRecord;
  /** Set while the latest build failed: the site still shows `current`, built before this error. */
  lastError?: BuildRecord;
}

export interface RebuildWorker {
  /** Reports a change; the build starts after the debounce, or after the running build. */
  trigger(reason: string): void;
  status(): RebuildStatus;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  /**
   * Holds builds back (changes are still collected), e.g. while a seed or restore writes many
   * entries; `resume()` then builds once for all of them.
   */
  pause(): void;
  resume(): void;
  /** Stops the timer; waits for a running build to end. */
  close(): Promise<void>;
  readonly currentLink: string;
}

function releaseName(now: Date, sequence: number): string {
  // Sortable by name, valid on every file system.
  return `${now.toISOString().replaceAll(":", "-").replace(".", "-")}-${String(sequence).padStart(4, "0")}`;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Rebuilds the site when content changes: debounced, one build at a time, changes that arrive
 * during a build coalesced into one next build. Each build goes into a fresh release folder; only
 * a successful build replaces the live one (atomic symlink swap), a failed one leaves the site
 * as it was and records the error for staff.
 *
 * @example
 *   const worker = createRebuildWorker({ releasesDir: "site/releases", build: buildFromCms });
 *   worker.trigger("publish api::heritage-item.heritage-item abc123");
 */
export function createRebuildWorker(options: RebuildWorkerOptions): RebuildWorker {
  const debounceMs = options.debounceMs ?? REBUILD_WORKER_DEFAULTS.debounceMs;
  const keepReleases = options.keepReleases ?? REBUILD_WORKER_DEFAULTS.keepReleases;
  const { releasesDir } = options;
  const currentLink = join(releasesDir, "current");
  const statusFile = join(releasesDir, "status.json");
  mkdirSync(releasesDir, { recursive: true });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  // Set before the build's first await, so status() never reads "idle" while a build starts.
  let building = false;
  let pending: string[] = [];
  let sequence = 0;
  let closed = false;
  let paused = false;
  let idleWaiters: (() => void)[] = [];
  const state: Omit<RebuildStatus, "state" | "pendingReasons" | "current"> = {
    builds: 0,
    ...previousHistory(statusFile),
  };

  const status = (): RebuildStatus => {
    const live = currentRelease(currentLink);
    return {
      state: building ? "building" : timer ? "waiting" : "idle",
      pendingReasons: [...pending],
      ...(live ? { current: basename(live) } : {}),
      ...state,
    };
  };

  const publishStatus = () => {
    const now = status();
    // Written atomically too: a status page reading it never sees half a file.
    const temporary = `${statusFile}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(now, null, 2)}\n`);
    renameSync(temporary, statusFile);
    options.onStatus?.(now);
    if (now.state === "idle") {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const schedule = () => {
    if (closed || building || paused) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      building = true;
      running = runBuild().finally(() => {
        running = undefined;
        building = false;
        // Changes that came in during the build: one more build for all of them.
        if (pending.length > 0 && !closed) schedule();
        publishStatus();
      });
    }, debounceMs);
  };

  const runBuild = async () => {
    const reasons = pending;
    pending = [];
    sequence += 1;
    const started = new Date();
    const name = releaseName(started, sequence);
    const outDir = join(releasesDir, name);
    mkdirSync(outDir, { recursive: true });
    publishStatus();
    let record: BuildRecord;
    try {
      await options.build(outDir, { reasons });
      if (!existsSync(join(outDir, "index.html"))) {
        throw new Error(`The build finished but wrote no index.html into ${outDir}`);
      }
      swapCurrentRelease(currentLink, outDir);
      record = recordOf(name, reasons, started, true);
      state.lastSuccess = record;
      delete state.lastError;
      pruneReleases(releasesDir, currentLink, keepReleases);
    } catch (error) {
      rmSync(outDir, { recursive: true, force: true });
      record = { ...recordOf(name, reasons, started, false), error: describeError(error) };
      state.lastError = record;
    }
    state.builds += 1;
    state.lastBuild = record;
  };

  publishStatus();

  return {
    currentLink,
    trigger(reason) {
      if (closed) return;
      pending.push(reason);
      schedule();
      publishStatus();
    },
    status,
    pause() {
      paused = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      publishStatus();
    },
    resume() {
      paused = false;
      if (pending.length > 0) schedule();
      publishStatus();
    },
    idle() {
      if (!building && !timer) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
      publishStatus();
    },
  };
}

/**
 * The build history of the previous run (from status.json): after a restart staff still see the
 * last error until a build succeeds, because the site still serves the release from before it.
 */
function previousHistory(statusFile: string): Pick<RebuildStatus, "lastBuild" | "lastSuccess" | "lastError"> {
  if (!existsSync(statusFile)) return {};
  try {
    const previous = JSON.parse(readFileSync(statusFile, "utf8")) as Partial<RebuildStatus>;
    return {
      ...(previous.lastBuild ? { lastBuild: previous.lastBuild } : {}),
      ...(previous.lastSuccess ? { lastSuccess: previous.lastSuccess } : {}),
      ...(previous.lastError ? { lastError: previous.lastError } : {}),
    };
  } catch {
    // A damaged status file only loses the history; the releases themselves are untouched.
    return {};
  }
}

function recordOf(release: string, reasons: string[], started: Date, ok: boolean): BuildRecord {
  const finished = new Date();
  return {
    release,
    reasons,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    ok,
  };
}
