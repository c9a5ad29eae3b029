/**
 * A data-request pack through LibreOffice (issue 14): the packs of the sample assessment are
 * written, two are filled with exceljs (one in full, one in part), and LibreOffice converts each
 * to .ods and back to .xlsx. Both files are read back, by core and by `gapmap scan`/`assess`:
 * the records must be the ones read before the conversion, and every guard of the pack (number
 * validation, protection, the very hidden key sheet and its defined names) either survives, as
 * the converted file's own XML shows, or its loss is reported. Fails loudly (never skips) when
 * LibreOffice is missing; .ci/run installs it.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { main, memoryIo } from "@gapmap/cli";
import {
  readRequestKey,
  readReturnedPack,
  recordsFromPack,
  type PackReading,
  type RequestKey,
} from "@gapmap/core";
import { fillPack, loadWorkbook, saveWorkbook } from "@gapmap/core/requests/testing";
import { convertWithLibreOffice, requireLibreOffice } from "../support/libreoffice";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gapmap-pack-lo-"));
const KEY_SHEET = "gapmap_request_key";

interface Returned {
  key: RequestKey;
  /** The filled pack as exceljs saved it, and its reading. */
  xlsx: string;
  before: PackReading;
  ods: string;
  /** The .ods converted back to .xlsx by LibreOffice. */
  back: string;
}
const returned: Returned[] = [];

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

async function read(file: string): Promise<PackReading> {
  const reading = await readReturnedPack(new Uint8Array(readFileSync(file)));
  if (reading === undefined) throw new Error(`${file} was not read as a pack`);
  return reading;
}

