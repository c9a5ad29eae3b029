/**
 * Warming the table host before any page asks: table detection's lookup structures and code
 * (the page's own warm-up steps, highlight/table-warmup.ts), then a page's worth of small tables
 * through the table session a few times, so that V8 has compiled and optimised what a page's
 * first batch runs. Results are not kept: analysis has no cache.
 */
import { warmTableDetection } from "../highlight/table-warmup";
import type { TableReading } from "../highlight/table-analysis";
import { tableSession } from "./table-session";

/** Runs of the warm-up tables through a session: V8 optimises the analysis by then. */
const WARM_RUNS = 6;
/** Tables per run: as many as a page's batch holds. */
const TABLES_PER_RUN = 16;

const YEARS = ["2019", "2020", "2021", "2022"];
const ROW_LABELS = ["Syria", "Eritrea", "Afghanistan", "Total", "Other"];

/** A small table of figures by citizenship and year, named as pages name them. */
function warmReading(i: number): TableReading {
  const header = ["Citizenship", ...YEARS].map((text) => ({
    text,
    colSpan: 1,
    rowSpan: 1,
    header: true,
  }));
  const rows = ROW_LABELS.map((label, r) => ({
    cells: [label, ...YEARS.map((_, k) => String((i * 7 + r * 13 + k * 101) % 9000))].map(
      (text) => ({ text, colSpan: 1, rowSpan: 1, header: false }),
    ),
  }));
  const named = i % 2 === 0 ? { heading: `Asylum applications, table ${i}` } : {};
  return {
    selector: `table:nth-of-type(${i + 1})`,
    source: "table",
    description: { rows: [{ cells: header }, ...rows] },
    ...named,
  };
}

/** Milliseconds of warm-up per task: a page's request waits at most this long behind one. */
const TASK_MS = 8;

/** The warm-up's steps in order; each returns false once it has nothing more to do. */
function warmUpSteps(): (() => boolean)[] {
  let run = 0;
  return [
    warmTableDetection,
    () => {
      const session = tableSession();
      const readings = Array.from({ length: TABLES_PER_RUN }, (_, i) => warmReading(i));
      // As a page's batch arrives: a copy through JSON.
      session(
        JSON.parse(JSON.stringify({ type: "gapmap/host-analyse-tables", batch: run, readings })),
      );
      return ++run < WARM_RUNS;
    },
  ];
}

let warmed = false;

/** The table host's warm-up has run to its end. */
export function isTableHostWarm(): boolean {
  return warmed;
}

/**
 * Runs the warm-up in tasks of about TASK_MS on a MessageChannel (a hidden document's timers
 * may be throttled); resolves with the milliseconds from start to end.
 */
export function warmTableHost(steps = warmUpSteps()): Promise<number> {
  const started = performance.now();
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      const until = performance.now() + TASK_MS;
      while (steps.length > 0 && performance.now() < until) {
        if (steps[0]?.() !== true) steps.shift();
      }
      if (steps.length > 0) {
        channel.port2.postMessage(null);
        return;
      }
      channel.port1.close();
      warmed = true;
      resolve(performance.now() - started);
    };
    channel.port2.postMessage(null);
  });
}
