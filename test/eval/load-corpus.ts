/** Reads the corpus manifest and the truth of every entry, validated; throws naming the file. */
import { existsSync, readFileSync } from "node:fs";
import { expectedWorkbookSchema, type ExpectedWorkbook } from "./expected-schema";
import {
  CORPUS_DIR,
  loadManifest,
  truthPath,
  type CorpusEntry,
  type CorpusManifest,
} from "./corpus-manifest";
import { pageTruthSchema, type PageTruth } from "./page-truth-schema";

export type CorpusItem =
  | { entry: CorpusEntry; kind: "workbook"; truth: ExpectedWorkbook }
  | { entry: CorpusEntry; kind: "page"; truth: PageTruth };

export class TruthError extends Error {}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
}

export function loadTruth(entry: CorpusEntry, corpusDir: string = CORPUS_DIR): CorpusItem {
  const path = truthPath(entry, corpusDir);
  if (!existsSync(path)) throw new TruthError(`${entry.id}: no truth file (${path})`);
  const json: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (entry.kind === "page") {
    const parsed = pageTruthSchema.safeParse(json);
    if (!parsed.success) throw new TruthError(`${entry.id}: ${issues(parsed.error)}`);
    if (parsed.data.id !== entry.id)
      throw new TruthError(`${entry.id}: truth names ${parsed.data.id}`);
    return { entry, kind: "page", truth: parsed.data };
  }
  const parsed = expectedWorkbookSchema.safeParse(json);
  if (!parsed.success) throw new TruthError(`${entry.id}: ${issues(parsed.error)}`);
  return { entry, kind: "workbook", truth: parsed.data };
}

export function loadCorpus(corpusDir: string = CORPUS_DIR): {
  manifest: CorpusManifest;
  items: CorpusItem[];
} {
  const manifest = loadManifest(`${corpusDir}manifest.json`);
  return { manifest, items: manifest.entries.map((e) => loadTruth(e, corpusDir)) };
}
