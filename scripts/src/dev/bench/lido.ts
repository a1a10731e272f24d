/**
 * `npm run bench -- lido`: what the LIDO export costs for 10,000 generated items (BENCH_ITEMS to
 * change it; the generator of content-types varies every field, with texts up to 4,000 characters
 * in both languages, so this is heavier than real records). Times the whole export as
 * `npm run export -- --format lido` runs it after reading: putting the records' inputs together
 * from the per-language entry lists, writing one file per item and streaming `lido/alle.xml`.
 * The issue's budget is 30 s for LIDO and IIIF together; LIDO gets half.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LidoPlace, LidoScan, LidoSourceLocale } from "@showroom/content-types/lido";
import { lidoRecordInputs } from "@showroom/content-types/lido";
import { generatedLidoInputs, TEST_CONTEXT } from "@showroom/content-types/open-data/lido/lido.fixture.ts";
import { writeLidoExport } from "../../staff/export/lido-export.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const items = Number(process.env.BENCH_ITEMS ?? 10_000);
const work = mkdtempSync(join(tmpdir(), "showroom-lido-bench-"));

/** The generated records' content as the content source lists it: entries per language, relations by documentId. */
function sourceLocales(): Record<"de" | "en", LidoSourceLocale> {
  const generated = generatedLidoInputs(items, 3);
  const locales = {
    de: { items: [], places: [], scans: [], stops: [] },
    en: { items: [], places: [], scans: [], stops: [] },
  } as Record<"de" | "en", Required<LidoSourceLocale>>;
  const seen = new Set<string>();
  for (const input of generated) {
    for (const language of ["de", "en"] as const) {
      const item = input.item[language];
      if (!item) continue;
      const place = input.place?.[language];
      const scan = input.scan?.[language];
      locales[language].items.push({
        ...item,
        place: place ? { documentId: place.documentId } : null,
        scan: scan ? { documentId: scan.documentId } : null,
      });
      if (place && !seen.has(`${language}:${place.documentId}`)) {
        seen.add(`${language}:${place.documentId}`);
        locales[language].places.push(place as LidoPlace);
      }
      if (scan) locales[language].scans.push(scan as LidoScan);
    }
  }
  return locales;
}

try {
  const content = sourceLocales();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const inputs = lidoRecordInputs(content);
  const assembled = performance.now();
  const result = await writeLidoExport(inputs, TEST_CONTEXT, work);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `LIDO export of ${result.records} items: ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU; inputs ${((assembled - started) / 1000).toFixed(2)} s), ` +
      `${result.records} files + lido/alle.xml of ${(result.wrapBytes / 1024 / 1024).toFixed(1)} MB ` +
      `(${(result.wrapBytes / result.records / 1024).toFixed(1)} KB per record)`,
  );
  if (items === 10_000) checkBudget("LIDO export (files + wrap), 10,000 items", seconds, 15, "s");
  reportBudgets();
} finally {
  rmSync(work, { recursive: true, force: true });
}
