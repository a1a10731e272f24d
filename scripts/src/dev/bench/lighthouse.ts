/**
 * `npm run bench -- lighthouse`: Lighthouse mobile (its default: simulated slow 4G, a mid-range
 * phone) over the built demo site, one page of each type a visitor opens: home, object, tour stop,
 * tour, map and event, plus the object list and search for layout shift. Prints performance,
 * accessibility and CLS per page.
 * Budgets: performance ≥ 98 and accessibility 100 on the six page types; CLS ≤ 0.05 on every page.
 * Lighthouse's timings vary with the machine's load: run it alone.
 */
import { launchBrowser } from "../browser.ts";
import { ensureDemoSnapshot } from "../fixtures/demo-snapshot.ts";
import { withLighthouse } from "../lighthouse-audit.ts";
import { buildSite } from "../site-build.ts";
import { serveStatic } from "../static-server.ts";

const MIN_PERFORMANCE = 98;
const MIN_ACCESSIBILITY = 100;
const MAX_CLS = 0.05;

const { outDir } = await buildSite({ snapshotDir: await ensureDemoSnapshot() });
const server = await serveStatic(outDir);

/** The first link in a list page's <main> whose path matches, e.g. the first object of /objekte/. */
async function firstLink(listPath: string, pattern: RegExp): Promise<string> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${listPath}`);
    const paths = await page.$$eval("main a[href]", (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    const found = paths.find((path) => pattern.test(path));
    if (!found)
      throw new Error(`lighthouse bench: ${listPath} links no page like ${pattern}; is the demo built?`);
    return found;
  } finally {
    await browser.close();
  }
}

const tour = await firstLink("/touren/", /^\/touren\/[^/]+\/$/);
const pages: { type: string; path: string; scored: boolean }[] = [
  { type: "home", path: "/", scored: true },
  { type: "object", path: await firstLink("/objekte/", /^\/objekte\/[^/]+\/$/), scored: true },
  { type: "stop", path: await firstLink(tour, new RegExp(`^${tour}[^/]+/$`)), scored: true },
  { type: "tour", path: tour, scored: true },
  { type: "map", path: "/karte/", scored: true },
  { type: "event", path: await firstLink("/veranstaltungen/", /^\/veranstaltungen\/[^/]+\/$/), scored: true },
  { type: "object list", path: "/objekte/", scored: false },
  { type: "search", path: "/suche/?q=kirche", scored: false },
];

const failures: string[] = [];
try {
  console.log("\nLighthouse mobile (simulated throttling), demo site");
  console.log(
    `  ${"page".padEnd(12)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"CLS".padStart(7)}  path`,
  );
  await withLighthouse(async (audit) => {
    for (const { type, path, scored } of pages) {
      const { performance, accessibility, lhr } = await audit(`${server.url}${path}`);
      const { categories, audits } = lhr;
      const cls = audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN;
      console.log(
        `  ${type.padEnd(12)} ${String(performance).padStart(5)} ${String(accessibility).padStart(5)} ${cls.toFixed(3).padStart(7)}  ${path}`,
      );
      if (scored && performance < MIN_PERFORMANCE)
        failures.push(`${type}: performance ${performance} < ${MIN_PERFORMANCE}`);
      if (scored && accessibility < MIN_ACCESSIBILITY)
        failures.push(`${type}: accessibility ${accessibility} < ${MIN_ACCESSIBILITY}`);
      if (!(cls <= MAX_CLS)) failures.push(`${type}: CLS ${cls.toFixed(3)} > ${MAX_CLS}`);
      for (const id of ["accessibility", "performance"] as const) {
        if (!scored) continue;
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
            console.log(`      ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
  });
} finally {
  await server.close();
}
console.log(
  `\nBudgets: performance ≥ ${MIN_PERFORMANCE} and accessibility ${MIN_ACCESSIBILITY} on home, object, stop, tour, map, event; CLS ≤ ${MAX_CLS} everywhere`,
);
for (const failure of failures) console.log(`  OVER  ${failure}`);
if (failures.length === 0) console.log("  ok    every page within budget");
else process.exitCode = 1;
