/**
 * One tagging pass over the page, in short slices: text nodes are fed to core's mention stream,
 * then the mentions near the viewport are painted (the rest as the view moves) while tables are
 * analysed; links and language alongside. Stored records are re-anchored against the joined page
 * text and painted with their own highlight.
 *
 * Total time runs from the start until every mention is found, the viewport's highlights have
 * been through a rendered frame, and every table is analysed.
 */
import { findIndicator, prepareCatalogueInSteps } from "../platform/catalogue";
import type { SourceRecord } from "@gapmap/core/inventory";
import { reanchor, type LanguageGuess, type Mention } from "@gapmap/core/tagging";
import { openHostSession } from "../host/host-client";
import { reportMentionsInSteps, streamMentionsInSteps } from "../host/text-engine";
import { boilerplateRoots, boilerplateSpansInSteps } from "./boilerplate-spans";
import type { DownloadLink, PageState } from "../platform/messages";
import { findDownloadLinks } from "./download-links";
import {
  INDICATOR_HIGHLIGHT,
  prepareHighlights,
  RECORD_HIGHLIGHT,
  setHighlight,
} from "./highlight-registry";
import {
  interleavingScheduler,
  nextSlice,
  runInIdleSlices,
  runStepsInIdleSlices,
  type IdleScheduler,
} from "./idle-slices";
import { matcherForPage } from "./page-matcher";
import type { FoundTable } from "./page-tables";
import { tablePass } from "./table-pass";
import {
  appendChunk,
  BlockBreaks,
  TextWalker,
  emptyPageText,
  fullText,
  keepFullText,
  staticRangeForOffsets,
  type PageText,
} from "./text-walker";
import { highlightNearViewport, type ViewportHighlights } from "./viewport-highlights";

/**
 * Texts per message to the engine host: copying one message's texts is a short piece of a walk
 * slice (one message of a 2 MB page's 50,000 texts was a 50–150 ms task).
 */
const TEXTS_PER_HOST_MESSAGE = 2048;
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

/** The page's language as the state reports it. */
type PageLanguage = Omit<LanguageGuess, "lang" | "script"> & {
  lang: string;
  script?: string | undefined;
};

/** The page URL without its fragment: records are kept per document, not per anchor. */
export function documentUrl(url: string): string {
  return url.split("#")[0] ?? url;
}

// The highlights of the last pass follow the viewport until the next pass replaces them.
let painting: ViewportHighlights | undefined;

/**
 * The text phase: the boilerplate and the walk read the DOM here; matching, selection and
 * language run in the warm engine host when one answers (host/), else here, by the same steps.
 */
