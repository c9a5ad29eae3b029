/** A CSS selector that finds this element again: its id if unique, else a path of :nth-of-type steps. */

/**
 * Each parent's children grouped by tag, filled one parent at a time: 200 tables under a body of
 * 12,000 paragraphs would otherwise scan the body's children 200 times (hundreds of ms). The
 * :nth-of-type positions are numbered per tag only when asked for (the tables, not the paragraphs).
 */
export type CssPathCache = Map<Element, ChildrenByTag>;

interface ChildrenByTag {
  byTag: Map<string, Element[]>;
  nth: Map<string, Map<Element, number>>;
}

function groupChildren(parent: Element): ChildrenByTag {
  const byTag = new Map<string, Element[]>();
  for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
    const same = byTag.get(child.localName);
    if (same === undefined) byTag.set(child.localName, [child]);
    else same.push(child);
  }
  return { byTag, nth: new Map() };
}

function stepOf(el: Element, cache: CssPathCache): string {
  const tag = el.localName;
  const parent = el.parentElement;
  if (parent === null) return tag;
  let children = cache.get(parent);
  if (children === undefined) {
    children = groupChildren(parent);
    cache.set(parent, children);
  }
  const same = children.byTag.get(tag) ?? [];
  if (same.length <= 1) return tag;
  let positions = children.nth.get(tag);
  if (positions === undefined) {
    positions = new Map(same.map((child, i) => [child, i + 1]));
    children.nth.set(tag, positions);
  }
  const nth = positions.get(el);
  return nth === undefined ? tag : `${tag}:nth-of-type(${nth})`;
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
