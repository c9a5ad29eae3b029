/** A CSS selector that finds this element again: its id if unique, else a path of :nth-of-type steps. */

/**
 * Path steps per parent, filled one parent at a time: 200 tables under a body of 12,000
 * paragraphs would otherwise scan the body's children 200 times (hundreds of ms).
 */
export type CssPathCache = Map<Element, Map<Element, string>>;

function stepsUnder(parent: Element): Map<Element, string> {
  const counts = new Map<string, number>();
  for (const child of Array.from(parent.children))
    counts.set(child.tagName, (counts.get(child.tagName) ?? 0) + 1);
  const seen = new Map<string, number>();
  const steps = new Map<Element, string>();
  for (const child of Array.from(parent.children)) {
    const nth = (seen.get(child.tagName) ?? 0) + 1;
    seen.set(child.tagName, nth);
    const tag = child.tagName.toLowerCase();
    steps.set(child, (counts.get(child.tagName) ?? 0) > 1 ? `${tag}:nth-of-type(${nth})` : tag);
  }
  return steps;
}

function stepOf(el: Element, cache: CssPathCache): string {
  const parent = el.parentElement;
  if (parent === null) return el.tagName.toLowerCase();
  let steps = cache.get(parent);
  if (steps === undefined) {
    steps = stepsUnder(parent);
    cache.set(parent, steps);
  }
  return steps.get(el) ?? el.tagName.toLowerCase();
}

export function cssPathOf(element: Element, cache: CssPathCache = new Map()): string {
  const doc = element.ownerDocument;
  const steps: string[] = [];
  for (
    let el: Element | null = element;
    el !== null && el !== doc.documentElement;
    el = el.parentElement
  ) {
    if (el.id !== "" && doc.querySelectorAll(`#${CSS.escape(el.id)}`).length === 1) {
      steps.unshift(`#${CSS.escape(el.id)}`);
      return steps.join(" > ");
    }
    steps.unshift(stepOf(el, cache));
  }
  return steps.join(" > ");
}
