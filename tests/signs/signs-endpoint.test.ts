import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireSystemTool } from "../../scripts/src/shared/system-tools/system-tools.ts";
import { repoRoot } from "../support/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { createSignTours } from "./sign-tours.ts";

// Staff download of a tour's sign sheet from the CMS: GET /api/tours/:slug/signs.pdf.
const run = promisify(execFile);
const SITE = "https://showroom.example";
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "signs-endpoint-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

let pdfCount = 0;
/** The URLs of the QR codes on the sheet's pages, in page order. */
async function qrUrls(response: Response): Promise<string[]> {
  pdfCount += 1;
  const dir = join(work, `sheet-${pdfCount}`);
  await rm(dir, { recursive: true, force: true });
  await run("mkdir", ["-p", dir]);
  const pdf = join(dir, "signs.pdf");
  await writeFile(pdf, new Uint8Array(await response.arrayBuffer()));
  await run(requireSystemTool("pdftoppm"), ["-r", "150", "-png", pdf, join(dir, "page")]);
  const urls: string[] = [];
  for (const page of (await readdir(dir)).filter((f) => f.startsWith("page")).sort()) {
    urls.push((await run(requireSystemTool("zbarimg"), ["-q", "--raw", join(dir, page)])).stdout.trim());
  }
  return urls;
}

describe("sign sheet endpoint of the CMS", () => {
  let cms: TestStrapi;
  beforeAll(async () => {
    cms = await startStrapi({ env: { PUBLIC_SITE_URL: SITE } });
    await createSignTours(cms);
  }, 600_000);
  afterAll(() => cms?.stop());

  it("gives staff a PDF whose QR codes decode to the stops' URLs in tour order", async () => {
    const response = await cms.adminFetch("/api/tours/kirche-und-altstadt/signs.pdf?paper=a6", {
      role: "editor",
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/pdf/);
    expect(response.headers.get("content-disposition")).toMatch(/signs-kirche-und-altstadt-a6\.pdf/);
    expect(await qrUrls(response)).toEqual([`${SITE}/q/KIRCHE1`, `${SITE}/q/KIRCHE2`]);
  }, 120_000);

  it("prints the draft with ?status=draft for an editor, with the stop not yet published", async () => {
    const response = await cms.adminFetch("/api/tours/kirche-und-altstadt/signs.pdf?status=draft", {
      role: "editor",
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await qrUrls(response)).toEqual([`${SITE}/q/KIRCHE1`, `${SITE}/q/KIRCHE2`, `${SITE}/q/KIRCHE3`]);
  }, 120_000);

  it("prints the draft with ?status=draft for a full-access API token (the team's tools)", async () => {
    const response = await cms.tokenFetch("/api/tours/hafen/signs.pdf?status=draft", {
      token: "full-access",
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await qrUrls(response)).toEqual([`${SITE}/q/HAFEN1`]);
  }, 120_000);

  it("does not find a never-published tour without ?status=draft", async () => {
    const response = await cms.adminFetch("/api/tours/hafen/signs.pdf", { role: "editor" });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe('No published tour with the slug "hafen".');
  });

  it("makes the same sheet from the CMS REST API with npm run signs when STRAPI_URL is set", async () => {
    const out = join(work, "from-cms.pdf");
    const env = { ...process.env, STRAPI_URL: cms.url, STRAPI_TOKEN: await cms.apiToken("read-only") };
    const cli = join(repoRoot, "scripts", "src", "staff", "signs", "cli.ts");
    const { stdout } = await run(
      process.execPath,
      [cli, "--tour", "kirche-und-altstadt", "--out", out, "--base-url", SITE],
      { env },
    );
    expect(stdout).toMatch(/2 A4 signs for "Kirche und Altstadt"/);
    await run(requireSystemTool("pdftoppm"), ["-r", "72", "-png", out, join(work, "cms-page")]);
    const pages = (await readdir(work)).filter((f) => f.startsWith("cms-page")).sort();
    const urls = await Promise.all(
      pages.map(async (page) =>
        (await run(requireSystemTool("zbarimg"), ["-q", "--raw", join(work, page)])).stdout.trim(),
      ),
    );
    expect(urls).toEqual([`${SITE}/q/KIRCHE1`, `${SITE}/q/KIRCHE2`]);
  }, 120_000);

  it.each(["", "?status=draft"])(
    "refuses visitors and read-only API tokens (%s): the sheet is for staff",
    async (query) => {
      const path = `/api/tours/kirche-und-altstadt/signs.pdf${query}`;
      expect((await cms.publicFetch(path)).status).toBe(403);
      expect((await cms.tokenFetch(path)).status).toBe(403);
      expect((await cms.publicFetch(path, { headers: { authorization: "Bearer made-up" } })).status).toBe(
        403,
      );
    },
  );

  it("answers 404 with the reason for an unknown tour", async () => {
    const response = await cms.adminFetch("/api/tours/gibt-es-nicht/signs.pdf");
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe('No published tour with the slug "gibt-es-nicht".');
  });
});

describe("sign sheet endpoint in the demo, without PUBLIC_SITE_URL", () => {
  let cms: TestStrapi;
  beforeAll(async () => {
    // Empty counts as unset; the demo (npm start) passed nothing and got a 500.
    cms = await startStrapi({ env: { PUBLIC_SITE_URL: "" } });
    await createSignTours(cms);
  }, 600_000);
  afterAll(() => cms?.stop());

  it("prints the signs for the site's default address, http://localhost:4321", async () => {
    const response = await cms.adminFetch("/api/tours/kirche-und-altstadt/signs.pdf", { role: "editor" });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await qrUrls(response)).toEqual([
      "http://localhost:4321/q/KIRCHE1",
      "http://localhost:4321/q/KIRCHE2",
    ]);
  }, 120_000);
});
