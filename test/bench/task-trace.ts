/**
 * The first pass's tasks by the main thread's CPU time, read from the same Chrome trace as the
 * injection task (injection-trace.ts). The page's long-task observer gives wall-clock lengths,
 * which a loaded machine inflates (the renderer waits for a core); a task's thread time does not
 * wait. At 4× CPU throttling the throttler keeps the thread busy while it holds it back, so a
 * task's thread time there is close to its length on a slow machine of its own.
 * Each task is labelled with the content script's gapmap:* measures it overlaps.
 * A task includes the microtask checkpoint that follows it: the content script's slices run
 * there (a scheduler.yield() continuation resumes in a checkpoint the trace shows after its
 * task, not inside it), so counting task events alone missed nearly all of the pass's script.
 */
import type { TraceEvent } from "./injection-trace";
import { samplesOf, topFunctions } from "./profile-samples";

const TASK_EVENTS = new Set(["ThreadControllerImpl::RunTask", "RunTask"]);
/**
 * The microtask checkpoint after a task, where a yielding continuation (scheduler.yield()) runs
 * the content script's slices: in the trace it follows its task rather than nesting inside it.
 */
const CHECKPOINT = "BlinkScheduler_PerformMicrotaskCheckpoint";
/** A checkpoint starting within this many µs of a task's end belongs to that task. */
const CHECKPOINT_GAP_US = 200;
const USER_TIMING = "blink.user_timing";

export interface TracedTasks {
  /** Thread CPU ms of the pass's longest task. */
  longestCpuMs: number;
  /** Thread CPU ms of all the pass's tasks together: compare changes by it on a busy machine. */
  totalCpuMs: number;
  /** How many tasks took at least `minCpuMs` of thread CPU. */
  over: number;
  /** The longest tasks by thread CPU (up to TOP_TASKS, or as asked): CPU ms, wall ms, the measures they overlap. */
  top: { cpuMs: number; wallMs: number; phases: string; inside: string; functions: string }[];
}

/** The longest tasks listed, whatever their length: where the next long task would come from. */
const TOP_TASKS = 5;
/** The longest trace events inside each of those tasks, by name (wall ms of the longest of each). */
const INSIDE_EVENTS = 3;
/**
 * The functions with the most self time in each of those tasks (from the sampling profiler);
 * GAPMAP_TOP_FUNCTIONS lists more, to name what a long task ran.
 */
const TOP_FUNCTIONS = Number(process.env["GAPMAP_TOP_FUNCTIONS"] ?? "4");

type Span = [name: string, from: number, to: number];

/** The gapmap:* measures in the trace (nestable async begin/end pairs), trace clock µs. */
function measuresOf(events: readonly TraceEvent[]): Span[] {
  const open = new Map<string, TraceEvent>();
  const spans: Span[] = [];
  for (const e of events) {
    if (e.cat !== USER_TIMING || !e.name.startsWith("gapmap:")) continue;
    const key = `${e.name}\u0000${e.id2?.local ?? e.id ?? ""}`;
    if (e.ph === "b") open.set(key, e);
    else if (e.ph === "e") {
      const begin = open.get(key);
      if (begin !== undefined) spans.push([e.name.slice(7), begin.ts, e.ts]);
      open.delete(key);
    }
  }
  return spans;
}

/**
 * The tasks with the checkpoints that follow them merged in (a checkpoint inside a task is
 * counted in it already); a checkpoint with no task just before it stands alone.
 */
function withCheckpoints(
  tasks: readonly TraceEvent[],
  checkpoints: readonly TraceEvent[],
): TraceEvent[] {
  const endOf = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const merged = tasks.map((t) => ({ ...t, end: endOf(t), owns: false }));
  for (const c of checkpoints) {
    if (merged.some((t) => t.ts <= c.ts && endOf(c) <= t.end)) continue;
    // The task that ended last before the checkpoint, if just before it and not merged yet.
    let owner: (typeof merged)[number] | undefined;
    for (const t of merged)
      if (t.end <= c.ts && (owner === undefined || t.end > owner.end)) owner = t;
    if (owner === undefined || owner.owns || c.ts - owner.end > CHECKPOINT_GAP_US) {
      merged.push({ ...c, end: endOf(c), owns: true });
      continue;
    }
    owner.owns = true;
    owner.dur = endOf(c) - owner.ts;
    owner.tdur = (owner.tdur ?? 0) + (c.tdur ?? 0);
  }
  return merged;
}

