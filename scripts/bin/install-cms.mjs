// cms/ lives outside the npm workspaces: Strapi 5 needs React 18, the site React 19, and one
// workspace would hoist both into one node_modules. It gets its own install and lockfile, installed
// with `npm ci` (the lockfile is never rewritten), or left alone when it already matches.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { planCmsInstall } from "./cms-install-plan.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cms = join(root, "cms");
const plan = planCmsInstall(cms);
console.log(`cms: ${plan.reason}${plan.command === "skip" ? "" : ` (npm ${plan.command})`}`);
if (plan.command === "skip") process.exit(0);

const env = { ...process.env };
// Native addons (better-sqlite3) must compile against the headers of the Node that runs them. When this
// runs on the Node 24 from the root devDependency, its headers sit beside its binary; a machine-wide
// npm_config_nodedir would point at the system Node's (older) headers and give a module that crashes.
const nodeHome = dirname(dirname(process.execPath));
if (existsSync(join(nodeHome, "include", "node", "node_version.h"))) env.npm_config_nodedir = nodeHome;

const result = spawnSync("npm", [plan.command, "--prefix", cms, "--no-audit", "--no-fund"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
