// Type-checks every package that has a tsconfig.json, each with its own settings (they extend the
// root's strict base). The site is checked by `astro check` when available, since .astro files need it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const packages = ["content-types", "viewer", "scripts", "tests", "site", "cms"];
let failed = 0;
for (const name of packages) {
  const dir = join(root, name);
  if (!existsSync(join(dir, "tsconfig.json"))) continue;
  const astroCheck = name === "site" && existsSync(join(root, "node_modules", "@astrojs", "check"));
  // A package whose build config leaves its tests out (the CMS) checks them with tsconfig.test.json.
  const config = existsSync(join(dir, "tsconfig.test.json")) ? "tsconfig.test.json" : "tsconfig.json";
  const tsc =
    name === "cms" ? join(dir, "node_modules", ".bin", "tsc") : join(root, "node_modules", ".bin", "tsc");
  const [command, args] = astroCheck
    ? [join(root, "node_modules", ".bin", "astro"), ["check", "--root", dir]]
    : [tsc, ["-p", join(dir, config), "--noEmit"]];
  process.stdout.write(`typecheck ${name}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", cwd: dir });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
