import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyImport, loadImportContext } from "../../scripts/src/staff/import/apply-import.ts";
import { formatImportReport } from "../../scripts/src/staff/import/format-report.ts";
import { importHeritageItems } from "../../scripts/src/staff/import/import-heritage-items.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { windows1252 } from "./windows-1252.ts";

const ITEM = "api::heritage-item.heritage-item";
let cms: TestStrapi;
let dir: string;

const HEADER =
  "Inventarnummer;Titel;Kurzbeschreibung;Datierung;Datierung von (Jahr);Datierung bis (Jahr);Material;Kulturstätte;Lizenz;Namensnennung";

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`);
  return file;
}

async function count(locale = "de"): Promise<number> {
  return cms.strapi.documents(ITEM).count({ locale });
}

beforeAll(async () => {
  cms = await startStrapi({ listen: false });
  dir = mkdtempSync(join(tmpdir(), "showroom-import-"));
  await cms.strapi.documents("api::place.place").create({
    locale: "de",
    // A draft without kind and municipality; Strapi's input type asks for every required field.
    data: {
      name: "Oldenburger Wallmuseum",
      slug: "wallmuseum",
      summary: "Freilichtmuseum am slawischen Burgwall.",
      description: "Rekonstruierte Gebäude.",
      geo: { latitude: 54.2976, longitude: 10.8828 },
      address: { locality: "Oldenburg in Holstein" },
    } as never,
  });
});
afterAll(async () => {
  await cms?.stop();
});

describe("inventory import", () => {
  it("lists what a dry run would create and writes nothing", async () => {
    const file = csv("neu.csv", [
      "OH-WM-0001;Taufengel;Hängender Taufengel aus Holz.;um 1732;1725;1740;Holz, gefasst;wallmuseum;CC BY 4.0;Museum Oldenburg",
      "OH-WM-0002;Glocke;Bronzeglocke.;14. Jh.;1300;1399;Bronze;;CC0;",
    ]);
    const { plan, applied } = await importHeritageItems(cms.strapi, file, { dryRun: true });
    expect(applied).toBeUndefined();
    expect(plan.errors).toEqual([]);
    expect(plan.rows.map((row) => [row.row, row.inventoryNumber, row.action])).toEqual([
      [2, "OH-WM-0001", "create"],
      [3, "OH-WM-0002", "create"],
    ]);
    expect(formatImportReport(plan, { dryRun: true })).toMatch(/Zeile 2 {2}OH-WM-0001 {2}neu/);
    expect(await count()).toBe(0);
  });

  it("creates items from a CSV file, then updates only what changed when matched by inventory number", async () => {
    const first = csv("erst.csv", [
      "OH-WM-0001;Taufengel;Hängender Taufengel aus Holz.;um 1732;1725;1740;Holz, gefasst;wallmuseum;CC BY 4.0;Museum Oldenburg",
      "OH-WM-0002;Glocke;Bronzeglocke.;14. Jh.;1300;1399;Bronze;;CC0;",
    ]);
    const created = await importHeritageItems(cms.strapi, first);
    expect(created.applied).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const angel = await cms.strapi.documents(ITEM).findFirst({
      locale: "de",
      filters: { inventoryNumber: "OH-WM-0001" },
      populate: ["place"],
    });
    expect(angel).toMatchObject({
      title: "Taufengel",
      slug: "taufengel",
      datingFrom: 1725,
      licence: "cc_by_4",
    });
    expect((angel as { place?: { slug: string } }).place?.slug).toBe("wallmuseum");

    const second = csv("zweit.csv", [
      "OH-WM-0001;Taufengel;Hängender Taufengel aus Holz.;um 1732;1725;1740;Eiche, farbig gefasst;wallmuseum;CC BY 4.0;Museum Oldenburg",
      "OH-WM-0002;Glocke;Bronzeglocke.;14. Jh.;1300;1399;Bronze;;CC0;",
    ]);
    const dry = await importHeritageItems(cms.strapi, second, { dryRun: true });
    expect(dry.plan.rows.map((row) => row.action)).toEqual(["update", "unchanged"]);
    expect(dry.plan.rows[0]?.changes).toEqual([
      { field: "material", column: "Material", from: "Holz, gefasst", to: "Eiche, farbig gefasst" },
    ]);
    const updated = await importHeritageItems(cms.strapi, second);
    expect(updated.applied).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(await count()).toBe(2);
    const after = await cms.strapi
      .documents(ITEM)
      .findFirst({ locale: "de", filters: { inventoryNumber: "OH-WM-0001" } });
    expect(after?.material).toBe("Eiche, farbig gefasst");
    expect(after?.documentId).toBe(angel?.documentId);
  });

  it("reads .xlsx files and adds an English version to an existing item", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inventar");
    sheet.addRow([
      "Inventory number",
      "Title",
      "Summary",
      "Dating",
      "Dating from (year)",
      "Dating to (year)",
      "Notes",
    ]);
    sheet.addRow(["OH-WM-0002", "Bell", "Bronze bell.", "14th century", 1300, 1399, "internal"]);
    sheet.addRow(["OH-WM-0003", "Spindle whorl", "Slavic spindle whorl.", "10th century", 900, 999, ""]);
    const file = join(dir, "inventory.xlsx");
    await workbook.xlsx.writeFile(file);
    const dry = await importHeritageItems(cms.strapi, file, { locale: "en", dryRun: true });
    // An unknown column would be lost, and the new item lacks the required licence: refused.
    expect(dry.plan.errors.map((error) => [error.row, error.column])).toEqual([
      [1, "Notes"],
      [3, "Lizenz"],
    ]);
    expect(dry.plan.errors[1]?.message).toBe("Pflichtfeld ist leer");

    sheet.getCell("G1").value = "# Notes";
    sheet.getCell("H1").value = "Licence";
    sheet.getCell("H2").value = "CC0";
    sheet.getCell("H3").value = "Public Domain Mark 1.0";
    await workbook.xlsx.writeFile(file);
    const { plan, applied } = await importHeritageItems(cms.strapi, file, { locale: "en", publish: true });
    expect(plan.errors).toEqual([]);
    expect(plan.rows.map((row) => row.action)).toEqual(["translate", "create"]);
    expect(applied).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const bell = await cms.strapi.documents(ITEM).findFirst({
      locale: "en",
      status: "published",
      filters: { inventoryNumber: "OH-WM-0002" },
    });
    expect(bell).toMatchObject({ title: "Bell", datingText: "14th century", licence: "cc0" });
    const german = await cms.strapi
      .documents(ITEM)
      .findFirst({ locale: "de", filters: { inventoryNumber: "OH-WM-0002" } });
    expect(german?.documentId).toBe(bell?.documentId);
  });

  it("reports every bad cell with row, column and reason and imports nothing", async () => {
    const before = await count();
    const file = csv("fehler.csv", [
      "OH-WM-0010;Gut;Gültige Zeile.;um 1800;1790;1810;;;CC0;",
      "OH-WM-0011;Falsche Jahre;Text.;um 1800;achtzehnhundert;1810;;;CC0;",
      "OH-WM-0012;Verdreht;Text.;um 1800;1850;1800;;;CC0;",
      "OH-WM-0013;Lizenz;Text.;um 1800;1790;1810;;;GPL;",
      "OH-WM-0014;Ohne Nennung;Text.;um 1800;1790;1810;;;CC BY 4.0;",
      "OH-WM-0015;Ort;Text.;um 1800;1790;1810;;nirgendwo;CC0;",
      "OH-WM-0010;Doppelt;Text.;um 1800;1790;1810;;;CC0;",
      ";Ohne Nummer;Text.;um 1800;1790;1810;;;CC0;",
      "OH-WM-0016;;;;1790;1810;;;CC0;",
    ]);
    const { plan, applied } = await importHeritageItems(cms.strapi, file);
    expect(applied).toBeUndefined();
    const errors = plan.errors.map((error) => [error.row, error.column]);
    expect(errors).toEqual([
      [3, "Datierung von (Jahr)"],
      [4, "Datierung bis (Jahr)"],
      [5, "Lizenz"],
      [6, "Namensnennung"],
      [7, "Kulturstätte"],
      [8, "Inventarnummer"],
      [9, "Inventarnummer"],
      [10, "Titel"],
      [10, "Kurzbeschreibung"],
      [10, "Datierung"],
    ]);
    const message = (row: number) => plan.errors.find((error) => error.row === row)?.message;
    expect(message(3)).toContain("achtzehnhundert");
    expect(message(4)).toBe("„Datierung bis“ darf nicht vor „Datierung von“ liegen.");
    expect(message(5)).toContain("GPL");
    expect(message(6)).toBe("Diese Lizenz verlangt eine Namensnennung.");
    expect(message(7)).toContain("nirgendwo");
    expect(message(8)).toContain("Zeile 2");
    expect(formatImportReport(plan, { dryRun: false })).toContain(
      "Zeile 4, Spalte „Datierung bis (Jahr)“: „Datierung bis“ darf nicht vor „Datierung von“ liegen.",
    );
    // Row 2 was valid, but nothing is half-imported.
    expect(await count()).toBe(before);
    expect(
      await cms.strapi
        .documents(ITEM)
        .findFirst({ locale: "de", filters: { inventoryNumber: "OH-WM-0010" } }),
    ).toBeNull();
  });

  it("rolls back every write when a write fails part-way through", async () => {
    const before = await count();
    const context = await loadImportContext(cms.strapi, "de");
    const valid = {
      inventoryNumber: "OH-WM-0020",
      title: "Erster",
      slug: "erster",
      summary: "Wird zurückgenommen.",
      datingText: "um 1900",
      datingFrom: 1900,
      datingTo: 1900,
      licence: "cc0",
    };
    // The second row points at a place that is gone by the time it is written, as happens
    // when someone deletes the place in the admin between the check and the write.
    const plan = {
      file: "handmade",
      locale: "de" as const,
      notes: [],
      errors: [],
      rows: [
        { row: 2, inventoryNumber: "OH-WM-0020", action: "create" as const, changes: [], data: valid },
        {
          row: 3,
          inventoryNumber: "OH-WM-0021",
          action: "create" as const,
          changes: [],
          data: {
            ...valid,
            inventoryNumber: "OH-WM-0021",
            title: "Zweiter",
            slug: "zweiter",
            place: "deleted0place0id",
          },
        },
      ],
    };
    expect(context.items.has("OH-WM-0020")).toBe(false);
    await expect(applyImport(cms.strapi, plan)).rejects.toThrow(/Zeile 3 .*zurückgenommen/);
    expect(await count()).toBe(before);
    expect(
      await cms.strapi
        .documents(ITEM)
        .findFirst({ locale: "de", filters: { inventoryNumber: "OH-WM-0020" } }),
    ).toBeNull();
  });
});

const EXCEL_HEADER =
  "Inventarnummer;Titel;Kurzbeschreibung;Datierung;Datierung von (Jahr);Datierung bis (Jahr);Kulturstätte;Lizenz;Schlagwörter";

describe("spreadsheets as staff really save them", () => {
  it("reads a Windows-1252 CSV from German Excel with its umlauts, place and keywords intact", async () => {
    const file = join(dir, "excel-ansi.csv");
    writeFileSync(
      file,
      windows1252(
        `${EXCEL_HEADER}\r\nOH-WM-0101;Türklopfer;Schmiedeeiserner Türklopfer „Löwe“ – um 1850.;um 1850;1840;1860;wallmuseum;CC0;Tür, Schmiede, Löwe\r\n`,
      ),
    );
    const { plan, applied } = await importHeritageItems(cms.strapi, file);
    expect(plan.errors).toEqual([]);
    expect(plan.encoding).toBe("windows-1252");
    expect(formatImportReport(plan, { dryRun: false })).toContain("Windows-1252");
    expect(applied).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const item = await cms.strapi.documents(ITEM).findFirst({
      locale: "de",
      filters: { inventoryNumber: "OH-WM-0101" },
      populate: ["place"],
    });
    expect(item).toMatchObject({
      title: "Türklopfer",
      slug: "tuerklopfer",
      summary: "Schmiedeeiserner Türklopfer „Löwe“ – um 1850.",
      keywords: "Tür, Schmiede, Löwe",
    });
    expect((item as { place?: { slug: string } }).place?.slug).toBe("wallmuseum");
  });

  it("reads Excel's Unicode text (UTF-16 with byte order mark, tab-separated)", async () => {
    const file = join(dir, "excel-unicode.txt");
    const text = `${EXCEL_HEADER.replaceAll(";", "\t")}\r\nOH-WM-0102\tÖllampe\tÖllampe aus Ton.\tum 200\t150\t250\tOldenburger Wallmuseum\tCC0\tLicht\r\n`;
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const { plan } = await importHeritageItems(cms.strapi, file, { dryRun: true });
    expect(plan.errors).toEqual([]);
    expect(plan.encoding).toBe("utf-16le");
    expect(plan.rows[0]?.data).toMatchObject({ title: "Öllampe", slug: "oellampe", keywords: "Licht" });
    expect(plan.rows[0]?.data.place).toEqual(expect.any(String));
  });

  it("reads years that Excel wrote with a decimal comma or a thousands point", async () => {
    const file = join(dir, "excel-zahlen.csv");
    writeFileSync(
      file,
      windows1252(`${EXCEL_HEADER}\r\nOH-WM-0103;Krug;Steinzeugkrug.;um 1732;1.725;1740,0;;CC0;\r\n`),
    );
    const { plan } = await importHeritageItems(cms.strapi, file, { dryRun: true });
    expect(plan.errors).toEqual([]);
    expect(plan.rows[0]?.data).toMatchObject({ datingFrom: 1725, datingTo: 1740 });
  });

  it("refuses a column it does not know, naming it, the nearest known column and every known column", async () => {
    const file = join(dir, "tippfehler.csv");
    writeFileSync(
      file,
      `${EXCEL_HEADER.replace("Kulturstätte", "Kulturstäte").replace("Schlagwörter", "Stichworte")};# Bemerkungen\r\nOH-WM-0104;Krug;Steinzeugkrug.;um 1732;1725;1740;wallmuseum;CC0;Krug;nur intern\r\n`,
    );
    const { plan, applied } = await importHeritageItems(cms.strapi, file);
    expect(applied).toBeUndefined();
    expect(plan.errors.map((error) => [error.row, error.column])).toEqual([
      [1, "Kulturstäte"],
      [1, "Stichworte"],
    ]);
    const [place, keywords] = plan.errors;
    expect(place?.message).toContain("„Kulturstätte“");
    expect(keywords?.message).toContain("Schlagwörter");
    expect(keywords?.message).toContain("Inventarnummer");
    // A column staff mark with # is theirs: ignored on purpose, and said so.
    expect(plan.notes.join()).toContain("„# Bemerkungen“");
  });

  it("suggests the nearest existing place for a misspelt one", async () => {
    const file = join(dir, "ort.csv");
    writeFileSync(
      file,
      `${EXCEL_HEADER}\r\nOH-WM-0105;Krug;Steinzeugkrug.;um 1732;1725;1740;Oldenburger Walmuseum;CC0;\r\nOH-WM-0106;Becher;Becher.;um 1732;1725;1740;wall-museum;CC0;\r\nOH-WM-0107;Teller;Teller.;um 1732;1725;1740;Rathaus;CC0;\r\n`,
    );
    const { plan } = await importHeritageItems(cms.strapi, file, { dryRun: true });
    expect(plan.errors.map((error) => [error.row, error.column])).toEqual([
      [2, "Kulturstätte"],
      [3, "Kulturstätte"],
      [4, "Kulturstätte"],
    ]);
    expect(plan.errors[0]?.message).toMatch(/Meinten Sie „Oldenburger Wallmuseum“/);
    expect(plan.errors[1]?.message).toMatch(/Meinten Sie „Oldenburger Wallmuseum“/);
    // Nothing close: no guess, but the list of places to choose from.
    expect(plan.errors[2]?.message).not.toContain("Meinten Sie");
    expect(plan.errors[2]?.message).toContain("wallmuseum");
  });
});
