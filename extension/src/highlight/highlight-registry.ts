/**
 * Paints ranges with the CSS Custom Highlight API: the page's text and structure are never
 * changed. The ::highlight() rules must live in a document-level stylesheet (not a shadow root)
 * to reach page text.
 *
 * The rules match only elements carrying PAINTED_ATTRIBUTE, which is set on the elements whose
 * own text holds a painted range (and removed when they hold none). A rule matching every
 * element (or `:root`, which Chromium's highlight inheritance spreads to all text) made the
 * browser restyle the whole page when the stylesheet applied: ~100 ms of style recalculation in
 * one animation frame on a 40,000-element page, where marking a few hundred elements costs ~12.
 * Only a data attribute is added, which page styles and scripts ignore, and our own mutation
 * watcher does not observe attributes.
 */

export const INDICATOR_HIGHLIGHT = "gapmap-indicator";
export const RECORD_HIGHLIGHT = "gapmap-record";
/** Marks an element whose own text holds a painted range: the ::highlight() rules match it. */
export const PAINTED_ATTRIBUTE = "data-gapmap-painted";
const STYLE_ID = "gapmap-highlight-style";
/** A range never spans more text nodes than this (mentions and quotes are short). */
const MAX_TEXT_NODES_PER_RANGE = 1000;

export const HIGHLIGHT_CSS = `
[${PAINTED_ATTRIBUTE}]::highlight(${INDICATOR_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.45); }
[${PAINTED_ATTRIBUTE}]::highlight(${RECORD_HIGHLIGHT}) { background-color: rgba(0, 170, 120, 0.35); text-decoration: underline; }
`;

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/**
 * Adds the ::highlight() rules to the page if they are not there yet. The tagger does this as a
 * pass starts, so that the page restyles for the new stylesheet in a frame of its own, not in
 * the frame that first paints the highlights (together ~180 ms at 4× CPU throttling).
 */
export function prepareHighlights(doc: Document): void {
  if (supportsHighlights()) ensureStyle(doc);
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  doc.head.append(style);
}

function ownerOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Whether `node` comes after everything `end` holds, in document order. */
function isPast(node: Node, end: Node): boolean {
  if (node === end || end.contains(node)) return false;
  return (end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Adds the elements whose own text the range covers: the parents of its text nodes. */
export function addPaintedElements(range: AbstractRange, into: Set<Element>): void {
  const { startContainer: start, endContainer: end } = range;
  const first = ownerOf(start);
  if (first) into.add(first);
  const doc = start.ownerDocument;
  if (start === end || doc === null) return;
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  for (let i = 0; i < MAX_TEXT_NODES_PER_RANGE; i++) {
    const node = walker.nextNode();
    if (node === null || isPast(node, end)) return;
    const owner = node.parentElement;
    if (owner) into.add(owner);
    if (node === end) return;
  }
}

// Per document and highlight name, the elements marked for it: an element keeps its mark while
// any highlight still needs it.
const markedByDocument = new WeakMap<Document, Map<string, Set<Element>>>();

function markedIn(doc: Document): Map<string, Set<Element>> {
  let marked = markedByDocument.get(doc);
  if (marked === undefined) {
    marked = new Map();
    markedByDocument.set(doc, marked);
  }
  return marked;
}

function remark(doc: Document, name: string, elements: Set<Element>): void {
  const marked = markedIn(doc);
  const before = marked.get(name) ?? new Set<Element>();
  marked.set(name, elements);
  for (const element of elements) {
    if (!before.has(element)) element.setAttribute(PAINTED_ATTRIBUTE, "");
  }
  for (const element of before) {
    if (elements.has(element)) continue;
    const stillNeeded = [...marked.values()].some((set) => set.has(element));
    if (!stillNeeded) element.removeAttribute(PAINTED_ATTRIBUTE);
  }
}

/** Replaces the named highlight with these ranges; returns how many were registered. */
export function setHighlight(
  doc: Document,
  name: string,
  ranges: readonly AbstractRange[],
): number {
  markHighlight(doc, name, ranges);
  return registerHighlight(doc, name, ranges);
}

/**
 * Marks the elements the named highlight's ranges will need (and unmarks those it no longer
 * will), without painting anything: the browser restyles them in the next frame, so a caller
 * can register the ranges a frame later and keep style and paint out of one frame.
 */
export function markHighlight(doc: Document, name: string, ranges: readonly AbstractRange[]): void {
  if (!supportsHighlights()) return;
  ensureStyle(doc);
  const elements = new Set<Element>();
  for (const range of ranges) addPaintedElements(range, elements);
  remark(doc, name, elements);
}

/**
 * Replaces the named highlight with these ranges, leaving the marks alone (markHighlight set
 * them); returns how many were registered.
 */
export function registerHighlight(
  doc: Document,
  name: string,
  ranges: readonly AbstractRange[],
): number {
  if (!supportsHighlights()) return 0;
  ensureStyle(doc);
  // Added one by one: spreading tens of thousands of ranges as arguments can overflow the stack.
  const highlight = new Highlight();
  for (const range of ranges) highlight.add(range);
  CSS.highlights.set(name, highlight);
  return ranges.length;
}
