/**
 * The CMS's TypeScript knows every content type through Strapi's generated types
 * (cms/types/generated), so `strapi.documents("api::…")` is checked without casts. They are committed
 * so a fresh clone typechecks; this keeps them equal to what Strapi generates from the schemas the
 * content model writes.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cmsDir } from "../../scripts/src/shared/cms/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

interface TypeGenerators {
  generators: {
    generate(config: {
      strapi: unknown;
      pwd: string;
      rootDir: string;
      artifacts: { contentTypes: boolean; components: boolean };
      logger: { silent: boolean };
    }): Promise<unknown>;
  };
}

const FILES = ["contentTypes.d.ts", "components.d.ts"];

describe("Strapi's generated types of the CMS", () => {
  let cms: TestStrapi;
  const outDir = mkdtempSync(join(tmpdir(), "showroom-strapi-types-"));

  beforeAll(async () => {
    cms = await startStrapi({ listen: false });
    const { generators } = createRequire(join(cmsDir, "package.json"))(
      "@strapi/typescript-utils",
    ) as TypeGenerators;
    await generators.generate({
      strapi: cms.strapi,
      pwd: outDir,
      rootDir: "types",
      artifacts: { contentTypes: true, components: true },
      logger: { silent: true },
    });
  });

  afterAll(async () => {
    await cms?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(FILES)("cms/types/generated/%s is what Strapi generates from the current schemas", (file) => {
    const committed = readFileSync(join(cmsDir, "types", "generated", file), "utf8");
    const fresh = readFileSync(join(outDir, "types", "generated", file), "utf8");
    expect(
      committed === fresh,
      `cms/types/generated/${file} is stale: run \`npm run generate:types --prefix cms\` and commit the result`,
    ).toBe(true);
  });
});
