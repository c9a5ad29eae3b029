/**
 * What the tag-page bench reads from the page besides the content script's own figures: long
 * tasks and long animation frames (an observer registered before any page script), and the
 * CPU time of the page's main thread (DevTools protocol Performance domain, thread ticks).
 */
import type { CDPSession } from "playwright-core";

// Registered before any page script: long tasks during the pass, with their start times. Long
// tasks leave out rendering work (style, layout, paint), so long animation frames are kept too:
// start, duration, the style-and-layout part, and the rendering part (from renderStart).
export const LONG_TASK_OBSERVER = `
  window.__gapmapLongTasks = [];
  window.__gapmapLongFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__gapmapLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__gapmapLongFrames.push(
      [e.startTime, e.duration, e.startTime + e.duration - e.styleAndLayoutStart,
       e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0]);
  }).observe({ type: "long-animation-frame", buffered: true });
`;

export interface MainThreadCpu {
  thread: number;
  script: number;
  style: number;
  layout: number;
}

/** The page renderer's cumulative main-thread figures (Performance domain, thread ticks). */
export async function mainThreadCpu(cdp: CDPSession): Promise<MainThreadCpu> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    thread: seconds("ThreadTime") * 1000,
    script: seconds("ScriptDuration") * 1000,
    style: seconds("RecalcStyleDuration") * 1000,
    layout: seconds("LayoutDuration") * 1000,
  };
}

export function cpuSince(before: MainThreadCpu, after: MainThreadCpu): MainThreadCpu {
  return {
    thread: after.thread - before.thread,
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
  };
}
