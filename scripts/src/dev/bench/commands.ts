/**
 * Every package's bench, run in this order by `npm run bench`. Add yours here: one entry per
 * package, a command run from the repository root.
 */
export interface BenchCommand {
  name: string;
  command: string;
}

export const BENCH_COMMANDS: BenchCommand[] = [
  { name: "site", command: "npm run bench -w site" },
  { name: "viewer", command: "npm run bench -w viewer" },
  { name: "viewer-load", command: "npm run bench:load -w viewer" },
  {
    name: "search",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/search.ts",
  },
  {
    name: "stream",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/stream.ts",
  },
  {
    name: "offline",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/offline.ts",
  },
  {
    name: "map",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/map.ts",
  },
  {
    name: "iiif",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/iiif.ts",
  },
  {
    name: "lido",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/lido.ts",
  },
  {
    name: "oai-pmh",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/oai-pmh.ts",
  },
  {
    name: "stop-page",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/stop-page.ts",
  },
  {
    name: "virtual-tour",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/virtual-tour.ts",
  },
  {
    name: "kiosk",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/kiosk.ts",
  },
  {
    name: "lighthouse",
    command: "node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/src/dev/bench/lighthouse.ts",
  },
];
