/**
 * V8's sampling profiler in a Chrome trace (category disabled-by-default-v8.cpu_profiler): a
 * Profile event per isolate, then ProfileChunk events carrying new call-tree nodes, the sampled
 * node ids and the time since the previous sample. From them, the functions a main-thread task
 * spent its time in, by self time: the trace's own events say only "FunctionCall" or
 * "BlinkScheduler_PerformMicrotaskCheckpoint" for a slice of the content script.
 */
import type { TraceEvent } from "./injection-trace";

const PROFILER_CATEGORY = "disabled-by-default-v8.cpu_profiler";

interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: {
    nodes?: { id: number; callFrame?: CallFrame; parent?: number }[];
    samples?: number[];
  };
  timeDeltas?: number[];
}

/** One sample: when (trace clock, µs), the function it was in, how long it stands for (µs). */
export interface Sample {
  ts: number;
  name: string;
  us: number;
}

const dataOf = (e: TraceEvent) => (e.args as { data?: ProfileData } | undefined)?.data;

function nameOf(frame: CallFrame | undefined): string {
  const name = frame?.functionName;
  if (name !== undefined && name !== "") return name;
  const file = /[^/]*$/.exec(frame?.url ?? "")?.[0] ?? "";
  return file === "" ? "(anonymous)" : `(anonymous ${file}:${(frame?.lineNumber ?? 0) + 1})`;
}

/**
 * The samples of the profile recorded on thread `tid` (the renderer's main thread), in time
 * order; none without the profiler category.
 */
export function samplesOf(events: readonly TraceEvent[], tid: number): Sample[] {
  const profile = events.find(
    (e) => e.cat === PROFILER_CATEGORY && e.name === "Profile" && e.tid === tid,
  );
  const start = profile && dataOf(profile)?.startTime;
  if (profile === undefined || start === undefined) return [];
  const chunks = events
    .filter((e) => e.name === "ProfileChunk" && e.id === profile.id)
    .sort((a, b) => a.ts - b.ts);
  const names = new Map<number, string>();
  const samples: Sample[] = [];
  let ts = start;
  for (const chunk of chunks) {
    const data = dataOf(chunk);
    for (const node of data?.cpuProfile?.nodes ?? []) names.set(node.id, nameOf(node.callFrame));
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, name: names.get(id) ?? "(unknown)", us: 0 });
    });
  }
  // A sample stands for the time until the next one.
  for (let i = 0; i + 1 < samples.length; i++) {
    const sample = samples[i];
    const next = samples[i + 1];
    if (sample !== undefined && next !== undefined) sample.us = next.ts - sample.ts;
  }
  return samples;
}

/** Left out of a task's functions: they say nothing about whose code ran. */
const UNNAMED = new Set(["(idle)", "(program)", "(root)"]);

/**
 * The functions with the most self time in [from, to) (trace clock, µs): "name ms" each, the
 * longest `count`, garbage collection included.
 */
export function topFunctions(
  samples: readonly Sample[],
  from: number,
  to: number,
  count: number,
): string {
  const byName = new Map<string, number>();
  // Samples are in time order: find the first in the window by bisection.
  let low = 0;
  let high = samples.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((samples[mid]?.ts ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < samples.length; i++) {
    const s = samples[i];
    if (s === undefined || s.ts >= to) break;
    if (!UNNAMED.has(s.name)) byName.set(s.name, (byName.get(s.name) ?? 0) + s.us);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`)
    .join(", ");
}
