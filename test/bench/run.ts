/**
 * `npm run bench`: runs every benchmark in its own Node process (so peak-memory figures belong
 * to that benchmark alone) and prints their figures. Benchmarks print; they do not assert.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BENCHES = [
  ["workbook engine: whole scan vs the bare read (3M cells)", "workbook-engine.ts"],
  ["label matching vs fuse.js", "label-matching.ts"],
  ["reading a 1M-row sheet", "read-large.ts"],
  ["gap analysis (5,000 records)", "assess.ts"],
  ["data-gap report .docx (5,000 records)", "report.ts"],
  ["Office adapter (3M-cell mock)", "office-adapter.ts"],
  ["page tagging matcher (Node)", "tag-text.ts"],
  ["page tagging in Chromium", "tag-page.ts"],
  ["task pane start-up (4× CPU throttling)", "taskpane-start.ts"],
  ["CLI start-up: before (tsx) and after (bundle)", "cli-startup.ts"],
  ["scanning a folder of 200 workbooks: --jobs 1 and 2", "scan-folder.ts"],
] as const;

const only = process.argv.slice(2);
let failed = 0;
for (const [name, script] of BENCHES) {
  if (only.length > 0 && !only.some((o) => script.includes(o) || name.includes(o))) continue;
  const path = fileURLToPath(new URL(script, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`\n== ${name} (${script})`);
  const r = spawnSync(process.execPath, ["--import", "tsx", path], { stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.log(`!! ${script} failed (exit ${r.status ?? r.signal ?? "?"})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
