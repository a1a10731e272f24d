import { createRequire } from "node:module";
import { join } from "node:path";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import { cmsDir } from "../../shared/cms/paths.ts";

/**
 * The parts of Strapi's own data-transfer package (what `strapi export` / `strapi import` use)
 * that backup and restore need. Loaded from cms/node_modules: the CMS has its own install.
 */
interface TransferEngine {
  diagnostics: { onDiagnostic(listener: (diagnostic: Diagnostic) => void): void };
  transfer(): Promise<{ destination?: { file?: { path?: string } } }>;
}
export interface Diagnostic {
  kind: "error" | "warning" | "info";
  details: { message: string; severity?: string; error?: Error };
}
interface DataTransfer {
  engine: {
    createTransferEngine(source: unknown, destination: unknown, options: object): TransferEngine;
  };
  file: {
    providers: {
      createLocalFileDestinationProvider(options: object): unknown;
      createLocalFileSourceProvider(options: object): unknown;
    };
  };
  strapi: {
    providers: {
      createLocalStrapiSourceProvider(options: object): unknown;
      createLocalStrapiDestinationProvider(options: object): { onWarning?: (message: string) => void };
    };
    isIgnoredOfficialTransferType(uid: string): boolean;
    getIgnoredOfficialTransferTypes(): string[];
  };
}

export function loadDataTransfer(): DataTransfer {
  const requireFromCms = createRequire(join(cmsDir, "package.json"));
  return requireFromCms("@strapi/data-transfer") as DataTransfer;
}

/**
 * Same filters as the CLI: admin users, roles and API tokens stay with each instance (they are
 * not content, and restoring them would overwrite the target's own admin).
 */
export function transferTransforms(transfer: DataTransfer) {
  const keep = (uid: string) => !transfer.strapi.isIgnoredOfficialTransferType(uid);
  return {
    entities: [{ filter: (entity: { type: string }) => keep(entity.type) }],
    links: [
      {
        filter: (link: { left: { type: string }; right: { type: string } }) =>
          keep(link.left.type) && keep(link.right.type),
      },
    ],
  };
}

export function ignoredContentTypes(strapi: Strapi, transfer: DataTransfer): string[] {
  return [
    ...Object.keys(strapi.contentTypes).filter((uid) => transfer.strapi.isIgnoredOfficialTransferType(uid)),
    ...transfer.strapi.getIgnoredOfficialTransferTypes(),
  ];
}

/** Runs a transfer and turns the engine's error diagnostics into one error for people. */
export async function runTransfer(engine: TransferEngine, what: string): Promise<void> {
  const problems: string[] = [];
  engine.diagnostics.onDiagnostic((diagnostic) => {
    if (diagnostic.kind === "error") problems.push(diagnostic.details.message);
  });
  try {
    await engine.transfer();
  } catch (error) {
    const details = problems.length > 0 ? `\n  - ${problems.join("\n  - ")}` : "";
    throw new Error(`${what} failed: ${(error as Error).message}${details}`, { cause: error });
  }
}
