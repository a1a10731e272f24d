import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

// Staff download of a tour's sign sheet from the CMS: GET /api/tours/:slug/signs.pdf.
const run = promisify(execFile);
const SITE = "https://showroom.example";
let cms: TestStrapi;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "signs-endpoint-"));
  cms = await startStrapi({ env: { PUBLIC_SITE_URL: SITE } });
  const tour = await cms.strapi.documents("api::tour.tour").create({
    locale: "de",
    status: "published",
    data: {
      title: "Kirche und Altstadt",
      slug: "kirche-und-altstadt",
      summary: "Ein kurzer Rundgang.",
      introduction: "Die Tour führt durch die Kirche.",
      durationMinutes: 30,
      distanceMeters: 800,
    } as never,
  });
  for (const [position, code, title] of [
    [2, "KIRCHE2", "Der Taufengel"],
    [1, "KIRCHE1", "Das Kirchenschiff"],
  ] as const) {
    await cms.strapi.documents("api::tour-stop.tour-stop").create({
      locale: "de",
      status: "published",
      data: {
        title,
        slug: code.toLowerCase(),
        code,
        position,
        text: `Station ${position}.`,
        tour: tour.documentId,
      } as never,
    });
  }
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  await rm(work, { recursive: true, force: true });
});

describe("sign sheet endpoint of the CMS", () => {
  it("gives staff a PDF whose QR codes decode to the stops' URLs in tour order", async () => {
    const response = await cms.adminFetch("/api/tours/kirche-und-altstadt/signs.pdf?paper=a6", {
      role: "editor",
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/pdf/);
    expect(response.headers.get("content-disposition")).toMatch(/signs-kirche-und-altstadt-a6\.pdf/);
    const pdf = join(work, "signs.pdf");
    await writeFile(pdf, new Uint8Array(await response.arrayBuffer()));
    await run("pdftoppm", ["-r", "150", "-png", pdf, join(work, "page")]);
    const urls: string[] = [];
    for (const page of (await readdir(work)).filter((f) => f.startsWith("page")).sort()) {
      urls.push((await run("zbarimg", ["-q", "--raw", join(work, page)])).stdout.trim());
    }
    expect(urls).toEqual([`${SITE}/q/KIRCHE1`, `${SITE}/q/KIRCHE2`]);
  }, 120_000);

  it("makes the same sheet from the CMS REST API with npm run signs when STRAPI_URL is set", async () => {
    const out = join(work, "from-cms.pdf");
    const env = { ...process.env, STRAPI_URL: cms.url, STRAPI_TOKEN: await cms.apiToken("read-only") };
    const cli = join(repoRoot, "scripts", "src", "signs", "cli.ts");
    const { stdout } = await run(
      process.execPath,
      [cli, "--tour", "kirche-und-altstadt", "--out", out, "--base-url", SITE],
      {
        env,
      },
    );
    expect(stdout).toMatch(/2 A4 signs for "Kirche und Altstadt"/);
    await run("pdftoppm", ["-r", "72", "-png", out, join(work, "cms-page")]);
    const pages = (await readdir(work)).filter((f) => f.startsWith("cms-page")).sort();
    const urls = await Promise.all(
      pages.map(async (page) => (await run("zbarimg", ["-q", "--raw", join(work, page)])).stdout.trim()),
    );
    expect(urls).toEqual([`${SITE}/q/KIRCHE1`, `${SITE}/q/KIRCHE2`]);
  }, 120_000);

  it("refuses visitors and API tokens: the sheet is for signed-in staff", async () => {
    expect((await cms.publicFetch("/api/tours/kirche-und-altstadt/signs.pdf")).status).toBe(403);
    expect((await cms.tokenFetch("/api/tours/kirche-und-altstadt/signs.pdf")).status).toBe(403);
  });

  it("answers 404 with the reason for an unknown tour", async () => {
    const response = await cms.adminFetch("/api/tours/gibt-es-nicht/signs.pdf");
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe('No published tour with the slug "gibt-es-nicht".');
  });
});
