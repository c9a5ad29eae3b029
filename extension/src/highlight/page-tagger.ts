/**
 * One tagging pass over the page, in short slices: text nodes are fed to core's mention stream,
 * then the mentions near the viewport are painted (the rest as the view moves) while tables are
 * analysed; links and language alongside. Stored records are re-anchored against the joined page
 * text and painted with their own highlight.
 *
 * Total time runs from the start until every mention is found, the viewport's highlights have
 * been through a rendered frame, and every table is analysed.
 */
import { findIndicator, getCatalogue } from "../platform/catalogue";
import type { SourceRecord } from "@gapmap/core/inventory";
import {
  contextIndicatorIds,
  detectLanguageInSteps,
  reanchor,
  selectPageMentionsInSteps,
  type LanguageGuess,
  type Mention,
  type TextSpan,
} from "@gapmap/core/tagging";
import type { Measure } from "@gapmap/core/catalogue";
import { addSpan, boilerplateRoots } from "./boilerplate-spans";
import type { DownloadLink, PageState } from "../platform/messages";
import { findDownloadLinks } from "./download-links";
import {
  INDICATOR_HIGHLIGHT,
  prepareHighlights,
  RECORD_HIGHLIGHT,
  setHighlight,
} from "./highlight-registry";
import {
  nextSlice,
  runInIdleSlices,
  runStepsInIdleSlices,
  type IdleScheduler,
} from "./idle-slices";
import { matcherForPage } from "./page-matcher";
import {
  analyseTable,
  pathCacheFor,
  tableCandidates,
  tableSourceOf,
  type FoundTable,
  type TableSource,
} from "./page-tables";
import { isTableDetectionWarm, warmTableDetection } from "./table-warmup";
import {
  appendChunk,
  TextWalker,
  emptyPageText,
  fullText,
  joinPageTextInSteps,
  NODE_SEPARATOR,
  staticRangeForOffsets,
  type PageText,
} from "./text-walker";
import { highlightNearViewport, type ViewportHighlights } from "./viewport-highlights";

/** Language detection reads this much of the page: enough to tell, cheap on a 2 MB page. */
const LANGUAGE_SAMPLE_CHARS = 20_000;
const BLOCK_BREAK = { breakBefore: true } as const;
const SAME_BLOCK = { breakBefore: false } as const;
/** Text nodes walked between two looks at the clock: each takes microseconds, a look about as long. */
const TEXT_NODES_PER_CLOCK_READ = 16;

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

let contextIds: Set<string> | undefined;
let measures: Map<string, Measure> | undefined;

/** The page URL without its fragment: records are kept per document, not per anchor. */
export function documentUrl(url: string): string {
  return url.split("#")[0] ?? url;
}

// The highlights of the last pass follow the viewport until the next pass replaces them.
let painting: ViewportHighlights | undefined;

async function findMentions(
  doc: Document,
  ownHost: Element | null,
  schedule: IdleScheduler | undefined,
): Promise<{
  page: PageText;
  mentions: Mention[];
  lang: LanguageGuess;
  downloads: DownloadLink[];
}> {
  // Building the matcher (first pass), finding the boilerplate and starting the walk each took
  // a good part of a long task at 4× CPU throttling: each gets slices of its own.
  const steps = textSteps();
  const matcher = await matcherForPage(doc, schedule);
  const stream = matcher.createStream({ separator: NODE_SEPARATOR });
  steps.done("matcher");
  await nextSlice(schedule);
  const roots = await boilerplateRoots(doc.body, schedule);
  await nextSlice(schedule);
  const downloads = findDownloadLinks(doc.body);
  steps.done("boilerplate");
  await nextSlice(schedule);
  const page = emptyPageText();
  const mentions: Mention[] = [];
  // Menus, related lists, references: walked (anchors need their words), reporting nothing.
  const boilerplateSpans: TextSpan[] = [];
  // Every node's text as the walk read it: the page text is joined from these afterwards.
  const texts: string[] = [];
  let sampleNodes = 0;
  let sampled = 0;
  const walker = new TextWalker(doc.body, ownHost, roots);
  // Mentions stay offsets here; ranges are built only for those painted (see viewport-highlights).
  await runInIdleSlices(
    () => {
      const more = walker.advance();
      const found = !more
        ? stream.end()
        : stream.push(
            walker.text,
            // A block boundary matters only to a phrase still open; asking costs DOM lookups.
            stream.hasOpenPhrase() && walker.breakBefore() ? BLOCK_BREAK : SAME_BLOCK,
          );
      for (const m of found) mentions.push(m);
      if (!more) return false;
      const start = appendChunk(page, walker.node as Text, walker.text);
      if (walker.inBoilerplate) addSpan(boilerplateSpans, start, walker.text.length);
      texts.push(walker.text);
      if (sampled < LANGUAGE_SAMPLE_CHARS) {
        sampleNodes++;
        sampled += walker.text.length + NODE_SEPARATOR.length;
      }
      return true;
    },
    schedule,
    TEXT_NODES_PER_CLOCK_READ,
  );
  steps.done("walk");
  // Reading the catalogue (first pass) and joining the page text each get a slice of their own:
  // at 4× CPU throttling they made a long task together with the walk's last slice.
  await nextSlice(schedule);
  contextIds ??= contextIndicatorIds(getCatalogue());
  const measureOf = (measures ??= new Map(getCatalogue().indicators.map((i) => [i.id, i.measure])));
  await nextSlice(schedule);
  // The page's language and the indicators' measures, as `gapmap tag` gives them: a word-sense
  // rule holds for English only, and words naming a stock and a flow carry the runner-up.
  const lang = await runStepsInIdleSlices(
    detectLanguageInSteps(
      texts.slice(0, sampleNodes).join(NODE_SEPARATOR),
      doc.documentElement.lang || undefined,
    ),
    schedule,
  );
  const text = await runStepsInIdleSlices(joinPageTextInSteps(page, texts), schedule);
  steps.done("language-join");
  await nextSlice(schedule);
  // Choosing the reported mentions scans the whole text for figures: in slices too.
  const reported = await runStepsInIdleSlices(
    selectPageMentionsInSteps(mentions, text, {
      boilerplateSpans,
      contextIds,
      measureOf: (id) => measureOf.get(id),
      lang: lang.lang,
    }),
    schedule,
  );
  steps.done("select");
  return { page, mentions: reported, lang, downloads };
}

