/**
 * Stored XSS through rich text, end to end: every rich-text field of every content type (taken
 * from the content model, not listed here) is filled with hostile Markdown, the site is built
 * from that snapshot, and Chromium visits every page that shows one of those fields. No link may
 * lead anywhere but http(s), mailto, tel or a relative URL, no element may carry an event handler,
 * no request may leave for another origin, and clicking the hostile links runs no script.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ALL_CONTENT_TYPES, LOCALES, type Locale } from "@showroom/content-types";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loadAllImages, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { writeFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";

/** Each payload's visible text starts with `pwn-`, so the test can find it and click it. */
const HOSTILE_MARKDOWN = [
  "[pwn-js](javascript:void(window.__pwned='js'))",
  "[pwn-case](JaVaScRiPt:void(window.__pwned='case'))",
  "[pwn-space](  javascript:void(window.__pwned='space'))",
  "[pwn-tab](java&#x09;script:void(window.__pwned='tab'))",
  "[pwn-entity](&#106;avascript:void(window.__pwned='entity'))",
  "[pwn-colon](javascript&colon;void(window.__pwned='colon'))",
  "[pwn-data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[pwn-vbscript](vbscript:msgbox(1))",
  "[pwn-file](file:///etc/passwd)",
  "[pwn-ref][hostile]\n\n[hostile]: javascript:void(window.__pwned='ref')",
  "<javascript:void(window.__pwned='autolink')>",
  "![pwn-img-js](javascript:void(window.__pwned='img'))",
  "![pwn-img-foreign](https://evil.example/x.png)",
  "![pwn-img-relative](//evil.example/y.png)",
  `<a href="javascript:void(window.__pwned='raw')">pwn-raw</a>`,
  "<img src=x onerror=\"window.__pwned='onerror'\">",
  "<svg onload=\"window.__pwned='svg'\"></svg>",
  "<details open ontoggle=\"window.__pwned='toggle'\">pwn-details</details>",
].join("\n\n");

interface RichTextField {
  type: string;
  field: string;
  locale: Locale;
  marker: string;
}

/** Every rich-text field of the content model, in every locale. */
const RICH_TEXT_FIELDS: RichTextField[] = ALL_CONTENT_TYPES.flatMap((type) =>
  Object.entries(type.fields)
    .filter(([, field]) => field.kind === "richtext")
    .flatMap(([field]) =>
      LOCALES.map((locale) => ({
        type: type.name,
        field,
        locale,
        marker: `rich-text-marker ${type.name} ${field} ${locale}`,
      })),
    ),
);

let work = "";
let dist = "";
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "showroom-rich-text-"));
  const snapshot = await writeFixtureSnapshot(join(work, "snapshot"), { items: 2 });
  for (const { type, field, locale, marker } of RICH_TEXT_FIELDS) {
    const file = join(snapshot, "content", `${type}.${locale}.json`);
    const content = JSON.parse(readFileSync(file, "utf8")) as
      | Record<string, unknown>
      | Record<string, unknown>[];
    for (const entry of Array.isArray(content) ? content : [content]) {
      entry[field] = `${marker}\n\n${HOSTILE_MARKDOWN}`;
    }
    writeFileSync(file, JSON.stringify(content));
  }
  dist = (await buildSite({ snapshotDir: snapshot, outDir: join(work, "dist") })).outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The site paths (`/objekte/fundstueck-1/`) of the built pages that contain `marker`. */
function pagesShowing(marker: string): string[] {
  return htmlFiles(dist)
    .filter((file) => readFileSync(file, "utf8").includes(marker))
    .map((file) => `/${relative(dist, file).replace(/index\.html$/, "")}`);
}

interface PageFindings {
  badLinks: string[];
  handlers: string[];
  pwned: unknown;
}

async function inspect(page: Page): Promise<PageFindings> {
  return page.evaluate(() => {
    // geo: is the page template's own map link for places and stops; rich text never yields one.
    const allowed = new Set(["http:", "https:", "mailto:", "tel:", "geo:"]);
    const badLinks = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
      .filter((a) => !allowed.has(a.protocol))
      .map((a) => a.getAttribute("href") ?? "");
    const handlers = [...document.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name.toLowerCase().startsWith("on"))
        .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
    );
    return { badLinks, handlers, pwned: (window as { __pwned?: unknown }).__pwned };
  });
}

describe("rich text on the public site", () => {
  it("shows every rich-text field of the content model on some page (so each one is tested)", () => {
    expect(RICH_TEXT_FIELDS.length).toBeGreaterThan(0);
    const unseen = RICH_TEXT_FIELDS.filter(({ marker }) => pagesShowing(marker).length === 0).map(
      ({ type, field, locale }) => `${type}.${field} (${locale})`,
    );
    expect(unseen).toEqual([]);
  });

  it("renders no script link, no event handler and no foreign request on any page with hostile rich text", async () => {
    const paths = [...new Set(RICH_TEXT_FIELDS.flatMap(({ marker }) => pagesShowing(marker)))].sort();
    expect(paths.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const path of paths) {
      const { page, context, foreignRequests } = await newRecordedPage(browser, server.url);
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${server.url}${path}`);
      await loadAllImages(page);
      const findings = await inspect(page);
      for (const href of findings.badLinks) problems.push(`${path}: link to ${href}`);
      for (const handler of findings.handlers) problems.push(`${path}: event handler ${handler}`);
      if (findings.pwned !== undefined) problems.push(`${path}: script ran (${String(findings.pwned)})`);
      for (const url of foreignRequests) problems.push(`${path}: request to ${url}`);
      for (const message of dialogs) problems.push(`${path}: dialog "${message}"`);
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it("runs no script when a visitor clicks the hostile links of an object description", async () => {
    const [path] = pagesShowing("rich-text-marker heritage-item description de").filter((p) =>
      p.startsWith("/objekte/fundstueck-"),
    );
    expect(path).toBeDefined();
    const { page, context } = await newRecordedPage(browser, server.url);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    // The two third-party images legitimately become links to https; clicking those would leave.
    const labels = [...HOSTILE_MARKDOWN.matchAll(/\[(pwn-[a-z-]+)\]/g)]
      .map((match) => match[1] as string)
      .filter((label) => !["pwn-img-foreign", "pwn-img-relative"].includes(label));
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) {
      const target = page.getByText(label, { exact: true }).first();
      await target.click({ timeout: 5_000 });
      // A javascript: link runs on click; a page navigation would replace the document.
      await page.waitForTimeout(50);
      expect(page.url(), `after clicking ${label}`).toBe(`${server.url}${path}`);
      const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
      expect(pwned, `after clicking ${label}`).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
    await context.close();
  }, 120_000);
});