async function findMentions(
  doc: Document,
  ownHost: Element | null,
  schedule: IdleScheduler | undefined,
  whileHostFinishes: () => void,
): Promise<{
  page: PageText;
  mentions: Mention[];
  lang: PageLanguage;
  downloads: DownloadLink[];
  /** Milliseconds the page waited for the host after its walk and boilerplate; undefined: none answered. */
  hostWaitMs?: number;
}> {
  const steps = textSteps();
  const declaredLang = doc.documentElement.lang || undefined;
  // Starting the walk and finding the boilerplate each took a good part of a long task at 4×
  // CPU throttling: each gets slices of its own.
  await nextSlice(schedule);
  const page = emptyPageText();
  // Every node's text as the walk read it: matched, and joined into the page text.
  const texts: string[] = [];
  // Block breaks matter only where a phrase is still open at a node boundary: looked up then.
  const blocks = new BlockBreaks(page, doc.body);
  const breakBefore = (i: number) => blocks.breakBefore(i);
  // The warm host matches the texts as they are read (host/); the page waits only at the end.
  const host = openHostSession(declaredLang, breakBefore);
  let sent = 0;
  const walker = new TextWalker(doc.body, ownHost);
  // Mentions stay offsets here; ranges are built only for those painted (see viewport-highlights).
  await runInIdleSlices(
    () => {
      if (!walker.advance()) return false;
      appendChunk(page, walker.node as Text, walker.text);
      texts.push(walker.text);
      if (host !== undefined && texts.length - sent >= TEXTS_PER_HOST_MESSAGE) {
        host.sendTexts(texts.slice(sent));
        sent = texts.length;
      }
      return true;
    },
    schedule,
    TEXT_NODES_PER_CLOCK_READ,
  );
  host?.sendTexts(texts.slice(sent));
  host?.walked();
  steps.done("walk");
  // While the host matches: menus, related lists, references (walked, as anchors need their
  // words, but reporting nothing); only the selection at the end needs them.
  await nextSlice(schedule);
  const roots = await boilerplateRoots(doc.body, schedule);
  const boilerplateSpans = await runStepsInIdleSlices(
    boilerplateSpansInSteps(page, roots),
    schedule,
  );
  await nextSlice(schedule);
  const downloads = findDownloadLinks(doc.body);
  steps.done("boilerplate");
  const waitFrom = performance.now();
  const answer = host?.finish(boilerplateSpans);
  // The page would idle until the host answers: its tables are read meanwhile.
  if (answer !== undefined) whileHostFinishes();
  const hosted = await answer;
  steps.done("host");
  if (hosted !== undefined) {
    const hostWaitMs = performance.now() - waitFrom;
    return { page, mentions: hosted.mentions, lang: hosted.lang, downloads, hostWaitMs };
  }
  const input = { texts, boilerplateSpans, declaredLang };
  // No host: the same steps here, in slices (the matcher is built on the first pass).
  const matcher = await matcherForPage(declaredLang, schedule);
  steps.done("matcher");
  await nextSlice(schedule);
  const found = await runStepsInIdleSlices(
    streamMentionsInSteps(matcher, texts, breakBefore, []),
    schedule,
  );
  steps.done("stream");
  await nextSlice(schedule);
  const { mentions, lang, text } = await runStepsInIdleSlices(
    reportMentionsInSteps(input, found),
    schedule,
  );
  keepFullText(page, text);
  steps.done("select");
  return { page, mentions, lang, downloads };
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
  tablesStarted: number;
  tablesDone: number;
  ended: number;
}) {
  if (typeof performance.measure !== "function") return;
  const { started, textDone, shownAt, tablesStarted, tablesDone, ended } = times;
  performance.measure("gapmap:text", { start: started, end: textDone });
  performance.measure("gapmap:highlight", { start: textDone, end: shownAt });
  performance.measure("gapmap:tables", { start: tablesStarted, end: tablesDone });
  performance.measure("gapmap:tagging", { start: started, end: ended });
}

export async function tagPage(
  doc: Document,
  ownHost: Element | null,
  records: readonly SourceRecord[],
  schedule?: IdleScheduler,
): Promise<TaggedPage> {
  const started = performance.now();
  prepareHighlights(doc);
  const tablesRead = tablePass(doc, schedule);
  // The catalogue (indicator names, for the state) is made ready while the page would idle for
  // the host, in slices that let the host's messages in: after the tables it lengthened the pass.
  let catalogueReady: Promise<void> | undefined;
  const prepareCatalogue = (slices = schedule) =>
    (catalogueReady ??= runStepsInIdleSlices(prepareCatalogueInSteps(), slices));
  const { page, mentions, lang, downloads, hostWaitMs } = await findMentions(
    doc,
    ownHost,
    schedule,
    () => {
      tablesRead.start();
      // A failure is reported where the state needs the catalogue (awaited below).
      prepareCatalogue(schedule ?? interleavingScheduler()).catch(() => undefined);
    },
  );
  const textDone = performance.now();
  // Painting gets a task of its own, not the tail of the last text slice.
  await nextSlice(schedule);
  painting?.stop();
  painting = highlightNearViewport(doc, INDICATOR_HIGHLIGHT, page, mentions);
  painting.refresh();
  // Tables are read in slices while the browser renders the highlights between them.
  const [shownAt, { tables, started: tablesStarted, done: tablesDone }] = await Promise.all([
    painting.firstShown(),
    tablesRead.result(),
  ]);
  const restStarted = performance.now();
  const url = documentUrl(doc.location.href);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  // Each remaining piece in its own slice: together they exceeded a long task on big pages.
  // The catalogue is ready unless no host answered (then the page matched with it already).
  await prepareCatalogue();
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
    /** From reading the first table (while the host finished the text, when one answered). */
    tables: tablesDone - tablesStarted,
    rest: ended - restStarted,
    /** Of the text phase, waiting for the engine host after the walk (only when it answered). */
    ...(hostWaitMs === undefined ? {} : { hostWait: hostWaitMs }),
  };
  markPhases({ started, textDone, shownAt, tablesStarted, tablesDone, ended });
  return { page, mentions, tables, state, elapsedMs: ended - started, phases };
}
