/**
 * The tagging pass's tables, one step at a time: listing them is one native query; deciding
 * whether an element holds data, and reading it, happen in the steps. The readings go to the
 * warm table host in batches as they are read (host/table-client.ts), so the page can read them
 * while the engine host finishes the text and analyse none itself; whatever the host does not
 * answer is analysed here, after table detection warms up in pieces (table-warmup.ts).
 */
import { openTableHost, type TableHost } from "../host/table-client";
import type { PageTable } from "../platform/messages";
import {
  interleavingScheduler,
  nextSlice,
  runInIdleSlices,
  type IdleScheduler,
} from "./idle-slices";
import {
  pathCacheFor,
  readTable,
  rememberTable,
  tableCandidates,
  tableSourceOf,
  type FoundTable,
  type TableSource,
} from "./page-tables";
import { analyseTableReading, type TableReading } from "./table-analysis";
import { isTableDetectionWarm, warmTableDetection } from "./table-warmup";

/** Tables per message to the host: a batch is one task there, short enough to interleave. */
const TABLES_PER_BATCH = 16;
/** Cells per message: one big table makes a batch of its own. */
const CELLS_PER_BATCH = 4096;

/** A table read and not analysed yet: where its result goes, once the host or the page did. */
interface Unanalysed {
  slot: number;
  source: TableSource;
  key: string;
  reading: TableReading;
  done?: true;
}

/**
 * How long the page waits, once it needs the tables, for a host that has not answered a single
 * batch yet: it is busy (a browser just started: warming up) and the page analyses them itself.
 * A host that answers is waited for: it answers the rest faster than the page would.
 */
const SILENT_HOST_GRACE_MS = 50;

export interface TablesDone {
  tables: FoundTable[];
  /** performance.now() when the pass started. */
  started: number;
  /** performance.now() when the last table was analysed. */
  done: number;
}

export interface TablePass {
  /** Starts reading the tables (again: nothing). */
  start: () => void;
  /** Every data table, in document order; starts the pass if it has not started. */
  result: () => Promise<TablesDone>;
}

/**
 * The tables of `doc`. Read by `schedule` when given (tests), else in slices that let the
 * engine host's port messages in between (the pass may start while the host finishes the text).
 */
export function tablePass(doc: Document, schedule?: IdleScheduler): TablePass {
  let running: Promise<TablesDone> | undefined;
  let markNeeded = () => {};
  const needed = new Promise<void>((resolve) => {
    markNeeded = resolve;
  });
  const start = () => (running ??= runTables(doc, schedule, needed));
  return {
    start: () => void start(),
    result: () => {
      markNeeded();
      return start();
    },
  };
}

async function runTables(
  doc: Document,
  schedule: IdleScheduler | undefined,
  needed: Promise<void>,
): Promise<TablesDone> {
  const started = performance.now();
  const reading = schedule ?? interleavingScheduler();
  // The whole-page query starts a slice of its own, not the tail of another task.
  await nextSlice(reading);
  const candidates = tableCandidates(doc);
  await nextSlice(reading);
  const paths = pathCacheFor(candidates);
  // Opened for the first table to analyse: an unchanged page's re-tag sends nothing.
  const link: { host?: TableHost | undefined } = {};
  const slots: (FoundTable | undefined)[] = [];
  const settle = (t: Unanalysed, info: PageTable | undefined) => {
    if (t.done) return;
    t.done = true;
    slots[t.slot] = rememberTable(t.source, t.key, info);
  };
  const unanalysed: Unanalysed[] = [];
  const answers: Promise<void>[] = [];
  let heard = false;
  let batch: Unanalysed[] = [];
  let cells = 0;
  const send = () => {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    cells = 0;
    unanalysed.push(...sent);
    if (!("host" in link)) link.host = openTableHost();
    const answer = link.host?.analyse(sent.map((t) => t.reading));
    answers.push(
      (answer ?? Promise.resolve(undefined)).then((results) => {
        heard = true;
        sent.forEach((t, i) => {
          if (results !== undefined) settle(t, results[i]);
        });
      }),
    );
  };
  let next = 0;
  if (candidates.length > 0) {
    await runInIdleSlices(() => {
      const element = candidates[next++];
      if (element === undefined) return false;
      const source = tableSourceOf(element, paths);
      const read = source && readTable(source);
      if (source !== undefined && read !== undefined) {
        if ("reading" in read) {
          batch.push({ slot: slots.push(undefined) - 1, source, ...read });
          for (const row of read.reading.description.rows) cells += row.cells.length;
          if (batch.length >= TABLES_PER_BATCH || cells >= CELLS_PER_BATCH) send();
        } else slots.push(read.cached);
      }
      return next < candidates.length;
    }, reading);
  }
  send();
  link.host?.close();
  const answered = Promise.all(answers);
  const silent = async () => {
    await needed;
    await new Promise((resolve) => setTimeout(resolve, SILENT_HOST_GRACE_MS));
    if (heard) await answered;
  };
  await Promise.race([answered, silent()]);
  // What the host did not analyse (or not yet: its answers still count while the page works).
  await analyseHere(unanalysed, settle, schedule);
  return { tables: slots.flatMap((t) => t ?? []), started, done: performance.now() };
}

/** The tables nobody analysed yet, here, each step one table or a warm-up step. */
async function analyseHere(
  tables: Unanalysed[],
  settle: (t: Unanalysed, info: PageTable | undefined) => void,
  schedule: IdleScheduler | undefined,
): Promise<void> {
  let next = 0;
  const skipDone = () => {
    while (tables[next]?.done === true) next++;
    return next < tables.length;
  };
  if (!skipDone()) return;
  await runInIdleSlices(() => {
    if (!skipDone()) return false;
    // Warm-up steps are short (a few ms at 1×): the slicer packs them by its deadline.
    if (!isTableDetectionWarm()) return warmTableDetection();
    const t = tables[next++];
    if (t !== undefined) settle(t, analyseTableReading(t.reading));
    return skipDone();
  }, schedule);
}
