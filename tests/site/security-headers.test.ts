/**
 * One definition of the security headers (site/src/lib/security/headers.ts), the same everywhere:
 * the `_headers`, nginx and Caddy files the build writes say what the module says, every kind of
 * response of the site server of `npm start` carries them, and in Chromium only /embed/ pages can
 * be framed by another site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { createPreviewHandler } from "../../scripts/src/host/preview/preview-handler.ts";
import { createRebuildWorker, type RebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import { type SiteServer, startSiteServer } from "../../scripts/src/host/publish/site-server.ts";
import {
  contentSecurityPolicy,
  EMBED_PREFIX,
  securityHeaders,
  securityPolicyOptionsFromEnv,
} from "../../site/src/lib/security/headers.ts";

type Headers = Record<string, string>;
const lower = (headers: Headers) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** Effective headers of a path under a Netlify `_headers` file: a later matching rule sets a header again. */
function fromHeadersFile(text: string, path: string): Headers {
  const headers: Headers = {};
  let applies = false;
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      const pattern = line.trim();
      applies = pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      continue;
    }
    const set = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (applies && set?.[1] && set[2]) headers[set[1]] = set[2];
  }
  return headers;
}

/** Effective headers under the nginx include: a location with add_header replaces the server's. */
function fromNginx(text: string, path: string): Headers {
  const server: Headers = {};
  const locations: { prefix: string; headers: Headers }[] = [];
  let current = server;
  for (const line of text.split("\n")) {
    const location = /^location (\S+) \{$/.exec(line.trim());
    if (location?.[1]) {
      const headers: Headers = {};
      locations.push({ prefix: location[1], headers });
      current = headers;
    } else if (line.trim() === "}") current = server;
    const header = /^add_header ([\w-]+) "((?:[^"\\]|\\.)*)" always;$/.exec(line.trim());
    if (header?.[1] && header[2] !== undefined) current[header[1]] = header[2].replaceAll('\\"', '"');
  }
  return locations.find((location) => path.startsWith(location.prefix))?.headers ?? server;
}

/**
 * Effective headers under the Caddy snippet, in Caddy's order: `header` directives with a matcher
 * run before the match-all one, which therefore must not set what they set.
 */
function fromCaddy(text: string, path: string): Headers {
  const matchers = new Map<string, (path: string) => boolean>();
  for (const [, name, negate, pattern] of text.matchAll(/^@(\w+) (not )?path (\S+)$/gm)) {
    const prefix = (pattern ?? "").replace(/\*$/, "");
    matchers.set(name ?? "", (candidate) => candidate.startsWith(prefix) !== Boolean(negate));
  }
  const matched: [string, string][] = [];
  const matchAll: [string, string][] = [];
  let inBlock = false;
  for (const line of text.split("\n")) {
    if (line.trim() === "header {") inBlock = true;
    else if (line.trim() === "}") inBlock = false;
    else if (inBlock) {
      const set = /^([\w-]+) "((?:[^"\\]|\\.)*)"$/.exec(line.trim());
      if (set?.[1] && set[2] !== undefined) matchAll.push([set[1], set[2]]);
    } else {
      const one = /^header @(\w+) ([\w-]+) "((?:[^"\\]|\\.)*)"$/.exec(line.trim());
      if (one?.[1] && one[2] && one[3] !== undefined && matchers.get(one[1])?.(path))
        matched.push([one[2], one[3]]);
    }
  }
  const headers: Headers = {};
  for (const [name, value] of [...matched, ...matchAll]) headers[name] = value;
  expect(
    matchAll.filter(([name]) => matched.some(([other]) => other === name)),
    "the match-all block sets nothing a matched one sets",
  ).toEqual([]);
  return headers;
}

let dist = "";
let releasesDir: string;
let worker: RebuildWorker;
let site: SiteServer;
let outsider: StaticServer;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-headers-"));
  worker = createRebuildWorker({
    releasesDir,
    debounceMs: 1,
    build: async (outDir) => {
      writeFileSync(join(outDir, "index.html"), "<!doctype html><title>Start</title>");
      mkdirSync(join(outDir, "embed", "scan"), { recursive: true });
      writeFileSync(join(outDir, "embed", "scan", "index.html"), "<!doctype html><title>Embed</title>");
      mkdirSync(join(outDir, "objekte"));
      writeFileSync(join(outDir, "objekte", "index.html"), "<!doctype html><title>Objekte</title>");
    },
  });
  const preview = createPreviewHandler({
    secret: "preview-secret",
    cmsUrl: "http://127.0.0.1:9",
    token: "unused",
    baseSnapshotDir: join(releasesDir, ".snapshot"),
    workDir: join(releasesDir, ".previews"),
  });
  site = await startSiteServer({ worker, hookSecret: "hook-secret", preview });
}, 300_000);