/** Stored records of this document, anchored again in the page text (and painted). */
export function anchorRecords(
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
  const ranges: StaticRange[] = [];
  const anchors = onThisPage.map((record) => {
    const selectors = record.location.kind === "web" ? record.location.selectors : [];
    const result = reanchor(text, selectors);
    if (result.start !== undefined && result.end !== undefined) {
      const range = staticRangeForOffsets(page, result.start, result.end);
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

/**
 * The text phase's parts on the page's performance timeline ("gapmap:text/walk" …), so the
 * benchmark can tell which part a long task fell in.
 */
function textSteps(): { done: (name: string) => void } {
  let from = performance.now();
  return {
    done(name) {
      const to = performance.now();
      if (typeof performance.measure === "function") {
        performance.measure(`gapmap:text/${name}`, { start: from, end: to });
      }
      from = to;
    },
  };
}

/** The phases on the page's performance timeline, for DevTools and the benchmark. */
function markPhases(times: {
  started: number;
  textDone: number;
  shownAt: number;
  tablesDone: number;
  ended: number;
}) {
  if (typeof performance.measure !== "function") return;
  const { started, textDone, shownAt, tablesDone, ended } = times;
  performance.measure("gapmap:text", { start: started, end: textDone });
  performance.measure("gapmap:highlight", { start: textDone, end: shownAt });
  performance.measure("gapmap:tables", { start: textDone, end: tablesDone });
  performance.measure("gapmap:tagging", { start: started, end: ended });
}

/**
 * Tables one step at a time: listing them is one native query; deciding whether an element holds
 * data, and reading it, happen in the steps. Table detection warms up in pieces before the first
 * table it reads (table-warmup.ts).
 */
async function analyseTables(doc: Document, schedule: IdleScheduler | undefined) {
  const tables: FoundTable[] = [];
  // The whole-page query starts a slice of its own, not the tail of the painting task.
  await nextSlice(schedule);
  const candidates = tableCandidates(doc);
  await nextSlice(schedule);
  const paths = pathCacheFor(candidates);
  let next = 0;
  let pending: TableSource | undefined;
  if (candidates.length > 0) {
    await runInIdleSlices(() => {
      if (pending === undefined) {
        const element = candidates[next++];
        if (element === undefined) return false;
        pending = tableSourceOf(element, paths);
        return pending !== undefined || next < candidates.length;
      }
      // Warm-up steps are short (a few ms at 1×): the slicer packs them by its deadline.
      if (!isTableDetectionWarm()) return warmTableDetection();
      const found = analyseTable(pending);
      pending = undefined;
      if (found) tables.push(found);
      return next < candidates.length;
    }, schedule);
  }
  return { tables, done: performance.now() };
}

export async function tagPage(
  doc: Document,
  ownHost: Element | null,
  records: readonly SourceRecord[],
  schedule?: IdleScheduler,
): Promise<TaggedPage> {
  const started = performance.now();
  prepareHighlights(doc);
  const { page, mentions, lang, downloads } = await findMentions(doc, ownHost, schedule);
  const textDone = performance.now();
  // Painting gets a task of its own, not the tail of the last text slice.
  await nextSlice(schedule);
  painting?.stop();
  painting = highlightNearViewport(doc, INDICATOR_HIGHLIGHT, page, mentions);
  painting.refresh();
  // Tables are read in slices while the browser renders the highlights between them.
  const [shownAt, { tables, done: tablesDone }] = await Promise.all([
    painting.firstShown(),
    analyseTables(doc, schedule),
  ]);
  const restStarted = performance.now();
  const url = documentUrl(doc.location.href);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  // Each remaining piece in its own slice: together they exceeded a long task on big pages.
  await nextSlice(schedule);
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
    downloads,
    records: anchorRecords(doc, page, records, url),
  };
  const ended = performance.now();
  const phases = {
    text: textDone - started,
    /** Until the viewport's highlights went through a rendered frame (tables ran meanwhile). */
    highlight: shownAt - textDone,
    tables: tablesDone - textDone,
    rest: ended - restStarted,
  };
  markPhases({ started, textDone, shownAt, tablesDone, ended });
  return { page, mentions, tables, state, elapsedMs: ended - started, phases };
}
