/**
 * Benchmark of the workbook engine on a generated 3-million-cell workbook (40 sheets):
 * read time, analysis time (table detection and indicator matching, after reading) and the
 * peak memory of this process. Prints figures; the targets are analysis ≤ 25% of read time,
 * the whole scan (read + analysis) ≤ 1.3× the bare read (issue 10), and peak memory under 2 GB.
 * CPU time is printed beside wall time: it compares runs better on a busy machine.
 */
import { getCatalogueIndex } from "@gapmap/catalog";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectWorkbookTables } from "@gapmap/core";
import { readWorkbookFile } from "@gapmap/cli";
import { cellCount, writeLargeWorkbook, type LargeWorkbookSpec } from "./generate-large-workbook";

const SPEC: LargeWorkbookSpec = { sheets: 40, rowsPerSheet: 1850, yearColumns: 20 };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const dir = mkdtempSync(join(tmpdir(), "gapmap-bench-"));
const file = join(dir, "large.xlsx");
try {
  let t = performance.now();
  await writeLargeWorkbook(file, SPEC);
  console.log(
    `generated ${cellCount(SPEC).toLocaleString("en")} cells in ${SPEC.sheets} sheets (${mb(statSync(file).size)} on disk) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  getCatalogueIndex(); // built once per process; not part of either figure
  t = performance.now();
  let cpu = process.cpuUsage();
  const read = await readWorkbookFile(file);
  const readMs = performance.now() - t;
  const readCpuMs = process.cpuUsage(cpu).user / 1000;
  if (!read.ok) throw new Error(read.error.message);

  t = performance.now();
  cpu = process.cpuUsage();
  // As `gapmap scan` reads a file: each sheet with the rest of its workbook.
  const tables = detectWorkbookTables(read.sheets, { index: getCatalogueIndex() }).flat().length;
  const analysisMs = performance.now() - t;
  const analysisCpuMs = process.cpuUsage(cpu).user / 1000;

  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    `read:     ${(readMs / 1000).toFixed(2)} s (user CPU ${(readCpuMs / 1000).toFixed(2)} s)`,
  );
  console.log(
    `analysis: ${(analysisMs / 1000).toFixed(2)} s (${((analysisMs / readMs) * 100).toFixed(1)}% of read; target ≤ 25%), user CPU ${(analysisCpuMs / 1000).toFixed(2)} s, ${tables} tables`,
  );
  console.log(
    `whole scan: ${((readMs + analysisMs) / readMs).toFixed(2)}× the bare read (user CPU ${((readCpuMs + analysisCpuMs) / readCpuMs).toFixed(2)}×; target ≤ 1.3×)`,
  );
  console.log(`peak memory (max RSS): ${mb(peakRss)} (target < 2048 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
