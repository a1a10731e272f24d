import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root (this file lives in tests/support/). */
export const repoRoot = resolve(import.meta.dirname, "..", "..");

/** Third-party glTF test files shared beside the checkout; never copied into the repo. */
export const sharedFixtures = resolve(repoRoot, "..", "shared", "fixtures", "gltf");

export function hasSharedFixtures(): boolean {
  return existsSync(join(sharedFixtures, "LICENSES.md"));
}

/** Prints why a fixture-based test is skipped, so a green run never hides missing coverage. */
export function sharedFixturesOrSkipReason(): string | undefined {
  if (hasSharedFixtures()) return undefined;
  const reason = `shared glTF fixtures not found at ${sharedFixtures}: fixture-based tests skipped`;
  console.warn(reason);
  return reason;
}
