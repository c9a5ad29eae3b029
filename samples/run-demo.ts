/**
 * `npm start`: the main job on the bundled sample data. Scans the sample ministry workbooks,
 * merges what they show with the TWG's hand-filled inventory, runs the gap analysis against the
 * Migration Profile core preset and writes out/gap-matrix.xlsx and the data-gap report
 * out/gap-report.docx. No prompts, no network.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { main, scanFiles, scanReportText } from "@gapmap/cli";

/** The sample data describes the situation as of 2024. */
const REFERENCE_YEAR = "2024";

const root = fileURLToPath(new URL("..", import.meta.url));
/** A path as the user should see it: relative to where they ran the command when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
const here = (...parts: string[]) => shown(join(root, ...parts));
/** Where results go: out/ in the repository, unless GAPMAP_OUT_DIR says otherwise (tests). */
const outDir = process.env.GAPMAP_OUT_DIR ?? join(root, "out");
const workbooks = readdirSync(join(root, "samples/workbooks"))
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((f) => here("samples/workbooks", f));

console.log(`Scanning ${workbooks.length} sample workbooks…`);
const scanJson = shown(join(outDir, "sample-scan.json"));
const report = await scanFiles(workbooks);
process.stdout.write(scanReportText(report));
mkdirSync(outDir, { recursive: true });
writeFileSync(scanJson, `${JSON.stringify(report, null, 2)}\n`);
let code = report.files.every((f) => f.ok) ? 0 : 1;
if (code === 0) {
  console.log("\nAssessing against the Migration Profile core needs…\n");
  code = await main([
    "assess",
    "--needs",
    "migration-profile-core",
    "--scan",
    scanJson,
    "--inventory",
    here("samples/inventory.csv"),
    "--year",
    REFERENCE_YEAR,
    "--out",
    shown(join(outDir, "gap-matrix.xlsx")),
  ]);
}
if (code === 0) {
  console.log("\nWriting the data-gap report…");
  code = await main([
    "report",
    "--needs",
    "migration-profile-core",
    "--scan",
    scanJson,
    "--inventory",
    here("samples/inventory.csv"),
    "--year",
    REFERENCE_YEAR,
    "--out",
    shown(join(outDir, "gap-report.docx")),
  ]);
}
process.exitCode = code;
