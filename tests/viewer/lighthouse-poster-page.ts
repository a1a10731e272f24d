/**
 * Lighthouse (mobile, simulated throttling) on an object page with a scan: by default the viewer's
 * test page (poster, "Show 3D model" button, description, annotation list, poster-first script);
 * or a page of a built site:
 *   node tests/viewer/lighthouse-poster-page.ts
 *   node tests/viewer/lighthouse-poster-page.ts <site dist folder> /objekte/<slug>/
 * Prints the performance and accessibility scores and the metrics; exits 1 below 100 performance.
 */
import { withLighthouse } from "../../scripts/src/dev/lighthouse-audit.ts";
import { serveStatic } from "../../scripts/src/dev/static-server.ts";
import { buildHarness } from "./harness.ts";

const [siteDir, pagePath] = process.argv.slice(2);
const server = await serveStatic(siteDir ?? (await buildHarness()).dir);
try {
  const { performance, accessibility, lhr } = await withLighthouse((audit) =>
    audit(`${server.url}${pagePath ?? "/poster.html"}`),
  );
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
    console.log(`  ${lhr.audits[id]?.title}: ${lhr.audits[id]?.displayValue}`);
  }
  if (performance < 100) process.exitCode = 1;
} finally {
  await server.close();
}
