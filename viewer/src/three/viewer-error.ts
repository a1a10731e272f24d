import type { ViewerErrorCode } from "../types.ts";

export interface ViewerErrorOptions {
  cause?: unknown;
  /** For `foreign`: the other servers (`host[:port]`) the model names, shown to visitors. */
  hosts?: readonly string[];
}

/** An error the viewer shows to visitors: `code` picks the message, `detail` is for the console. */
export class ViewerError extends Error {
  readonly code: ViewerErrorCode;
  readonly hosts: readonly string[];
  constructor(code: ViewerErrorCode, detail: string, options: ViewerErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ViewerError";
    this.code = code;
    this.hosts = options.hosts ?? [];
  }
}

export function isViewerError(error: unknown): error is ViewerError {
  return error instanceof ViewerError;
}
