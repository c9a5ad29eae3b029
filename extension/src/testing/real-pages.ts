/**
 * For tests that tag real pages in happy-dom: the pages (the brief's real fixtures and corpus
 * pages, read where they are, never copied) and how one is put into the document.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Node paths: happy-dom replaces the URL class with its own.
const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = join(HERE, "../../../../shared/fixtures/real");
const CORPUS = join(HERE, "../../../test/eval/corpus/files/pages");

export const REAL_PAGES: readonly [string, string][] = [
  ["swissinfo fr", join(REAL, "swissinfo_asylum_positive_decisions_2014_fr.html")],
  ["swissinfo es", join(REAL, "swissinfo_asylum_positive_decisions_2014_es.html")],
  ["stocks by sex (tables)", join(CORPUS, "X80110+migration-visualization/stocks_by_sex.html")],
  ["flows by type (tables)", join(CORPUS, "X80110+migration-visualization/flows_by_type.html")],
  ["pew research", join(CORPUS, "codelucas+newspaper/pewresearch.org1.html")],
];

/** Puts the page into happy-dom's document: body markup and the declared language. */
export function loadPage(html: string): void {
  // Links, external scripts and frames hold no page text; happy-dom would try to fetch them.
  const local = html
    .replace(/<link\b[^>]*>/gi, "")
    .replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, "")
    .replace(/<iframe\b[^>]*>[^<]*<\/iframe>/gi, "");
  const parsed = new DOMParser().parseFromString(local, "text/html");
  document.documentElement.lang = parsed.documentElement.getAttribute("lang") ?? "";
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
}
