/**
 * Lighthouse (mobile, its default simulated throttling) in Debian Chromium, for the benches and
 * the poster-page check: one Chromium for every page audited, killed at the end.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "./browser.ts";

export interface LighthouseAudit {
  /** Performance score, 0–100. */
  performance: number;
  /** Accessibility score, 0–100. */
  accessibility: number;
  /** Lighthouse's whole result (audits, categories). */
  lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
}

/** Runs `use` with a function that audits one URL; Chromium is closed afterwards, also on failure. */
export async function withLighthouse<T>(
  use: (audit: (url: string) => Promise<LighthouseAudit>) => Promise<T>,
): Promise<T> {
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
    return await use(async (url) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ["performance", "accessibility"],
        logLevel: "error",
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { categories } = result.lhr;
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lhr: result.lhr,
      };
    });
  } finally {
    chrome.kill();
  }
}
