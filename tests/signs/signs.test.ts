import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { snapshotContentSource } from "@showroom/content-types/content-source";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureFixtureSnapshot,
  FIXTURE_RETIRED_CODE,
} from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { requireSystemTool } from "../../scripts/src/shared/system-tools/system-tools.ts";
import { readTourContent } from "../../scripts/src/staff/signs/read-tour-content.ts";
import { collectTourSigns } from "../../scripts/src/staff/signs/tour-signs.ts";
import { repoRoot } from "../support/paths.ts";

const run = promisify(execFile);
const cli = join(repoRoot, "scripts", "src", "staff", "signs", "cli.ts");
const BASE = "https://showroom.example";
let work: string;
let snapshotDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "signs-test-"));
  snapshotDir = await ensureFixtureSnapshot();
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function signs(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Only the arguments decide: no CMS and no default site address from the developer's shell.
  const env = { ...process.env };
  delete env.STRAPI_URL;
  delete env.PUBLIC_SITE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: repoRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Renders every page with poppler and decodes its QR code with zbar; one URL per page, in order. */
async function decodePages(pdf: string, dpi: number): Promise<string[]> {
  const prefix = join(work, `page-${dpi}-${Math.random().toString(36).slice(2)}`);
  await run(requireSystemTool("pdftoppm"), ["-r", String(dpi), "-png", pdf, prefix]);
  const pages = (await readdir(work)).filter((f) => join(work, f).startsWith(prefix)).sort();
  const urls: string[] = [];
  for (const page of pages) {
    const { stdout } = await run(requireSystemTool("zbarimg"), ["-q", "--raw", join(work, page)]);
    const codes = stdout.trim().split("\n").filter(Boolean);
    expect(codes, `${page}: exactly one QR code`).toHaveLength(1);
    urls.push(codes[0] as string);
  }
  return urls;
}

describe("npm run signs", () => {
  const tour = async () =>
    collectTourSigns(await readTourContent(snapshotContentSource(snapshotDir)), "rund-um-den-wall");

  it.each([
    ["a4", 72],
    ["a6", 150],
  ])(
    "prints one %s sign per stop whose QR code decodes to the stop's permanent URL",
    async (paper, dpi) => {
      const out = join(work, `wall-${paper}.pdf`);
      const result = await signs(
        "--tour",
        "rund-um-den-wall",
        "--out",
        out,
        "--base-url",
        BASE,
        "--paper",
        paper,
        "--snapshot",
        snapshotDir,
      );
      expect(result.code, result.stderr).toBe(0);
      const expected = (await tour()).stops.map((stop) => `${BASE}/q/${stop.code}`);
      expect(expected.length).toBeGreaterThan(1);
      // A4 at 72 dpi and A6 at 150 dpi: the codes must survive coarse rendering (weathered signs, old phones).
      expect(await decodePages(out, dpi as number)).toEqual(expected);
    },
    120_000,
  );

  it("has the right paper size, the stop number, both titles and the short URL in text", async () => {
    const out = join(work, "wall-text.pdf");
    await signs(
      "--tour",
      "around-the-rampart",
      "--out",
      out,
      "--base-url",
      BASE,
      "--paper",
      "a6",
      "--snapshot",
      snapshotDir,
    );
    const { stdout: info } = await run("pdfinfo", [out]);
    expect(info).toMatch(/Page size:\s+297\.6\d* x 419\.5\d* pts/);
    const signsOfTour = await tour();
    for (const [index, stop] of signsOfTour.stops.entries()) {
      const { stdout: text } = await run("pdftotext", [
        "-f",
        String(index + 1),
        "-l",
        String(index + 1),
        out,
        "-",
      ]);
      expect(text).toContain(stop.title.de);
      expect(text).toContain(stop.title.en);
      expect(text).toContain(`showroom.example/q/${stop.code}`);
      expect(text).toMatch(new RegExp(`Station ${stop.position} von ${signsOfTour.stops.length}`));
    }
    const { stdout: fonts } = await run("pdffonts", [out]);
    expect(fonts).toMatch(/AtkinsonHyperlegible.*yes/);
  }, 120_000);

  it("fails with the list of published tours for an unknown slug, and writes nothing", async () => {
    const out = join(work, "nope.pdf");
    const result = await signs(
      "--tour",
      "no-such-tour",
      "--out",
      out,
      "--base-url",
      BASE,
      "--snapshot",
      snapshotDir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /No published tour with the slug "no-such-tour"\. Published tours: .*rund-um-den-wall/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("asks for the site address when none is given", async () => {
    const result = await signs(
      "--tour",
      "rund-um-den-wall",
      "--out",
      join(work, "x.pdf"),
      "--snapshot",
      snapshotDir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--base-url/);
  });
});

describe("printed URLs in the built site", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const { outDir } = await buildSite({ snapshotDir });
    server = await serveStatic(outDir);
  }, 600_000);
  afterAll(() => server?.close());

  it("answers every decoded sign URL with the stop's landing page, which links to the stop page", async () => {
    const out = join(work, "wall-site.pdf");
    await signs(
      "--tour",
      "rund-um-den-wall",
      "--out",
      out,
      "--base-url",
      server.url,
      "--snapshot",
      snapshotDir,
    );
    const urls = await decodePages(out, 100);
    const stops = collectTourSigns(
      await readTourContent(snapshotContentSource(snapshotDir)),
      "rund-um-den-wall",
    ).stops;
    expect(urls).toHaveLength(stops.length);
    for (const [index, url] of urls.entries()) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      const html = await response.text();
      expect(html).toContain(stops[index]?.title.de);
      const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      expect(target, `${url} redirects to the stop page`).toBeTruthy();
      const stopPage = await fetch(new URL(target as string, url));
      expect(stopPage.status, String(target)).toBe(200);
      expect(await stopPage.text()).toContain(stops[index]?.title.de);
    }
  }, 120_000);

  it("keeps answering the URL of a retired code", async () => {
    const response = await fetch(`${server.url}/q/${FIXTURE_RETIRED_CODE}`);
    expect(response.status).toBe(200);
  });
});
