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
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "blink.user_timing",
  // V8's sampling profiler: ProfileChunk events name the functions a long task ran (task-trace.ts).
  "disabled-by-default-v8.cpu_profiler",
  ...(process.env["GAPMAP_TRACE_MORE"]
    ? ["v8", "disabled-by-default-devtools.timeline", "blink"]
    : []),
];
/**
 * The content script's files (content/tagger.js in the build, the layers of code before it,
 * content/tagger-<layer>.js, and the catalogue's data files; see content-script-files.ts).
 */
const CONTENT_SCRIPT = /\/(tagger(?:-[a-z0-9]+)*)(?:\.[0-9a-f]+)?\.js$/;
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
  /** The injected file's name without its hash (tagger, tagger-catalogue-1, …). */
  file: string;
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

/** Ends the trace and finds the content script's injection tasks, one per injected file. */
export async function stopInjectionTrace(cdp: CDPSession): Promise<InjectionTask[]> {
  return injectionOf(await readTrace(cdp));
}

/** The content script's injection tasks in a trace's events, in order; none if none ran. */
export function injectionOf(traceEvents: readonly TraceEvent[]): InjectionTask[] {
  const events = traceEvents.filter((e) => e.ph === "X");
  const ofScript = (name: string, url: string) =>
    events.filter((e) => e.name === name && e.args?.data?.url === url);
  const evaluations = events
    .filter((e) => e.name === "EvaluateScript" && CONTENT_SCRIPT.test(e.args?.data?.url ?? ""))
    .sort((a, b) => a.ts - b.ts);
  return evaluations.map((evaluate) => {
    const url = evaluate.args?.data?.url ?? "";
    const compile = ofScript("v8.compile", url).find((c) => contains(evaluate, c));
    const task = events
      .filter((e) => e.tid === evaluate.tid && TASK_EVENTS.has(e.name) && contains(e, evaluate))
      .reduce<TraceEvent>((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a), evaluate);
    const compileMs = compile ? ms(compile.dur) : 0;
    return {
      file: CONTENT_SCRIPT.exec(url)?.[1] ?? url,
      taskMs: ms(task.dur),
      cpuMs: ms(task.tdur),
      compileMs,
      runMs: ms(evaluate.dur) - compileMs,
    };
  });
}

/** The longest injection task (what the 50 ms budget is about). */
export function longestInjection(tasks: InjectionTask[]): number {
  return Math.max(0, ...tasks.map((t) => t.taskMs));
}

export function describeInjection(tasks: InjectionTask[]): string {
  if (tasks.length === 0) return "injection task not found in the trace";
  const each = tasks.map(
    (t) =>
      `${t.file} ${t.taskMs.toFixed(0)} ms (thread CPU ${t.cpuMs.toFixed(0)} ms; compile ${t.compileMs.toFixed(0)} ms, module setup ${t.runMs.toFixed(0)} ms)`,
  );
  const total = tasks.reduce((sum, t) => sum + t.taskMs, 0);
  return `injection: ${tasks.length} task${tasks.length > 1 ? "s" : ""}, longest ${longestInjection(tasks).toFixed(0)} ms (target ≤ 50), together ${total.toFixed(0)} ms: ${each.join("; ")}`;
}
