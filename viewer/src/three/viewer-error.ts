import type { ViewerErrorCode } from "../types.ts";

/** An error the viewer shows to visitors: `code` picks the message, `detail` is for the console. */
export class ViewerError extends Error {
  readonly code: ViewerErrorCode;
  constructor(code: ViewerErrorCode, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = "ViewerError";
    this.code = code;
  }
}

export function isViewerError(error: unknown): error is ViewerError {
  return error instanceof ViewerError;
}
