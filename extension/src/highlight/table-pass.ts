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

/** A table read and not analysed yet: where its result goes. */
interface Unanalysed {
  slot: number;
  source: TableSource;
  key: string;
  reading: TableReading;
}

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
  const start = () => (running ??= runTables(doc, schedule));
  return {
    start: () => void start(),
    result: start,
  };
}

async function runTables(doc: Document, schedule: IdleScheduler | undefined): Promise<TablesDone> {
  const started = performance.now();
  const reading = schedule ?? interleavingScheduler();
  // The whole-page query starts a slice of its own, not the tail of another task.
  await nextSlice(reading);
  const candidates = tableCandidates(doc);
  await nextSlice(reading);
  const paths = pathCacheFor(candidates);
  const host = candidates.length > 0 ? openTableHost() : undefined;
  const slots: (FoundTable | undefined)[] = [];
  const left: Unanalysed[] = [];
  const answers: Promise<void>[] = [];
  let batch: Unanalysed[] = [];
  let cells = 0;
  const send = () => {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    cells = 0;
    answers.push(analyseInHost(host, sent, slots, left));
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
  host?.close();
  await Promise.all(answers);
  if (left.length > 0) await analyseHere(left, slots, schedule);
  return { tables: slots.flatMap((t) => t ?? []), started, done: performance.now() };
}

/** One batch through the host; what it does not answer goes to `left`. */
async function analyseInHost(
  host: TableHost | undefined,
  batch: Unanalysed[],
  slots: (FoundTable | undefined)[],
  left: Unanalysed[],
): Promise<void> {
  const results = await host?.analyse(batch.map((t) => t.reading));
  if (results === undefined) {
    left.push(...batch);
    return;
  }
  batch.forEach((t, i) => {
    slots[t.slot] = remember(t, results[i]);
  });
}

const remember = (t: Unanalysed, info: PageTable | undefined) =>
  rememberTable(t.source, t.key, info);

/** The tables the host did not analyse, here, each step one table or a warm-up step. */
async function analyseHere(
  left: Unanalysed[],
  slots: (FoundTable | undefined)[],
  schedule: IdleScheduler | undefined,
): Promise<void> {
  let next = 0;
  await runInIdleSlices(() => {
    // Warm-up steps are short (a few ms at 1×): the slicer packs them by its deadline.
    if (!isTableDetectionWarm()) return warmTableDetection();
    const t = left[next++];
    if (t !== undefined) slots[t.slot] = remember(t, analyseTableReading(t.reading));
    return next < left.length;
  }, schedule);
}