afterAll(async () => {
  await site?.close();
  await outsider?.close();
  await worker?.close();
  if (releasesDir) rmSync(releasesDir, { recursive: true, force: true });
});

describe("the security headers", () => {
  it("are the same in the built _headers, nginx and Caddy files as in the module", () => {
    const files = {
      _headers: fromHeadersFile,
      "nginx-security-headers.conf": fromNginx,
      "caddy-security-headers.caddy": fromCaddy,
    };
    for (const [file, parse] of Object.entries(files)) {
      const text = readFileSync(join(dist, file), "utf8");
      for (const path of [
        "/",
        "/objekte/fundstueck-1/",
        "/embed/taufschale-scan/",
        "/iiif/fundstueck-1/manifest.json",
        "/media/0123abcd.glb",
      ]) {
        expect(parse(text, path), `${file} for ${path}`).toEqual(securityHeaders(path));
      }
    }
  });

  it("allow framing only below /embed/ and add the Meilisearch host to connect-src when it is set", () => {
    expect(securityHeaders("/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(securityHeaders(EMBED_PREFIX)["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(securityHeaders(EMBED_PREFIX)["X-Frame-Options"]).toBeUndefined();
    const options = securityPolicyOptionsFromEnv({
      PUBLIC_MEILISEARCH_HOST: "https://search.example.org/base",
      EMBED_FRAME_ANCESTORS: "https://museum.example https://verein.example",
    });
    expect(contentSecurityPolicy("page", options)).toContain(
      "connect-src 'self' https://search.example.org;",
    );
    expect(contentSecurityPolicy("embed", options)).toContain(
      "frame-ancestors https://museum.example https://verein.example",
    );
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "style-src 'self';",
    ]) {
      expect(contentSecurityPolicy("page")).toContain(directive);
    }
    expect(contentSecurityPolicy("page")).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it("come with every kind of response of the site server", async () => {
    const requests: [string, RequestInit?][] = [
      ["/"],
      ["/objekte"],
      ["/gibt-es-nicht/"],
      ["/%"],
      ["/_status"],
      ["/_status.json"],
      ["/_staff.css"],
      ["/_hooks/build", { method: "POST" }],
      ["/", { method: "DELETE" }],
      ["/_preview?type=heritage-item"],
      [`/_preview/b/${"0".repeat(32)}/`],
      ["/embed/scan/"],
    ];
    const check = async (expectBuilt: boolean) => {
      const seen: string[] = [];
      for (const [path, init] of requests) {
        const response = await fetch(`${site.url}${path}`, { ...init, redirect: "manual" });
        const expected = lower(securityHeaders(path.startsWith(EMBED_PREFIX) ? path : "/"));
        // Preview links are capabilities: their pages send no referrer at all (stricter).
        // and the admin (the CMS at cmsUrl, under either loopback name) may frame them beside its form.
        if (path.startsWith("/_preview")) {
          expected["referrer-policy"] = "no-referrer";
          expected["content-security-policy"] = String(expected["content-security-policy"]).replace(
            "frame-ancestors 'none'",
            "frame-ancestors http://127.0.0.1:9 http://localhost:9",
          );
        }
        const actual = Object.fromEntries(
          Object.keys(expected).map((name) => [name, response.headers.get(name) ?? "(missing)"]),
        );
        expect(actual, `${init?.method ?? "GET"} ${path} → ${response.status}`).toEqual(expected);
        seen.push(String(response.status));
      }
      if (expectBuilt) expect(seen).toContain("200");
      else expect(seen).toContain("503");
    };
    await check(false);
    worker.trigger("test");
    await worker.idle();
    await check(true);
  });

  it("let another site frame /embed/ pages but no other page (Chromium)", async () => {
    // Another port is another origin.
    const page = mkdtempSync(join(tmpdir(), "showroom-outsider-"));
    writeFileSync(
      join(page, "index.html"),
      `<!doctype html><title>Outsider</title><iframe id="embed" src="${site.url}/embed/scan/"></iframe><iframe id="page" src="${site.url}/objekte/"></iframe>`,
    );
    outsider = await serveStatic(page);
    worker.trigger("test");
    await worker.idle();
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(outsider.url);
      await tab.waitForLoadState("networkidle");
      const titleOf = async (id: string) => {
        const frame = await (await tab.$(`#${id}`))?.contentFrame();
        return frame?.evaluate(() => document.title).catch(() => "(blocked)");
      };
      expect(await titleOf("embed")).toBe("Embed");
      expect(await titleOf("page")).not.toBe("Objekte");
    } finally {
      await browser.close();
      rmSync(page, { recursive: true, force: true });
    }
  }, 60_000);
});