function convert(file: string, target: "ods" | "xlsx", outDir: string): string {
  convertWithLibreOffice({ file, target, outDir, workDir: dir });
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${target}`));
}

beforeAll(async () => {
  requireLibreOffice();
  const packDir = join(dir, "packs");
  const made = await cli(
    "requests",
    "--needs",
    "migration-profile-core",
    "--inventory",
    join(SAMPLES, "inventory.csv"),
    "--year",
    "2024",
    "--date",
    "2026-12-06",
    "--due",
    "2027-01-31",
    "--out-dir",
    packDir,
  );
  if (made.code !== 0) throw new Error(made.err);
  const packs = await Promise.all(
    readdirSync(packDir).map(async (name) => {
      const bytes = new Uint8Array(readFileSync(join(packDir, name)));
      const key = await readRequestKey(bytes);
      if (key === undefined) throw new Error(`${name} has no key`);
      return { name, bytes, key };
    }),
  );
  // The two packs asking for the most indicators: every kind of table goes through LibreOffice.
  packs.sort((a, b) => b.key.tables.length - a.key.tables.length || a.name.localeCompare(b.name));
  for (const [i, pack] of packs.slice(0, 2).entries()) {
    const workbook = await loadWorkbook(pack.bytes);
    if (i === 0) {
      fillPack(workbook, pack.key, () => true);
      const cover = workbook.getWorksheet(pack.key.coverSheet);
      if (cover === undefined) throw new Error("no cover");
      cover.getCell("B11").value = "2027-01-15";
    } else {
      // In part: the totals of the two latest years.
      fillPack(workbook, pack.key, (b) => b === "total", { years: (y) => y >= 2022 });
    }
    const xlsx = join(dir, pack.name);
    writeFileSync(xlsx, await saveWorkbook(workbook));
    const ods = convert(xlsx, "ods", join(dir, "ods"));
    const back = convert(ods, "xlsx", join(dir, "back"));
    returned.push({ key: pack.key, xlsx, before: await read(xlsx), ods, back });
  }
}, 300_000);

/** The cells an OOXML `sqref` covers ("C6:G18 C20"), as "C6", "D6"… */
function sqrefCells(sqref: string): Set<string> {
  const cells = new Set<string>();
  const column = (letters: string) => {
    let n = 0;
    for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
    return n;
  };
  const letters = (n: number): string =>
    n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
  for (const part of sqref.trim().split(/\s+/)) {
    const [from = "", to = from] = part.split(":");
    const a = /^([A-Z]+)(\d+)$/.exec(from);
    const b = /^([A-Z]+)(\d+)$/.exec(to);
    if (a === null || b === null) continue;
    for (let c = column(a[1] ?? ""); c <= column(b[1] ?? ""); c++)
      for (let r = Number(a[2]); r <= Number(b[2]); r++) cells.add(`${letters(c)}${String(r)}`);
  }
  return cells;
}

/** What the converted .xlsx itself says about each guard, read from its XML, not by our reader. */
function guardsInXml(file: string, key: RequestKey) {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const text = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  const sheetXml = (name: string) => {
    const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target = new RegExp(`Id="${id ?? "?"}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    return text(`xl/${target.replace(/^\/?xl\//, "")}`);
  };
  const keyState = new RegExp(`<sheet [^>]*name="${KEY_SHEET}"[^>]*state="([^"]+)"`).exec(
    workbook,
  )?.[1];
  const names = [...workbook.matchAll(/<definedName [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const validated = key.tables.every((table) => {
    const xml = sheetXml(table.sheet);
    const covered = new Set(
      [...xml.matchAll(/<dataValidation [^>]*>/g)]
        .filter((m) => /type="decimal"/.test(m[0]))
        .flatMap((m) => [...sqrefCells(/sqref="([^"]+)"/.exec(m[0])?.[1] ?? "")]),
    );
    return table.rows.every((_, i) =>
      table.yearColumns.every(({ column }) =>
        covered.has(`${String.fromCharCode(64 + column)}${String(table.headerRow + 1 + i)}`),
      ),
    );
  });
  const protectedSheets = [key.coverSheet, ...key.tables.map((t) => t.sheet)].every((sheet) =>
    /<sheetProtection [^>]*sheet="(1|true)"/.test(sheetXml(sheet)),
  );
  return {
    keyVeryHidden: keyState === "veryHidden",
    namesKept: key.tables.every((t) => names.includes(t.definedName)),
    validated,
    protectedSheets,
  };
}

const each = () => returned.map((r, i) => [i === 0 ? "full" : "partial", r] as const);

describe("a filled pack converted to .ods and back by LibreOffice", () => {
  it("gives the same tables, return date and records as before the conversion", async () => {
    expect(returned).toHaveLength(2);
    for (const [label, r] of each()) {
      const after = await read(r.back);
      expect(after.tables, label).toEqual(r.before.tables);
      expect(after.returnedOn, label).toBe(r.before.returnedOn);
      expect(
        r.before.tables.some((t) => t.filledCells > 0),
        label,
      ).toBe(true);
      const fields = (reading: PackReading) =>
        recordsFromPack(reading, "pack").map((record) => ({ ...record, notes: undefined }));
      expect(fields(after), label).toEqual(fields(r.before));
    }
    expect(returned[0]?.before.returnedOnSource).toBe("cover");
  });

  it("keeps each guard, or says it was lost", async () => {
    for (const [label, r] of each()) {
      const guards = guardsInXml(r.back, r.key);
      const warnings = (await read(r.back)).warnings.join("\n");
      expect(r.before.warnings, label).toEqual([]);
      expect(/key sheet .* (no longer very hidden|visible)/.test(warnings), label).toBe(
        !guards.keyVeryHidden,
      );
      expect(/defined names .* are gone/.test(warnings), label).toBe(!guards.namesKept);
      expect(/number validation was removed/.test(warnings), label).toBe(!guards.validated);
      expect(/protection was removed/.test(warnings), label).toBe(!guards.protectedSheets);
    }
  });

  it("loses the very hidden state of the key with LibreOffice, and says so", async () => {
    // LibreOffice (and OpenDocument) know only hidden sheets: the key comes back merely hidden.
    const warnings = (await read(returned[0]?.back ?? "")).warnings;
    expect(
      warnings.some((w) => w.includes(`"${KEY_SHEET}" is hidden but no longer very hidden`)),
    ).toBe(true);
  });
});

describe("the .ods read directly", () => {
  it("gives the same tables as before the conversion and the same warnings as the .xlsx", async () => {
    for (const [label, r] of each()) {
      const ods = await read(r.ods);
      expect(ods.tables, label).toEqual(r.before.tables);
      expect(ods.returnedOn, label).toBe(r.before.returnedOn);
      expect(ods.warnings, label).toEqual((await read(r.back)).warnings);
    }
  });

  it("is read by gapmap scan by its key, with the loss reported, and assess says it too", async () => {
    const ods = returned[0]?.ods ?? "";
    const scanJson = join(dir, "scan.json");
    const scan = await cli("scan", ods, "--jobs", "1");
    expect(scan.code).toBe(0);
    expect(scan.out).toContain("read by its key");
    expect(scan.out).toMatch(
      /! the key sheet "gapmap_request_key" is hidden but no longer very hidden/,
    );
    expect((await cli("scan", ods, "--json", "--out", scanJson, "--jobs", "1")).code).toBe(0);
    const assess = await cli(
      "assess",
      "--needs",
      "migration-profile-core",
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--scan",
      scanJson,
      "--year",
      "2024",
    );
    expect(assess.code).toBe(0);
    expect(assess.err).toContain(`${ods}: the key sheet "gapmap_request_key"`);
    expect(assess.out).toMatch(/Received in returned data-request packs: \d+ indicators/);
  });
});
