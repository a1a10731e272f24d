/** Why a scan could not be prepared; `code` is stable for programs, `message` is for people. */
export type ScanErrorCode =
  | "NOT_FOUND"
  | "NOT_GLTF"
  | "TOO_LARGE"
  | "INVALID_GLTF"
  | "READ_FAILED"
  | "EMPTY_SCENE"
  | "OUTPUT_FAILED"
  | "POSTER_FAILED";

export class ScanError extends Error {
  readonly code: ScanErrorCode;
  /** Individual problems (validator errors), one per line, already in plain words. */
  readonly details: string[];

  constructor(code: ScanErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = "ScanError";
    this.code = code;
    this.details = details;
  }
}
