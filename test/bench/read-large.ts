/**
 * Read time and peak memory of the spreadsheet readers: the biggest real fixtures and a generated
 * one-million-row sheet as CSV and as .xlsx. Each case runs in its own child process so its peak
 * RSS is its own. Usage: `tsx test/bench/read-large.ts` (all cases) or `… <case> <file>`.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "@gapmap/cli";
import { realFixture } from "../fixtures/real-fixtures";

const ROWS = 1_000_000;
const WRITE_BATCH = 10_000;
const BYTES_PER_MB = 1024 * 1024;
const KB_PER_MB = 1024;

function rowFor(i: number): [string, number, string, number] {
  return [`Country ${i % 250}`, 2000 + (i % 24), i % 2 ? "F" : "M", i * 3];
}

async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write("country,year,sex,value\n");
  for (let start = 0; start < ROWS; start += WRITE_BATCH) {
    let chunk = "";
    for (let i = start; i < start + WRITE_BATCH; i++) chunk += `${rowFor(i).join(",")}\n`;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function writeXlsx(path: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = book.addWorksheet("Data");
  sheet.addRow(["country", "year", "sex", "value"]).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow(rowFor(i)).commit();
  sheet.commit();
  await book.commit();
}

/** Child side: read one file and print one JSON line. */
async function measure(caseName: string, path: string): Promise<void> {
  const started = performance.now();
  const result = await readWorkbookFile(path);
  const ms = Math.round(performance.now() - started);
  const rows = result.ok ? result.sheets.reduce((n, s) => n + s.rows.length, 0) : 0;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / KB_PER_MB);
  const outcome = result.ok ? "ok" : result.error.code;
  console.log(JSON.stringify({ caseName, ms, rows, peakRssMb, outcome }));
}

function runChild(caseName: string, path: string): string {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, self, caseName, path], {
    encoding: "utf8",
    maxBuffer: BYTES_PER_MB,
  });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  return line.startsWith("{")
    ? line
    : JSON.stringify({ caseName, outcome: "crashed", stderr: child.stderr.slice(-500) });
}

async function runAll(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "gapmap-bench-"));
  try {
    const csv = join(dir, "million.csv");
    const xlsx = join(dir, "million.xlsx");
    await writeCsv(csv);
    const started = performance.now();
    await writeXlsx(xlsx);
    console.log(`generated ${ROWS} rows as .xlsx in ${Math.round(performance.now() - started)} ms`);
    const tiny = join(dir, "tiny.csv");
    await writeFile(tiny, "a,b\n1,2\n");
    const cases: [string, string][] = [
      ["baseline: 2-row csv (runtime + modules)", tiny],
      [
        "real: unhcr_global_trends_2015_annex_tables.xlsx",
        realFixture("unhcr_global_trends_2015_annex_tables.xlsx"),
      ],
      [
        "real: cba_armenia_money_transfers_by_countries_2024-09.xlsx",
        realFixture("cba_armenia_money_transfers_by_countries_2024-09.xlsx"),
      ],
      [
        "real: ru_mvd_2RD_migration_situation_2016.xls",
        realFixture("ru_mvd_2RD_migration_situation_2016.xls"),
      ],
      ["1M rows csv", csv],
      ["1M rows xlsx", xlsx],
    ];
    for (const [name, path] of cases) {
      const sizeMb = ((await stat(path)).size / BYTES_PER_MB).toFixed(1);
      console.log(`${runChild(name, path)}  (${sizeMb} MB file)`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [caseName, path] = process.argv.slice(2);
if (caseName !== undefined && path !== undefined) await measure(caseName, path);
else await runAll();
