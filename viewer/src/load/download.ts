/**
 * A model download the visitor can watch: streamed with a ReadableStream reader, so progress starts
 * with the first byte; a download that receives nothing for `stallMs` reports itself stalled, and
 * retry() resumes it with a Range request (or starts over when the server answers with the whole
 * file). No three.js here: poster-first.ts starts the download at the click, while the viewer code
 * is still on its way.
 */
import { ViewerError } from "../three/viewer-error.ts";

export interface DownloadProgress {
  received: number;
  /** Bytes expected: Content-Length, else the size the page announced; undefined when unknown. */
  total: number | undefined;
  /** No byte arrived for `stallMs`: the visitor is offered a retry. */
  stalled: boolean;
}

export interface DownloadOptions {
  /** The size the page announced (the button's label), used when the server sends no length. */
  knownSize?: number;
  /** Milliseconds without a byte after which the download counts as stalled (default 8000). */
  stallMs?: number;
}

/** Milliseconds without a byte before the viewer says the download is stuck. */
export const STALL_MS = 8000;

export class ModelDownload {
  readonly url: string;
  /** Resolves with the whole file; rejects with a ViewerError (or an AbortError after abort()). */
  readonly result: Promise<ArrayBuffer>;
  private readonly options: DownloadOptions;
  private readonly listeners = new Set<(progress: DownloadProgress) => void>();
  private chunks: Uint8Array[] = [];
  private received = 0;
  private total: number | undefined;
  private stalled = false;
  private finished = false;
  private attempt: AbortController | undefined;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private resolve!: (buffer: ArrayBuffer) => void;
  private reject!: (error: unknown) => void;

  constructor(url: string, options: DownloadOptions = {}) {
    this.url = url;
    this.options = options;
    this.total = options.knownSize;
    this.result = new Promise<ArrayBuffer>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Nobody may be listening yet when a download fails early; the listener that comes later sees it.
    this.result.catch(() => undefined);
    void this.run(false);
  }

  get progress(): DownloadProgress {
    return { received: this.received, total: this.total, stalled: this.stalled };
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (progress: DownloadProgress) => void): () => void {
    this.listeners.add(listener);
    listener(this.progress);
    return () => this.listeners.delete(listener);
  }

  /** After a stall: drops the stuck request and continues where it stopped (or starts over). */
  retry(): void {
    if (this.finished) return;
    this.attempt?.abort();
    this.stalled = false;
    this.emit();
    void this.run(true);
  }

  abort(): void {
    if (this.finished) return;
    this.finished = true;
    this.attempt?.abort();
    clearTimeout(this.stallTimer);
    this.listeners.clear();
    this.reject(new DOMException("the viewer was closed", "AbortError"));
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.progress);
  }

  private watchForStall(): void {
    clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => {
      if (this.finished) return;
      this.stalled = true;
      this.emit();
    }, this.options.stallMs ?? STALL_MS);
  }

  private async run(resume: boolean): Promise<void> {
    const attempt = new AbortController();
    this.attempt = attempt;
    const from = resume ? this.received : 0;
    this.watchForStall();
    try {
      const headers: HeadersInit = from > 0 ? { range: `bytes=${from}-` } : {};
      const response = await fetch(this.url, { signal: attempt.signal, headers });
      if (response.status === 404 || response.status === 410) {
        throw new ViewerError(
          "missing",
          `${this.url}: the server answered ${response.status} (file not found)`,
        );
      }
      if (!response.ok)
        throw new ViewerError("network", `${this.url}: the server answered ${response.status}`);
      if (response.status !== 206) {
        // The whole file (first try, or a server without Range support): start counting from zero.
        this.chunks = [];
        this.received = 0;
      }
      const length = Number(response.headers.get("content-length")) || 0;
      // A compressed response's length counts compressed bytes, not the bytes the reader delivers.
      const encoded = (response.headers.get("content-encoding") ?? "identity") !== "identity";
      if (length && !encoded) this.total = this.received + length;
      this.emit();
      if (!response.body) throw new ViewerError("network", `${this.url}: the response has no body`);
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (this.attempt !== attempt) return;
        this.chunks.push(value);
        this.received += value.byteLength;
        if (this.stalled) this.stalled = false;
        this.watchForStall();
        this.emit();
      }
      if (this.attempt !== attempt) return;
      this.finished = true;
      clearTimeout(this.stallTimer);
      this.total = this.received;
      this.emit();
      this.resolve(this.join());
    } catch (cause) {
      // A retry or abort() replaced this attempt: its failure is expected and not the download's.
      if (this.attempt !== attempt || this.finished) return;
      this.finished = true;
      clearTimeout(this.stallTimer);
      this.reject(
        cause instanceof ViewerError
          ? cause
          : new ViewerError("network", `${this.url}: the request failed (${String(cause)})`, { cause }),
      );
    }
  }

  private join(): ArrayBuffer {
    const bytes = new Uint8Array(this.received);
    let offset = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    this.chunks = [];
    return bytes.buffer;
  }
}
