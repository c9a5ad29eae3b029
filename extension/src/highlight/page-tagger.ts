/**
 * One tagging pass over the page: text nodes are fed to core's mention stream in idle slices,
 * their ranges built there and painted once at the end; tables, links and language alongside. Stored records are
 * re-anchored against the joined page text and painted with their own highlight.
 */
import { findIndicator } from "@gapmap/core/catalogue";
import type { SourceRecord } from "@gapmap/core/inventory";
import {
  createMentionMatcher,
  detectLanguage,
  reanchor,
  type Mention,
  type MentionMatcher,
} from "@gapmap/core/tagging";
import type { PageState } from "../platform/messages";
import { findDownloadLinks } from "./download-links";
import { INDICATOR_HIGHLIGHT, RECORD_HIGHLIGHT, setHighlight } from "./highlight-registry";
import { forEachInIdleSlices, runInIdleSlices, type IdleScheduler } from "./idle-slices";
import { analyseTable, listTableSources, type FoundTable } from "./page-tables";
import {
  appendChunk,
  createTextWalker,
  emptyPageText,
  fullText,
  NODE_SEPARATOR,
  rangeForOffsets,
  type PageText,
} from "./text-walker";

/** Language detection reads this much of the page: enough to tell, cheap on a 2 MB page. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

export interface TaggedPage {
  page: PageText;
  mentions: Mention[];
  tables: FoundTable[];
  state: PageState;
  /** Wall-clock milliseconds of the whole pass (idle gaps included). */
  elapsedMs: number;
  /** Wall-clock milliseconds by phase. */
  phases: Record<string, number>;
}

// The phrase trie is built once per content script, not per pass.
let matcher: MentionMatcher | undefined;

/** The page URL without its fragment: records are kept per document, not per anchor. */
export function documentUrl(url: string): string {
  return url.split("#")[0] ?? url;
}

async function findMentions(
  doc: Document,
  ownHost: Element | null,
  schedule: IdleScheduler | undefined,
): Promise<{ page: PageText; mentions: Mention[]; sample: string; highlightMs: number }> {
  matcher ??= createMentionMatcher();
  const stream = matcher.createStream({ separator: NODE_SEPARATOR });
  const page = emptyPageText();
  const mentions: Mention[] = [];
  // Ranges are built in the slices but registered once at the end: Chromium re-validates every
  // range of a highlight whenever it changes, so adding them slice by slice costs n² work.
  const ranges: Range[] = [];
  const take = (found: readonly Mention[]) => {
    for (const m of found) {
      mentions.push(m);
      const range = rangeForOffsets(page, m.start, m.end);
      if (range) ranges.push(range);
    }
  };
  const sampleParts: string[] = [];
  let sampled = 0;
  const next = createTextWalker(doc.body, ownHost);
  await runInIdleSlices(() => {
    const walked = next();
    if (walked === undefined) {
      take(stream.end());
      return false;
    }
    const text = walked.node.nodeValue ?? "";
    appendChunk(page, walked.node);
    if (sampled < LANGUAGE_SAMPLE_CHARS) {
      sampleParts.push(text);
      sampled += text.length + NODE_SEPARATOR.length;
    }
    take(stream.push(text, { breakBefore: walked.breakBefore }));
    return true;
  }, schedule);
  const painted = performance.now();
  setHighlight(doc, INDICATOR_HIGHLIGHT, ranges);
  const highlightMs = performance.now() - painted;
  return { page, mentions, sample: sampleParts.join(NODE_SEPARATOR), highlightMs };
}

function anchorRecords(
  doc: Document,
  page: PageText,
  records: readonly SourceRecord[],
  url: string,
) {
  const onThisPage = records.filter(
    (r) => r.location.kind === "web" && documentUrl(r.location.url) === url,
  );
  // Joining the whole text costs a copy of the page; only anchoring needs it.
  const text = onThisPage.length > 0 ? fullText(page) : "";
  const ranges: Range[] = [];
  const anchors = onThisPage.map((record) => {
    const selectors = record.location.kind === "web" ? record.location.selectors : [];
    const result = reanchor(text, selectors);
    if (result.start !== undefined && result.end !== undefined) {
      const range = rangeForOffsets(page, result.start, result.end);
      if (range) ranges.push(range);
    }
    return {
      recordId: record.id,
      status: result.status,
      ...(result.method === undefined ? {} : { method: result.method }),
    };
  });
  setHighlight(doc, RECORD_HIGHLIGHT, ranges);
  return anchors;
}

export async function tagPage(
  doc: Document,
  ownHost: Element | null,
  records: readonly SourceRecord[],
  schedule?: IdleScheduler,
): Promise<TaggedPage> {
  const started = performance.now();
  const { page, mentions, sample, highlightMs } = await findMentions(doc, ownHost, schedule);
  const textDone = performance.now();
  const tables: FoundTable[] = [];
  await forEachInIdleSlices(
    listTableSources(doc),
    (source) => {
      const found = analyseTable(source);
      if (found) tables.push(found);
    },
    schedule,
  );
  const tablesDone = performance.now();
  const url = documentUrl(doc.location.href);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const lang = detectLanguage(sample, doc.documentElement.lang || undefined);
  const state: PageState = {
    url,
    title: doc.title,
    lang: { lang: lang.lang, source: lang.source, confidence: lang.confidence },
    mentions: [...counts].map(([indicatorId, count]) => ({
      indicatorId,
      name: findIndicator(indicatorId)?.name ?? indicatorId,
      count,
    })),
    tables: tables.map((t) => t.info),
    downloads: findDownloadLinks(doc),
    records: anchorRecords(doc, page, records, url),
  };
  const ended = performance.now();
  const phases = {
    text: textDone - started - highlightMs,
    highlight: highlightMs,
    tables: tablesDone - textDone,
    rest: ended - tablesDone,
  };
  return { page, mentions, tables, state, elapsedMs: ended - started, phases };
}
