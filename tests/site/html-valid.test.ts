/**
 * Every built page of the fixture site and of the demo site (the seeded demo content) is valid HTML: html-validate with its recommended rules,
 * plus the two errors the W3C validator found on earlier builds that html-validate's parser
 * forgives: content after </html> (a script Astro wrote there) and <style> elements in <body>.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type ConfigData, HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";

const CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // Matters of style, off on purpose:
    // - page titles come from the content; their length is an editorial (SEO) choice;
    "long-title": "off",
    // - role="list" on lists styled without bullets is deliberate: Safari/VoiceOver drops the list
    //   semantics of such lists otherwise;
    "no-redundant-role": "off",
    // - phone numbers in the content are written as editors write them (no &nbsp; typography).
    "tel-non-breaking": "off",
  },
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const SITES = [
  { name: "fixture site", snapshot: ensureFixtureSnapshot },
  { name: "demo site", snapshot: ensureDemoSnapshot },
];

describe.each(SITES)("the $name's HTML", ({ snapshot }) => {
  let dist = "";
  const pages: string[] = [];

  beforeAll(async () => {
    dist = (await buildSite({ snapshotDir: await snapshot() })).outDir;
    pages.push(...htmlFiles(dist));
  }, 600_000);

  it("has no html-validate errors on any page", async () => {
    expect(pages.length).toBeGreaterThan(40);
    const validator = new HtmlValidate(CONFIG);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(
            `${relative(dist, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it("writes nothing after </html> and no <style> element into <body>", () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const name = relative(dist, file);
      const end = html.lastIndexOf("</html>");
      if (end < 0) problems.push(`${name}: no </html>`);
      else if (html.slice(end + "</html>".length).trim() !== "")
        problems.push(`${name}: ${html.slice(end + 7, end + 90).trim()} after </html>`);
      const body = html.slice(Math.max(0, html.indexOf("<body")));
      if (/<style[\s>]/i.test(body)) problems.push(`${name}: <style> in <body>`);
    }
    expect(problems).toEqual([]);
  });
});