/**
 * The main-thread tasks inside the pass (its `gapmap:tagging` measure, or the gapmap:* measure
 * named by `measure`), or with `before`, those from the start of the trace to the pass
 * (injection, messaging, the session's set-up: what the page's long-task observer calls
 * "outside tagging"); undefined without the measure.
 */
export function tasksOfPass(
  events: readonly TraceEvent[],
  minCpuMs: number,
  {
    before = false,
    top = TOP_TASKS,
    measure = "tagging",
  }: { before?: boolean; top?: number; measure?: string } = {},
): TracedTasks | undefined {
  const measures = measuresOf(events);
  const pass = measures.find(([name]) => name === measure);
  const mark = events.find((e) => e.cat === USER_TIMING && e.name === `gapmap:${measure}`);
  if (pass === undefined || mark === undefined) return undefined;
  const from = before ? Math.min(...events.map((e) => e.ts)) : pass[1];
  const to = before ? pass[1] : pass[2];
  const inPass = (e: TraceEvent) => e.ph === "X" && e.tid === mark.tid && e.ts < to;
  const runTasks = events.filter(
    (e) => inPass(e) && TASK_EVENTS.has(e.name) && e.ts + (e.dur ?? 0) > from,
  );
  const tasks = withCheckpoints(
    runTasks,
    events.filter((e) => inPass(e) && e.name === CHECKPOINT && e.ts + (e.dur ?? 0) > from),
  );
  const phasesOf = (task: TraceEvent) =>
    measures
      .filter(([name, a, b]) => name !== "tagging" && a < task.ts + (task.dur ?? 0) && b > task.ts)
      .map(([name]) => name)
      .join("+") || "outside tagging";
  // What the task spent its time on: script, style, layout, paint, garbage collection …
  const insideOf = (task: TraceEvent) => {
    const end = task.ts + (task.dur ?? 0);
    const byName = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== "X" || e.tid !== task.tid || e === task || TASK_EVENTS.has(e.name)) continue;
      if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
      // An injected file's evaluation is named by its file.
      const file =
        e.name === "EvaluateScript" ? /([\w-]+)\.js$/.exec(e.args?.data?.url ?? "") : null;
      const name = file?.[1] ?? e.name;
      byName.set(name, Math.max(byName.get(name) ?? 0, (e.dur ?? 0) / 1000));
    }
    return [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, INSIDE_EVENTS)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(", ");
  };
  const samples = samplesOf(events, mark.tid);
  return {
    longestCpuMs: Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)),
    totalCpuMs: tasks.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0),
    over: tasks.filter((t) => (t.tdur ?? 0) / 1000 >= minCpuMs).length,
    top: [...tasks]
      .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
      .slice(0, top)
      .map((t) => ({
        cpuMs: (t.tdur ?? 0) / 1000,
        wallMs: (t.dur ?? 0) / 1000,
        phases: phasesOf(t),
        inside: insideOf(t),
        functions: topFunctions(samples, t.ts, t.ts + (t.dur ?? 0), TOP_FUNCTIONS),
      })),
  };
}

export function describeTasks(
  tasks: TracedTasks | undefined,
  minCpuMs: number,
  which = "the pass's tasks",
): string {
  if (tasks === undefined) return `${which} were not found in the trace`;
  const list = tasks.top
    .map(
      (t) =>
        `${t.cpuMs.toFixed(0)} ms (wall ${t.wallMs.toFixed(0)}) ${t.phases}${t.inside === "" ? "" : ` [${t.inside}]`}${t.functions === "" ? "" : ` {self: ${t.functions}}`}`,
    )
    .join(", ");
  return `${which} together ${tasks.totalCpuMs.toFixed(0)} ms of thread CPU; longest by thread CPU ${tasks.longestCpuMs.toFixed(0)} ms (target ≤ ${minCpuMs}; ${tasks.over} tasks of ≥ ${minCpuMs} ms; the longest: ${list})`;
}
