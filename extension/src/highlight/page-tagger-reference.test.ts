// @vitest-environment happy-dom
/**
 * The tagger's speed-ups (sliced walk, parent lookups only when a phrase is open, boilerplate
 * spans found after the walk …) must not change what it reports. On real pages, its mentions and
 * tables are compared with the plain way of computing them: walk every node asking for block
 * breaks, flag each node by containment in a boilerplate root, match, then select, all at once.
 */
import "../testing/bundled-catalogue";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import {
  contextIndicatorIds,
  createMentionMatcher,
  detectLanguage,
  findBoilerplate,
  languageOfTag,
  selectPageMentions,
  type Mention,
  type TextSpan,
} from "@gapmap/core/tagging";
import { describe, expect, test } from "vitest";
import { findPageTables } from "./page-tables";
import { tagPage } from "./page-tagger";
import { appendChunk, emptyPageText, fullText, NODE_SEPARATOR, TextWalker } from "./text-walker";

// Node paths: happy-dom replaces the URL class with its own.
const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = join(HERE, "../../../../shared/fixtures/real");
const CORPUS = join(HERE, "../../../test/eval/corpus/files/pages");

const PAGES: readonly [string, string][] = [
  ["swissinfo fr", join(REAL, "swissinfo_asylum_positive_decisions_2014_fr.html")],
  ["swissinfo es", join(REAL, "swissinfo_asylum_positive_decisions_2014_es.html")],
  ["stocks by sex (tables)", join(CORPUS, "X80110+migration-visualization/stocks_by_sex.html")],
  ["flows by type (tables)", join(CORPUS, "X80110+migration-visualization/flows_by_type.html")],
  ["pew research", join(CORPUS, "codelucas+newspaper/pewresearch.org1.html")],
];

/** Puts the page into happy-dom's document: body markup and the declared language. */
function loadPage(html: string): void {
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

function referenceMentions(doc: Document): Mention[] {
  const roots = [...findBoilerplate(doc.body).keys()] as Element[];
  const lang = languageOfTag(doc.documentElement.lang)?.lang;
  const matcher = createMentionMatcher(getCatalogueIndex(), lang === undefined ? {} : { lang });
  const stream = matcher.createStream({ separator: NODE_SEPARATOR });
  const page = emptyPageText();
  const mentions: Mention[] = [];
  const spans: TextSpan[] = [];
  const walker = new TextWalker(doc.body, null);
  while (walker.advance()) {
    const node = walker.node as Text;
    mentions.push(...stream.push(walker.text, { breakBefore: walker.breakBefore() }));
    const start = appendChunk(page, node, walker.text);
    if (roots.some((root) => root.contains(node))) {
      const last = spans[spans.length - 1];
      if (last !== undefined && last.end + NODE_SEPARATOR.length >= start) {
        last.end = start + walker.text.length;
      } else spans.push({ start, end: start + walker.text.length });
    }
  }
  mentions.push(...stream.end());
  const text = fullText(page);
  const measures = new Map(getCatalogue().indicators.map((i) => [i.id, i.measure]));
  return selectPageMentions(mentions, text, {
    boilerplateSpans: spans,
    contextIds: contextIndicatorIds(getCatalogue()),
    measureOf: (id) => measures.get(id),
    // Language detection reads the text's first 20,000 characters, as the tagger's sample.
    lang: detectLanguage(text, doc.documentElement.lang || undefined).lang,
  });
}

describe("the sliced tagger reports what the plain computation does, on real pages", () => {
  test.each(PAGES)("%s", async (_name, path) => {
    const html = readFileSync(path, "utf8");
    loadPage(html);
    const expectedMentions = referenceMentions(document);
    // Table results are cached per element: fresh elements for the tagger's own analysis.
    const expectedTables = findPageTables(document).map((t) => t.info);
    loadPage(html);
    const tagged = await tagPage(document, null, []);
    expect(tagged.mentions).toEqual(expectedMentions);
    expect(tagged.state.tables).toEqual(expectedTables);
    // An honest comparison needs something to compare.
    expect(expectedMentions.length + expectedTables.length).toBeGreaterThan(0);
  });
});
