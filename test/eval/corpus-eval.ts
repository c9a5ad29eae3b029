/** Runs the engine over every corpus file and scores it against the truth, split by split. */
import { readFile } from "node:fs/promises";
import { readWorkbookFile } from "@gapmap/cli";
import { corpusFilePath, type CorpusEntry } from "./corpus-manifest";
import { evaluatePage, type PageScore } from "./evaluate-page";
import { evaluateWorkbook, type WorkbookScore } from "./evaluate-workbook";
import type { CorpusItem } from "./load-corpus";
import { splitOf, type Split } from "./split";

export interface WorkbookResult {
  entry: CorpusEntry;
  split: Split;
  score: WorkbookScore;
}
export interface PageResult {
  entry: CorpusEntry;
  split: Split;
  score: PageScore;
}
export interface CorpusResults {
  seed: string;
  workbooks: WorkbookResult[];
  pages: PageResult[];
}

export async function evaluateCorpus(
  items: readonly CorpusItem[],
  seed: string,
  onFile: (entry: CorpusEntry) => void = () => undefined,
): Promise<CorpusResults> {
  const results: CorpusResults = { seed, workbooks: [], pages: [] };
  for (const item of items) {
    onFile(item.entry);
    const split = splitOf(item.entry.id, seed);
    const path = corpusFilePath(item.entry);
    if (item.kind === "workbook") {
      const score = await evaluateWorkbook(item.truth, path, readWorkbookFile);
      results.workbooks.push({ entry: item.entry, split, score });
    } else {
      const score = evaluatePage(item.truth, await readFile(path, "utf8"));
      results.pages.push({ entry: item.entry, split, score });
    }
  }
  return results;
}
