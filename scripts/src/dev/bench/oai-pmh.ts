/**
 * `npm run bench -- oai-pmh`: what a harvester waits for. Boots the CMS on a throwaway SQLite
 * database with 100 richly filled items (two images each, a place, German and English) and 10,000
 * generated ones (BENCH_ITEMS to change it), then times OAI-PMH requests over HTTP (median of 15
 * after 3 warm-ups): ListRecords pages of 100 LIDO records (budget 300 ms) and of oai_dc, and
 * ListIdentifiers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bootCms, type Strapi } from "../../shared/cms/boot-cms.ts";
import { insertPublishedItemRows } from "../fixtures/oai-item-rows.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const items = Number(process.env.BENCH_ITEMS ?? 10_000);
const RICH = 100;
const RUNS = 15;
const ITEM = "api::heritage-item.heritage-item";

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Items as editors make them, through the document service: images, a place, both languages. */
async function createRichItems(strapi: Strapi): Promise<void> {
  const place = await strapi.documents("api::place.place").create({
    locale: "de",
    status: "published",
    data: {
      name: "Wallmuseum",
      slug: "wallmuseum",
      kind: "museum",
      municipality: "oldenburg_in_holstein",
      summary: "Museum am slawischen Burgwall.",
      geo: { latitude: 54.2942, longitude: 10.885 },
    },
  } as never);
  const documents = strapi.documents(ITEM);
  for (let index = 0; index < RICH; index += 1) {
    const images = [];
    for (let view = 0; view < 2; view += 1) {
      const name = `fund-${index}-${view}.jpg`;
      const file = (await strapi.db.query("plugin::upload.file").create({
        data: {
          name,
          hash: `bench_${index}_${view}`,
          ext: ".jpg",
          mime: "image/jpeg",
          size: 420,
          width: 2400,
          height: 1600,
          url: `/uploads/${name}`,
          provider: "local",
        },
      })) as { id: number };
      images.push({
        file: file.id,
        alt: `Fundstück ${index + 1}, Ansicht ${view + 1}`,
        credit: "Foto: Museum",
      });
    }
    const common = {
      inventoryNumber: `WM-${index + 1}`,
      datingFrom: 1150,
      datingTo: 1200,
      licence: "cc_by_4",
      attribution: "Wallmuseum Oldenburg",
      place: place.documentId,
    };
    const created = await documents.create({
      locale: "de",
      status: "published",
      data: {
        ...common,
        title: `Fundstück ${index + 1}`,
        slug: `fundstueck-${index + 1}`,
        summary: "Ein Fund vom Burgwall, gereinigt und vermessen.",
        description: "Gefunden bei der Grabung am **Burgwall**; heute im Wallmuseum.",
        datingText: "12. Jahrhundert",
        material: "Bronze",
        keywords: "Burgwall, Slawen, Bronze",
        images,
      },
    } as never);
    await documents.update({
      documentId: created.documentId,
      locale: "en",
      status: "published",
      data: {
        title: `Find ${index + 1}`,
        slug: `find-${index + 1}`,
        summary: "A find from the rampart, cleaned and measured.",
        datingText: "12th century",
        images: images.map((image) => ({ ...image, alt: `Find, view ${image.alt.slice(-1)}` })),
      },
    } as never);
  }
  // The rich items come first in datestamp order: the first page of a harvest is theirs.
  await strapi.db
    .connection("heritage_items")
    .whereNotNull("published_at")
    .update({ published_at: new Date("2024-06-01T00:00:00Z") });
}

async function time(url: string): Promise<{ ms: number; bytes: number; records: number }> {
  const times: number[] = [];
  let body = "";
  for (let run = 0; run < RUNS + 3; run += 1) {
    const started = performance.now();
    const response = await fetch(url);
    body = await response.text();
    if (!response.ok || body.includes("<error "))
      throw new Error(`${url} answered ${response.status}: ${body.slice(0, 500)}`);
    if (run >= 3) times.push(performance.now() - started);
  }
  return { ms: median(times), bytes: Buffer.byteLength(body), records: body.split("<header").length - 1 };
}

const work = mkdtempSync(join(tmpdir(), "showroom-oai-bench-"));
try {
  console.log(`Booting the CMS on SQLite with ${RICH} rich and ${items} generated items …`);
  const cms = await bootCms({
    database: { client: "sqlite", filename: join(work, "data.db") },
    publicDir: join(work, "public"),
    listen: true,
    isolated: true,
    env: {
      ADMIN_EMAIL: "bench@showroom.local",
      ADMIN_PASSWORD: "Bench-Admin-2025",
      PUBLIC_SITE_URL: "https://kultur.example.org",
    },
  });
  try {
    await createRichItems(cms.strapi);
    await insertPublishedItemRows(cms.strapi, { count: items });
    const base = `${cms.url}/api/oai`;
    const middle = await fetch(`${base}?verb=ListIdentifiers&metadataPrefix=lido&from=2025-01-01T00:10:00Z`);
    if (!middle.ok) throw new Error(`ListIdentifiers answered ${middle.status}`);
    const cases = [
      ["ListRecords lido, first page (rich items)", `${base}?verb=ListRecords&metadataPrefix=lido`],
      [
        "ListRecords lido, a page of generated items",
        `${base}?verb=ListRecords&metadataPrefix=lido&from=2025-01-01T00:10:00Z`,
      ],
      ["ListRecords oai_dc, first page", `${base}?verb=ListRecords&metadataPrefix=oai_dc`],
      ["ListIdentifiers, first page", `${base}?verb=ListIdentifiers&metadataPrefix=oai_dc`],
    ] as const;
    console.log(`\nOAI-PMH over HTTP on SQLite, ${RICH + items} items (median of ${RUNS})`);
    const results = new Map<string, number>();
    for (const [name, url] of cases) {
      const { ms, bytes, records } = await time(url);
      results.set(name, ms);
      console.log(
        `  ${name.padEnd(46)} ${ms.toFixed(0).padStart(5)} ms  ${records} records  ${(bytes / 1024).toFixed(0)} KB`,
      );
    }
    checkBudget(
      "OAI-PMH ListRecords, 100 LIDO records (SQLite)",
      Math.max(
        results.get("ListRecords lido, first page (rich items)") ?? Number.NaN,
        results.get("ListRecords lido, a page of generated items") ?? Number.NaN,
      ),
      300,
      "ms",
    );
  } finally {
    await cms.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
reportBudgets();
