/**
 * The page's boilerplate (menus, related lists, references, URL link text: core's
 * findBoilerplate) for the text phase: its roots in document order, and the spans of walked
 * text that lie in them, in the joined text's offsets. Found after the walk, so that the engine
 * host gets the page's texts without waiting for it: only its selection needs the spans.
 */
import { findBoilerplateInSteps, type Steps, type TextSpan } from "@gapmap/core/tagging";
import { runStepsInIdleSlices, type IdleScheduler } from "./idle-slices";
import { NODE_SEPARATOR, type PageText } from "./text-walker";

const PRECEDING = 2;
const FOLLOWING = 4;
/** DOM calls (a position compared, a containment asked) between two steps. */
const CALLS_PER_STEP = 256;

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

/**
 * The spans of `page`'s text that lie in `roots` (disjoint, in document order), as steps: each
 * root's first walked node is found by binary search over the nodes (in document order), then
 * its nodes are taken while the root contains them. No node outside a root is looked at.
 */
export function* boilerplateSpansInSteps(
  page: PageText,
  roots: readonly Element[],
): Steps<TextSpan[]> {
  const spans: TextSpan[] = [];
  const { nodes, starts } = page;
  // A node's length as the walk read it: up to the next node's separator, or the text's end.
  const endOf = (i: number) =>
    i + 1 < nodes.length ? (starts[i + 1] ?? 0) - NODE_SEPARATOR.length : page.length;
  let calls = 0;
  let from = 0;
  for (const root of roots) {
    // The first node at or after `from` that the root holds or that follows it.
    let low = from;
    let high = nodes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const position = root.compareDocumentPosition(nodes[mid] as Text);
      if ((position & PRECEDING) !== 0) low = mid + 1;
      else high = mid;
      if (++calls % CALLS_PER_STEP === 0) yield;
    }
    let i = low;
    for (; i < nodes.length && root.contains(nodes[i] as Text); i++) {
      const start = starts[i] ?? 0;
      addSpan(spans, start, endOf(i) - start);
      if (++calls % CALLS_PER_STEP === 0) yield;
    }
    from = i;
  }
  return spans;
}
