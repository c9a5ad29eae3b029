/**
 * The page's boilerplate (menus, related lists, references, URL link text: core's
 * findBoilerplate) for the text walk: its roots in document order, and the spans of walked
 * text that lie in them, in the joined text's offsets.
 */
import { findBoilerplateInSteps, type TextSpan } from "@gapmap/core/tagging";
import { runStepsInIdleSlices, type IdleScheduler } from "./idle-slices";
import { NODE_SEPARATOR } from "./text-walker";

const FOLLOWING = 4;

/** The boilerplate roots under `body`, in document order, found in time slices. */
export async function boilerplateRoots(
  body: HTMLElement,
  schedule: IdleScheduler | undefined,
): Promise<Element[]> {
  const steps = findBoilerplateInSteps(body);
  const found = await runStepsInIdleSlices(steps, schedule);
  const roots = [...found.keys()] as Element[];
  return roots.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/** Adds [start, start + length) to `spans`, joining it to the last span when they touch. */
export function addSpan(spans: TextSpan[], start: number, length: number): void {
  const last = spans[spans.length - 1];
  if (last !== undefined && last.end + NODE_SEPARATOR.length >= start) last.end = start + length;
  else spans.push({ start, end: start + length });
}
