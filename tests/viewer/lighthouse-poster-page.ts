/**
 * Lighthouse (mobile, simulated throttling) on an object page with a scan: by default the viewer's
 * test page (poster, "Show 3D model" button, description, annotation list, poster-first script);
 * or a page of a built site:
 *   node tests/viewer/lighthouse-poster-page.ts
 *   node tests/viewer/lighthouse-poster-page.ts <site dist folder> /objekte/<slug>/
 * Prints the performance and accessibility scores and the metrics; exits 1 below 100 performance.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "../../scripts/src/dev/browser.ts";
import { serveStatic } from "../../scripts/src/dev/static-server.ts";
import { buildHarness } from "./harness.ts";

const [siteDir, pagePath] = process.argv.slice(2);
const server = await serveStatic(siteDir ?? (await buildHarness()).dir);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const result = await lighthouse(`${server.url}${pagePath ?? "/poster.html"}`, {
    port: chrome.port,
    onlyCategories: ["performance", "accessibility"],
    logLevel: "error",
  });
  if (!result) throw new Error("Lighthouse returned no result");
  const { categories, audits } = result.lhr;
  const performance = Math.round((categories.performance?.score ?? 0) * 100);
  const accessibility = Math.round((categories.accessibility?.score ?? 0) * 100);
  console.log(
    `Lighthouse mobile, poster-first object page: performance ${performance}, accessibility ${accessibility}`,
  );
  for (const id of [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
  ]) {
    console.log(`  ${audits[id]?.title}: ${audits[id]?.displayValue}`);
  }
  if (performance < 100) process.exitCode = 1;
} finally {
  chrome.kill();
  await server.close();
}
