import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import type { Core } from "@strapi/strapi";
import type { Context } from "koa";
import { STAFF_IMPORT_ROUTE } from "./route";

const HERITAGE_UID = "api::heritage-item.heritage-item";
const SHEET_TYPES = new Set([".csv", ".txt", ".xlsx"]);

/** The part of `@showroom/scripts/staff-import` this route uses (loaded at run time, see below). */
interface StaffImportModule {
  importHeritageItems(
    strapi: Core.Strapi,
    file: string,
    options: { dryRun: boolean; locale: "de" | "en"; publish: boolean },
  ): Promise<unknown>;
  importReport(outcome: unknown, options: { published: boolean }): { errors: unknown[] };
  SheetError: new (...args: never[]) => Error;
}

// The import is the same code as `npm run import` (scripts/src/staff/import/), run in this process
// so that it writes through this CMS's database connection and document service (one writer for
// SQLite, the same validation and lifecycles). The package is TypeScript that Node runs by
// stripping types; the specifier is a variable so that the CMS's compiler leaves the import to
// Node instead of type-checking the scripts with the CMS's settings.
const STAFF_IMPORT_MODULE: string = "@showroom/scripts/staff-import";
let staffImport: Promise<StaffImportModule> | undefined;
const loadStaffImport = () => {
  staffImport ??= import(STAFF_IMPORT_MODULE) as Promise<StaffImportModule>;
  return staffImport;
};

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

/**
 * Why an upload is not a spreadsheet the import reads, judged by its name and its bytes: an .xlsx
 * must be an Office Open XML workbook, a text file must be text (no type file-type recognises).
 */
async function sheetProblem(path: string, name: string): Promise<string | undefined> {
  const ending = extname(name).toLowerCase();
  const saveAs = "save it as .xlsx or as CSV (.csv) and choose it again.";
  if (!SHEET_TYPES.has(ending)) return `"${name}" is not a spreadsheet the import reads: ${saveAs}`;
  const { fileTypeFromFile } = await import("file-type");
  const sniffed = await fileTypeFromFile(path);
  if (ending === ".xlsx" ? sniffed?.ext !== "xlsx" : sniffed !== undefined)
    return `"${name}" holds ${sniffed ? `a ${sniffed.ext.toUpperCase()} file` : "no Excel workbook"}, not what its name says: ${saveAs}`;
  return undefined;
}

/**
 * "Tabelle importieren" in the admin: `POST /staff-import/heritage-items` (admin API, multipart:
 * `file`, `locale` de|en, `mode` dry-run|import, `publish` true|false). The answer is the report
 * the admin page shows; a dry run, or a file with any error, writes nothing. Staff need the right
 * to create and update heritage items, and to publish them when `publish` is asked for.
 */
export function registerStaffImport(strapi: Core.Strapi): void {
  const fail = (ctx: Context, status: number, error: string) => {
    ctx.status = status;
    ctx.body = { error };
  };

  const run = async (ctx: Context) => {
    try {
      await checkAndImport(ctx);
    } finally {
      // strapi::body removes the upload's temporary file only after a successful request.
      const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
      await Promise.all(
        Object.values(files)
          .flat()
          .map((file) => rm(file.filepath, { force: true })),
      );
    }
  };

  const checkAndImport = async (ctx: Context) => {
    const ability = (ctx.state as { userAbility?: { can(action: string, subject: string): boolean } })
      .userAbility;
    const fields = ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
    const dryRun = fields.mode !== "import";
    const publish = !dryRun && fields.publish === "true";
    const needed = [
      "plugin::content-manager.explorer.create",
      "plugin::content-manager.explorer.update",
      ...(publish ? ["plugin::content-manager.explorer.publish"] : []),
    ];
    const missing = needed.filter((action) => !ability?.can(action, HERITAGE_UID));
    if (missing.length > 0)
      return fail(
        ctx,
        403,
        `Your role may not ${missing.map((action) => action.split(".").pop()).join(", ")} heritage items; ask an administrator for the right.`,
      );
    const locale =
      fields.locale === "en" ? "en" : fields.locale === "de" || !fields.locale ? "de" : undefined;
    if (!locale) return fail(ctx, 400, `Unknown language "${String(fields.locale)}": use de or en.`);
    const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
    const upload = [files.file].flat()[0];
    if (!upload) return fail(ctx, 400, "No file was sent: choose a .csv or .xlsx file first.");
    const name = basename(upload.originalFilename || "tabelle.csv");
    const problem = await sheetProblem(upload.filepath, name);
    if (problem) return fail(ctx, 400, problem);

    // The reader decides by the file's ending: the upload is copied under its own name.
    const work = await mkdtemp(join(tmpdir(), "staff-import-"));
    try {
      const file = join(work, name);
      await copyFile(upload.filepath, file);
      const { importHeritageItems, importReport, SheetError } = await loadStaffImport();
      let outcome: unknown;
      try {
        outcome = await importHeritageItems(strapi, file, { dryRun, locale, publish });
      } catch (error) {
        if (error instanceof SheetError) return fail(ctx, 400, error.message.replaceAll(`${work}/`, ""));
        throw error;
      }
      const report = importReport(outcome, { published: publish });
      // The plan names the file by the path it was read from; staff know it by its name.
      ctx.body = { ...report, file: name };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };

  strapi.server.routes({
    type: "admin",
    routes: [
      {
        method: "POST",
        path: STAFF_IMPORT_ROUTE,
        handler: run,
        config: { policies: ["admin::isAuthenticatedAdmin"] },
      },
    ],
  } as never);
}
