/**
 * One tagging pass over the page: text → mentions (idle slices) → highlights; tables, links and
 * language alongside. Stored records are re-anchored and painted with their own highlight.
 */
import { findIndicator, getCatalogueIndex, type SourceRecord } from "@gapmap/core";
import { getTaggingEngine, type Mention } from "../engine/tagging-engine";
import type { PageState } from "../platform/messages";
import { findDownloadLinks } from "./download-links";
import { INDICATOR_HIGHLIGHT, RECORD_HIGHLIGHT, setHighlight } from "./highlight-registry";
import { forEachInIdleSlices } from "./idle-slices";
import { findPageTables } from "./page-tables";
import { collectPageText, rangeForOffsets, type PageText } from "./text-walker";

/** Characters of page text matched per idle slice; blocks end at node boundaries. */
const BLOCK_CHARS = 4000;

export interface TaggedPage {
  page: PageText;
  mentions: Mention[];
  state: PageState;
}

function textBlocks(page: PageText): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  for (const chunk of page.chunks) {
    const chunkEnd = chunk.start + (chunk.node.nodeValue?.length ?? 0);
    if (chunkEnd - start >= BLOCK_CHARS) {
      blocks.push({ start, end: chunkEnd });
      start = chunkEnd;
    }
  }
  if (start < page.text.length) blocks.push({ start, end: page.text.length });
  return blocks;
}

/** The page URL without its fragment: records are kept per document, not per anchor. */
export function documentUrl(url: string): string {
  return url.split("#")[0] ?? url;
}

export async function tagPage(
  doc: Document,
  ownHost: Element | null,
  records: readonly SourceRecord[],
): Promise<TaggedPage> {
  const engine = getTaggingEngine();
  const page = collectPageText(doc.body, ownHost);
  const matcher = engine.createMentionMatcher(getCatalogueIndex());
  const mentions: Mention[] = [];
  await forEachInIdleSlices(textBlocks(page), ({ start, end }) => {
    for (const m of matcher.findMentions(page.text.slice(start, end))) {
      mentions.push({ ...m, start: m.start + start, end: m.end + start });
    }
  });
  const ranges = mentions.flatMap((m) => rangeForOffsets(page, m.start, m.end) ?? []);
  setHighlight(doc, INDICATOR_HIGHLIGHT, ranges);

  const url = documentUrl(doc.location.href);
  const recordRanges: Range[] = [];
  const anchors = records
    .filter((r) => r.location.kind === "web" && documentUrl(r.location.url) === url)
    .map((record) => {
      const selectors = record.location.kind === "web" ? record.location.selectors : [];
      const result = engine.reanchor(page.text, selectors);
      if (result.start !== undefined && result.end !== undefined) {
        const range = rangeForOffsets(page, result.start, result.end);
        if (range) recordRanges.push(range);
      }
      return { recordId: record.id, status: result.status };
    });
  setHighlight(doc, RECORD_HIGHLIGHT, recordRanges);

  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const state: PageState = {
    url,
    title: doc.title,
    lang: engine.detectLanguage(page.text.slice(0, 20_000), doc.documentElement.lang),
    mentions: [...counts].map(([indicatorId, count]) => ({
      indicatorId,
      name: findIndicator(indicatorId)?.name ?? indicatorId,
      count,
    })),
    tables: findPageTables(doc).map((t) => t.info),
    downloads: findDownloadLinks(doc),
    records: anchors,
  };
  return { page, mentions, state };
}
