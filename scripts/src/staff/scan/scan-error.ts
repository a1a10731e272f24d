/** Why a scan could not be prepared; `code` is stable for programs, `message` is for people. */
export type ScanErrorCode =
  | "NOT_FOUND"
  | "SIDE_FILE_MISSING"
  | "UNSUPPORTED_EXTENSION"
  | "NOT_GLTF"
  | "TOO_LARGE"
  | "INVALID_GLTF"
  | "READ_FAILED"
  | "EMPTY_SCENE"
  | "OVER_BUDGET"
  | "OUTPUT_FAILED"
  | "POSTER_FAILED";

export class ScanError extends Error {
  readonly code: ScanErrorCode;
  /** Individual problems (validator errors), one per line, already in plain words. */
  readonly details: string[];
  /** The same message and details in German, for editors of the CMS (falls back to English). */
  readonly german: { message: string; details: string[] };

  constructor(
    code: ScanErrorCode,
    message: string,
    details: string[] = [],
    german: { message: string; details?: string[] } = { message },
  ) {
    super(message);
    this.name = "ScanError";
    this.code = code;
    this.details = details;
    this.german = { message: german.message, details: german.details ?? details };
  }
}
