/**
 * `node scripts/src/shared/system-tools/cli.ts [--for tests|start] [--dry-run] [--simulate root|user]`
 *
 * Finds the system tools the tests (default) or the demo need, installs the missing ones with apt
 * when running as root or with passwordless sudo, and prints one line per tool still missing (exit
 * 1). `.ci/run` calls this, so CI and `npm test` install from the same list. `--dry-run` prints the
 * apt commands instead of running them; `--simulate` pretends to be root or a user without sudo (for
 * tests of this very path).
 */
import { parseArgs } from "node:util";
import {
  detectInstallRights,
  ensureSystemTools,
  type InstallRights,
  type SystemToolName,
  TEST_TOOLS,
} from "./system-tools.ts";

/**
 * The demo runs without these: Chromium renders scan posters (see start/), eSpeak NG speaks the demo
 * audio guides (without it they are a chime).
 */
export const START_TOOLS: readonly SystemToolName[] = ["chromium", "espeak"];

const { values } = parseArgs({
  options: {
    for: { type: "string", default: "tests" },
    "dry-run": { type: "boolean", default: false },
    simulate: { type: "string" },
  },
});
const names = values.for === "start" ? START_TOOLS : values.for === "tests" ? TEST_TOOLS : undefined;
if (!names || (values.simulate && !["root", "user"].includes(values.simulate))) {
  console.error(
    "Usage: node scripts/src/shared/system-tools/cli.ts [--for tests|start] [--dry-run] [--simulate root|user]",
  );
  process.exit(2);
}
const detected = detectInstallRights();
const rights: InstallRights =
  values.simulate === "root"
    ? { ...detected, isRoot: true, hasSudo: false }
    : values.simulate === "user"
      ? { ...detected, isRoot: false, hasSudo: false }
      : detected;
const result = ensureSystemTools(names, {
  rights,
  dryRun: values["dry-run"],
  log: (line) => console.log(`system tools: ${line}`),
});
for (const command of values["dry-run"] ? result.commands : [])
  console.log(`would run: ${command.join(" ")}`);
const planned = values["dry-run"] && result.commands.length > 0;
for (const line of planned ? [] : result.missing.values()) console.error(line);
if (result.missing.size === 0 && result.commands.length === 0)
  console.log(`system tools: all there (${names.join(", ")})`);
process.exit(result.missing.size > 0 && !values["dry-run"] ? 1 : 0);
