/**
 * The task that injects the content script, read from a Chrome trace of the page's renderer.
 * The page's long-task observer (tag-page.ts) did not list it in our runs (the content script
 * runs in the extension's isolated world): injections of 100+ ms at 1× CPU went unreported. A trace does see it: the main thread's task that evaluates the script,
 * the compile inside it, and (by difference) the script's top-level run (module setup).
 * Tracing only toplevel and devtools.timeline keeps its own cost small.
 */
import type { CDPSession } from "playwright-core";

// blink.user_timing: the content script's gapmap:* measures, so the pass's tasks can be placed
// (task-trace.ts).
const CATEGORIES = ["toplevel", "devtools.timeline", "blink.user_timing"];
/** The content script's file name (tagger.<hash>.js in the build). */
const CONTENT_SCRIPT = /\/tagger\.[^/]*\.js$/;
const TASK_EVENTS = new Set(["ThreadControllerImpl::RunTask", "RunTask"]);

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  cat?: string;
  id2?: { local?: string };
  id?: string;
  args?: { data?: { url?: string } };
}

export interface InjectionTask {
  /** The whole main-thread task, wall-clock ms (thread CPU ms in `cpu`). */
  taskMs: number;
  cpuMs: number;
  compileMs: number;
  /** Evaluating the script after its compile: module setup, wall-clock ms. */
  runMs: number;
}

export async function startInjectionTrace(cdp: CDPSession): Promise<void> {
  await cdp.send("Tracing.start", {
    transferMode: "ReturnAsStream",
    traceConfig: { includedCategories: CATEGORIES },
  });
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => {
    cdp.once("Tracing.tracingComplete", resolve);
  });
  await cdp.send("Tracing.end");
  const { stream } = await complete;
  if (stream === undefined) throw new Error("the browser returned no trace stream");
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  const trace = JSON.parse(chunks.join("")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

const ms = (us: number | undefined) => (us ?? 0) / 1000;
const contains = (outer: TraceEvent, inner: TraceEvent) =>
  outer.ts <= inner.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/** Ends the trace; its events. */
export const stopTrace = readTrace;

/** Ends the trace and finds the content script's injection task; undefined if none ran. */
export async function stopInjectionTrace(cdp: CDPSession): Promise<InjectionTask | undefined> {
  return injectionOf(await readTrace(cdp));
}

/** The content script's injection task in a trace's events; undefined if none ran. */
export function injectionOf(traceEvents: readonly TraceEvent[]): InjectionTask | undefined {
  const events = traceEvents.filter((e) => e.ph === "X");
  const ofScript = (name: string) =>
    events.find((e) => e.name === name && CONTENT_SCRIPT.test(e.args?.data?.url ?? ""));
  const evaluate = ofScript("EvaluateScript");
  if (evaluate === undefined) return undefined;
  const compile = ofScript("v8.compile");
  const task = events
    .filter((e) => e.tid === evaluate.tid && TASK_EVENTS.has(e.name) && contains(e, evaluate))
    .reduce<TraceEvent>((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a), evaluate);
  const compileMs = compile && contains(evaluate, compile) ? ms(compile.dur) : 0;
  return {
    taskMs: ms(task.dur),
    cpuMs: ms(task.tdur),
    compileMs,
    runMs: ms(evaluate.dur) - compileMs,
  };
}

export function describeInjection(task: InjectionTask | undefined): string {
  if (task === undefined) return "injection task not found in the trace";
  return `injection task ${task.taskMs.toFixed(0)} ms (thread CPU ${task.cpuMs.toFixed(0)} ms; compile ${task.compileMs.toFixed(0)} ms, module setup ${task.runMs.toFixed(0)} ms)`;
}
