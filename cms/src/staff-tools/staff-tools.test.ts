import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { staffToolPath } from "./staff-tools";

const appRoot = resolve(__dirname, "..", "..");

describe("staff tools the CMS runs", () => {
  it("finds each tool as a bin of its declared @showroom/scripts dependency, not by a path into scripts/src", () => {
    for (const bin of ["showroom-signs", "showroom-prepare-scan"] as const) {
      const path = staffToolPath(appRoot, bin);
      expect(realpathSync(path)).toBe(realpathSync(join(appRoot, "..", "scripts", "bin", `${bin}.mjs`)));
    }
  });

  it("runs a tool's launcher with the Node that runs the CMS", () => {
    const help = execFileSync(process.execPath, [staffToolPath(appRoot, "showroom-signs"), "--help"], {
      encoding: "utf8",
    });
    expect(help).toContain("--tour <slug>");
  });

  it("says which package to install when the tools are not installed beside the CMS", () => {
    expect(() => staffToolPath("/nowhere/cms", "showroom-signs")).toThrow(
      /@showroom\/scripts is not installed.*npm install --prefix cms/,
    );
  });
});
