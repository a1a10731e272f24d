import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Core } from "@strapi/strapi";
import { env } from "../../../env/env";
import { staffToolPath } from "../../../staff-tools/staff-tools";

/**
 * Makes the sign sheet with the same tool as `npm run signs` (the `showroom-signs` bin of the
 * declared dependency @showroom/scripts, run as a child process with the Node that runs Strapi), from the tour as the CMS holds it: published by
 * default, or the draft with `?status=draft` so staff can print before publishing. Only staff get
 * here (policies/is-staff.ts).
 *
 * Configuration: PUBLIC_SITE_URL (the site address printed on the signs; outside production it
 * defaults to the site's own default, http://localhost:4321), SIGNS_CLI (path of the CLI; default
 * the `showroom-signs` bin of @showroom/scripts).
 */
interface Stop {
  documentId: string;
  title: string;
  code: string;
  position: number;
}

type Ctx = {
  params: { slug: string };
  originalUrl: string;
  query: Record<string, unknown>;
  body: unknown;
  set(name: string, value: string): void;
  type: string;
  badRequest(message: string): void;
  notFound(message: string): void;
  conflict(message: string): void;
  internalServerError(message: string): void;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async download(ctx: Ctx) {
    const slug = ctx.params.slug;
    const paper = ctx.query.paper === "a6" ? "a6" : "a4";
    // From the URL as sent: the public API's guards drop draft selectors from `ctx.query` for
    // everyone but full-access tokens, and this route has already checked that the caller is staff.
    const status =
      new URL(ctx.originalUrl, "http://cms").searchParams.get("status") === "draft" ? "draft" : "published";
    const baseUrl = env().publicSiteUrl;
    if (!baseUrl)
      return ctx.conflict(
        "The signs need the public site's address: set PUBLIC_SITE_URL on the CMS server (e.g. https://showroom.example) and restart it.",
      );
    let cli: string;
    try {
      cli = process.env.SIGNS_CLI?.trim() || staffToolPath(strapi.dirs.app.root, "showroom-signs");
    } catch (error) {
      return ctx.internalServerError(
        `The sign tool is not installed on this server: ${(error as Error).message}`,
      );
    }
    if (!existsSync(cli))
      return ctx.internalServerError(`The sign tool is not installed on this server (${cli} is missing).`);

    // Staff reads, run outside the request context: the document service guard forces published
    // content for every content API request that is not a full-access token
    // (src/draft-guard/published-only-documents.ts), and this route is one.
    const asStaff = <T>(read: () => Promise<T>): Promise<T> => {
      let result!: Promise<T>;
      // biome-ignore lint/suspicious/noExplicitAny: run() is typed for void callbacks; it returns the callback's value.
      (strapi.requestContext.run as any)(undefined, () => {
        result = read();
        return result;
      });
      return result;
    };
    const tours = strapi.documents("api::tour.tour");
    const byLocale = async (locale: "de" | "en", filters: object) =>
      (await asStaff(() =>
        tours.findMany({ locale, status, filters, fields: ["title", "slug"] }),
      )) as unknown as Array<{
        documentId: string;
        title: string;
        slug: string;
      }>;
    const tour = (await byLocale("de", { slug }))[0] ?? (await byLocale("en", { slug }))[0];
    if (!tour) return ctx.notFound(`No ${status} tour with the slug "${slug}".`);
    const titleOf = async (locale: "de" | "en") =>
      (await byLocale(locale, { documentId: tour.documentId }))[0]?.title;
    const stopsOf = async (locale: "de" | "en") =>
      (await asStaff(() =>
        strapi.documents("api::tour-stop.tour-stop").findMany({
          locale,
          status,
          filters: { tour: { documentId: tour.documentId } },
          fields: ["title", "code", "position"],
          sort: ["position:asc"],
        }),
      )) as unknown as Stop[];
    const [de, en, titleDe, titleEn] = await Promise.all([
      stopsOf("de"),
      stopsOf("en"),
      titleOf("de"),
      titleOf("en"),
    ]);
    const all = [...de, ...en.filter((s) => !de.some((d) => d.documentId === s.documentId))].sort(
      (a, b) => a.position - b.position,
    );
    if (all.length === 0)
      return ctx.badRequest(`The tour "${slug}" has no ${status} stops, so there are no signs to print.`);
    const data = {
      slug: tour.slug,
      title: { de: titleDe ?? tour.title, en: titleEn ?? titleDe ?? tour.title },
      stops: all.map((stop) => {
        const titleDeStop = de.find((s) => s.documentId === stop.documentId)?.title ?? stop.title;
        const titleEnStop = en.find((s) => s.documentId === stop.documentId)?.title ?? titleDeStop;
        return { code: stop.code, position: stop.position, title: { de: titleDeStop, en: titleEnStop } };
      }),
    };

    const work = await mkdtemp(join(tmpdir(), "signs-"));
    try {
      await writeFile(join(work, "tour.json"), JSON.stringify(data));
      const out = join(work, "signs.pdf");
      const args = [
        cli,
        "--tour",
        slug,
        "--data",
        join(work, "tour.json"),
        "--out",
        out,
        "--base-url",
        baseUrl,
        "--paper",
        paper,
      ];
      const failure = await new Promise<string | undefined>((done) =>
        execFile(process.execPath, args, { timeout: 120_000 }, (error, _stdout, stderr) =>
          done(error ? stderr.trim() || error.message : undefined),
        ),
      );
      if (failure) return ctx.internalServerError(`Making the signs failed: ${failure}`);
      ctx.set("content-disposition", `attachment; filename="signs-${tour.slug}-${paper}.pdf"`);
      ctx.type = "application/pdf";
      ctx.body = await readFile(out);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
});
