// @vitest-environment happy-dom
/**
 * The tagger's speed-ups (sliced walk, parent lookups only when a phrase is open, boilerplate
 * spans found after the walk …) must not change what it reports. On real pages, its mentions and
 * tables are compared with the plain way of computing them: walk every node asking for block
 * breaks, flag each node by containment in a boilerplate root, match, then select, all at once.
 */
import "../testing/bundled-catalogue";
import { loadPage, REAL_PAGES } from "../testing/real-pages";
import { readFileSync } from "node:fs";
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
  test.each(REAL_PAGES)("%s", async (_name, path) => {
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
