/**
 * `npm run eval`: reads every fixture workbook (the real ones in /work/shared/fixtures/real and
 * the generated non-migration controls) through the readers, runs table detection, and prints
 * how far it is from the hand-written expectations. `--all` lists every failure; `--json <path>`
 * also writes the scores. The exit code is 0 unless something could not run: this measures.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "@gapmap/cli";
import { realFixture } from "../fixtures/real-fixtures";
import { writeNonMigrationWorkbooks } from "../fixtures/non-migration/write-non-migration-workbooks";
import { evaluateWorkbook, type WorkbookScore } from "./evaluate-workbook";
import { formatReport } from "./format-report";
import { loadExpectedWorkbooks } from "./load-expected";

async function main(argv: readonly string[]): Promise<void> {
  const jsonAt = argv.indexOf("--json");
  const jsonPath = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const expectations = loadExpectedWorkbooks();
  const scratch = await mkdtemp(join(tmpdir(), "gapmap-eval-"));
  try {
    const controls = await writeNonMigrationWorkbooks(scratch);
    const scores: WorkbookScore[] = [];
    for (const expected of expectations) {
      const path =
        expected.set === "real" ? realFixture(expected.file) : controls.get(expected.file);
      if (path === undefined) throw new Error(`no generated workbook for ${expected.file}`);
      process.stderr.write(`evaluating ${expected.file}\n`);
      scores.push(await evaluateWorkbook(expected, path, readWorkbookFile));
    }
    process.stdout.write(`${formatReport(scores, argv.includes("--all"))}\n`);
    if (jsonPath !== undefined) await writeFile(jsonPath, JSON.stringify(scores, null, 2));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
