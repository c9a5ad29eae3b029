/** A CSS selector that finds this element again: its id if unique, else a path of :nth-of-type steps. */

/**
 * Per parent and tag, the :nth-of-type position of each child with that tag. Filled by asking
 * the browser for just those children (`:scope > table`), one parent and tag at a time: 200
 * tables under a body of 12,000 paragraphs then cost one native query, not a scan of every child.
 */
export type CssPathCache = Map<Element, Map<string, Map<Element, number>>>;

/** A parent with at most this many element children has them walked, not queried. */
const FEW_CHILDREN = 32;

function positionsAmongSiblings(
  parent: Element,
  tag: string,
  cache: CssPathCache,
): Map<Element, number> {
  let byTag = cache.get(parent);
  if (byTag === undefined) {
    byTag = new Map();
    cache.set(parent, byTag);
  }
  let positions = byTag.get(tag);
  if (positions === undefined) {
    const numbered = new Map<Element, number>();
    if (parent.childElementCount <= FEW_CHILDREN) {
      // `:scope > body` under <html> tested every element of the page (~5 ms at 1× on a 2 MB
      // page, in the first table's step); a few children are cheaper to walk.
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (child.localName === tag) numbered.set(child, numbered.size + 1);
      }
    } else {
      parent.querySelectorAll(`:scope > ${CSS.escape(tag)}`).forEach((child, i) => {
        numbered.set(child, i + 1);
      });
    }
    byTag.set(tag, numbered);
    positions = numbered;
  }
  return positions;
}

/**
 * Records the :nth-of-type positions of `elements`, which must be every element of the document
 * with this tag in document order (what `querySelectorAll(tag)` returns), without a query per
 * parent: `:scope > table` makes the browser test every descendant of the parent, ~5 ms for a
 * body of 40,000 elements.
 */
export function seedSiblingPositions(
  cache: CssPathCache,
  tag: string,
  elements: readonly Element[],
): void {
  for (const el of elements) {
    const parent = el.parentElement;
    if (el.localName !== tag || parent === null) continue;
    let byTag = cache.get(parent);
    if (byTag === undefined) {
      byTag = new Map();
      cache.set(parent, byTag);
    }
    let positions = byTag.get(tag);
    if (positions === undefined) {
      positions = new Map();
      byTag.set(tag, positions);
    }
    positions.set(el, positions.size + 1);
  }
}

function stepOf(el: Element, cache: CssPathCache): string {
  const tag = el.localName;
  const parent = el.parentElement;
  if (parent === null) return tag;
  const positions = positionsAmongSiblings(parent, tag, cache);
  const nth = positions.size > 1 ? positions.get(el) : undefined;
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
