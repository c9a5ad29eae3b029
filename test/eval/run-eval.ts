/**
 * `npm run eval`: runs the engine over the evaluation corpus (test/eval/corpus: real workbooks,
 * CSVs and pages with truth written first) and prints both splits, per language and per file
 * type. `--confusions` adds the most frequent wrong pairs, `--all` every failure (both on the
 * tune split only unless `--test-errors`: test errors are for reports, never for tuning), `--json <path>`
 * writes the scores, `--split tune|test` keeps one side, `--kind workbook|page` one kind of file, `--ids a,b` only those
 * corpus files (e.g. the ones just added), `--legacy` adds the older report on the
 * fixtures the engine was tuned on (test/fixtures/expected). The exit code is 0 unless something
 * could not run: this measures.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "@gapmap/cli";
import { realFixture } from "../fixtures/real-fixtures";
import { writeNonMigrationWorkbooks } from "../fixtures/non-migration/write-non-migration-workbooks";
import { evaluateCorpus } from "./corpus-eval";
import { formatCorpusReport } from "./corpus-report";
import { evaluateWorkbook, type WorkbookScore } from "./evaluate-workbook";
import { formatReport } from "./format-report";
import { loadCorpus } from "./load-corpus";
import { loadExpectedWorkbooks } from "./load-expected";
import { splitOf } from "./split";

async function legacyReport(all: boolean): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "gapmap-eval-"));
  try {
    const controls = await writeNonMigrationWorkbooks(scratch);
    const scores: WorkbookScore[] = [];
    for (const expected of loadExpectedWorkbooks()) {
      const path =
        expected.set === "real" ? realFixture(expected.file) : controls.get(expected.file);
      if (path === undefined) throw new Error(`no generated workbook for ${expected.file}`);
      scores.push(await evaluateWorkbook(expected, path, readWorkbookFile));
    }
    return formatReport(scores, all);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const { manifest, items } = loadCorpus();
  const only = optionValue(argv, "--split");
  if (only !== undefined && only !== "tune" && only !== "test")
    throw new Error(`--split takes tune or test, not ${only}`);
  const kind = optionValue(argv, "--kind");
  if (kind !== undefined && kind !== "workbook" && kind !== "page")
    throw new Error(`--kind takes workbook or page, not ${kind}`);
  const ids = optionValue(argv, "--ids")
    ?.split(",")
    .filter((id) => id !== "");
  const unknown = ids?.filter((id) => !items.some((i) => i.entry.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`--ids names no corpus file: ${unknown.join(", ")}`);
  const chosen = items.filter(
    (i) =>
      (only === undefined || splitOf(i.entry.id, manifest.splitSeed) === only) &&
      (kind === undefined || i.kind === kind) &&
      (ids === undefined || ids.includes(i.entry.id)),
  );
  let done = 0;
  const results = await evaluateCorpus(chosen, manifest.splitSeed, (entry) => {
    done++;
    process.stderr.write(`\r[${done}/${chosen.length}] ${entry.id}`.padEnd(80).slice(0, 80));
  });
  process.stderr.write("\n");
  process.stdout.write(
    `${formatCorpusReport(results, {
      confusions: argv.includes("--confusions"),
      failures: argv.includes("--all"),
      testErrors: argv.includes("--test-errors"),
    })}\n`,
  );
  if (argv.includes("--legacy"))
    process.stdout.write(
      `\n\nLegacy fixtures (the engine was tuned on these; not part of either split)\n${await legacyReport(argv.includes("--all"))}\n`,
    );
  const jsonPath = optionValue(argv, "--json");
  if (jsonPath !== undefined) await writeFile(jsonPath, JSON.stringify(results, null, 2));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
