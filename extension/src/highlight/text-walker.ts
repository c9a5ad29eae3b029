/**
 * The page's visible text, node by node, with a map back to its text nodes so matcher offsets
 * become DOM ranges. Offsets count NODE_SEPARATOR between nodes, as the matcher stream does; the
 * whole text is only joined when anchoring needs it. Skips code, form fields, editable regions
 * and our own UI.
 */

/** Elements whose text is not page content (their whole subtree is skipped); local names. */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "textarea", "template", "svg"]);
/** Elements that start a new block: a phrase never runs from one into the next; local names. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
/** Separates text nodes so words in adjacent elements never run together. */
export const NODE_SEPARATOR = "\n";
const NOT_BLANK_RE = /\S/;
/** Below this code unit only the ASCII controls, space and NBSP are white space (see isBlank). */
const FIRST_UNICODE_SPACE = 0x1680;
const NBSP = 0xa0;
const SPACE = 0x20;

/**
 * True for text that is only white space. Most text nodes start with a visible character, which
 * settles it without running a regex (one per node on 50,000-node pages).
 */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > SPACE && first !== NBSP && first < FIRST_UNICODE_SPACE) return false;
  return !NOT_BLANK_RE.test(text);
}

/** Text nodes in document order and where each starts (parallel arrays: no object per node). */
export interface PageText {
  nodes: Text[];
  starts: number[];
  /** Length of the virtual joined text. */
  length: number;
}

export function emptyPageText(): PageText {
  return { nodes: [], starts: [], length: 0 };
}

const joinedText = new WeakMap<PageText, { nodes: number; text: string }>();

/** The whole page text (cached until more nodes arrive): for anchoring, not for matching. */
export function fullText(page: PageText): string {
  const cached = joinedText.get(page);
  if (cached?.nodes === page.nodes.length) return cached.text;
  const text = page.nodes.map((n) => n.data).join(NODE_SEPARATOR);
  joinedText.set(page, { nodes: page.nodes.length, text });
  return text;
}

/** A contenteditable root (its subtree is skipped, so inherited editability needs no check). */
function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute("contenteditable");
  return value !== null && value !== "false" && value !== "inherit";
}

export interface WalkedNode {
  node: Text;
  text: string;
  /** The node starts a new block (cell, paragraph) compared with the previous one. */
  breakBefore: boolean;
}

const SKIPPED_SELECTOR = [...SKIPPED_TAGS, "[contenteditable]"].join(",");
const CONTAINED_BY = 16;
const PRECEDING = 2;

/** The elements whose subtrees hold no page text, in document order (usually a handful). */
function skippedRoots(root: Element, ownHost: Element | null): Element[] {
  const found = [...root.querySelectorAll(SKIPPED_SELECTOR)].filter(
    (el) => SKIPPED_TAGS.has(el.localName) || isEditableRoot(el),
  );
  if (ownHost !== null && root.contains(ownHost)) {
    found.push(ownHost);
    found.sort((a, b) => (a.compareDocumentPosition(b) & PRECEDING ? 1 : -1));
  }
  return found;
}

/**
 * Yields visible text nodes in document order, one call at a time (so work can be sliced).
 * A TreeWalker over text nodes only: the elements between them never get a wrapper in the
 * content script's world, which was most of a first pass's walking time on 50,000-node pages.
 * Skipped subtrees are found up front with one selector query and passed in document order;
 * a text node's block is its nearest block ancestor, looked up once per parent element.
 */
export function createTextWalker(
  root: Node,
  ownHost: Element | null = null,
): () => WalkedNode | undefined {
  const rootElement = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  const rootBlock = rootElement !== null && BLOCK_TAGS.has(rootElement.localName) ? root : null;
  const skipped = rootElement === null ? [] : skippedRoots(rootElement, ownHost);
  let nextSkipped = 0;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT,
  );
  let lastParent: Node | null = null;
  let parentSkipped = false;
  let parentBlock: Node | null = null;
  let previousBlock: Node | null | undefined;

  const isInSkipped = (parent: Node): boolean => {
    while (nextSkipped < skipped.length) {
      const position = (skipped[nextSkipped] as Element).compareDocumentPosition(parent);
      if (position === 0 || (position & CONTAINED_BY) !== 0) return true;
      if ((position & PRECEDING) !== 0) return false;
      nextSkipped++; // that subtree lies wholly before this node, and so before all later ones
    }
    return false;
  };
  const blockOf = (parent: Node): Node | null => {
    let el: Node | null = parent;
    while (el !== null && el !== root && !BLOCK_TAGS.has((el as Element).localName)) {
      el = el.parentNode;
    }
    return el === root || el === null ? rootBlock : el;
  };

  return () => {
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentNode;
      if (parent !== lastParent) {
        lastParent = parent;
        parentSkipped = parent !== null && isInSkipped(parent);
        parentBlock = parentSkipped || parent === null ? null : blockOf(parent);
      }
      if (parentSkipped) continue;
      const text = (node as Text).data;
      if (isBlank(text)) continue;
      const breakBefore = previousBlock !== undefined && parentBlock !== previousBlock;
      previousBlock = parentBlock;
      return { node: node as Text, text, breakBefore };
    }
    return undefined;
  };
}

/** Appends a node to the page text; returns its start offset. */
export function appendChunk(page: PageText, node: Text, text: string = node.data): number {
  const start = page.nodes.length === 0 ? 0 : page.length + NODE_SEPARATOR.length;
  page.nodes.push(node);
  page.starts.push(start);
  page.length = start + text.length;
  return start;
}

/** All of it at once (tests, small roots); the tagger walks in slices instead. */
export function collectPageText(root: Node, ownHost: Element | null = null): PageText {
  const page = emptyPageText();
  const next = createTextWalker(root, ownHost);
  for (let walked = next(); walked !== undefined; walked = next())
    appendChunk(page, walked.node, walked.text);
  return page;
}

/** Index of the node holding `offset` (binary search; nodes are in document order), or -1. */
export function nodeIndexAt(page: PageText, offset: number, preferEnd = false): number {
  let low = 0;
  let high = page.nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = page.starts[mid] ?? 0;
    const end = start + (page.nodes[mid]?.length ?? 0);
    if (offset < start) high = mid - 1;
    else if (offset > end || (offset === end && !preferEnd)) low = mid + 1;
    else return mid;
  }
  return -1;
}

export interface TextBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** The nodes and in-node offsets of [start, end), or undefined if the nodes are gone. */
export function boundsForOffsets(
  page: PageText,
  start: number,
  end: number,
): TextBounds | undefined {
  const first = nodeIndexAt(page, start, false);
  const last = nodeIndexAt(page, end, true);
  const startContainer = page.nodes[first];
  const endContainer = page.nodes[last];
  if (startContainer === undefined || endContainer === undefined) return undefined;
  if (!startContainer.isConnected) return undefined;
  const startOffset = start - (page.starts[first] ?? 0);
  const endOffset = end - (page.starts[last] ?? 0);
  // The text may have changed since it was read: never point past a node's end.
  if (startOffset > startContainer.length || endOffset > endContainer.length) return undefined;
  return { startContainer, startOffset, endContainer, endOffset };
}

/** A live Range over [start, end) (for geometry and scrolling), or undefined if gone. */
export function rangeForOffsets(page: PageText, start: number, end: number): Range | undefined {
  const bounds = boundsForOffsets(page, start, end);
  if (bounds === undefined) return undefined;
  const range = bounds.startContainer.ownerDocument.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/**
 * A StaticRange for highlights: unlike a live Range the document does not update it on every
 * DOM change (25,000 live ranges made each node removal cost milliseconds).
 */
export function staticRangeForOffsets(
  page: PageText,
  start: number,
  end: number,
): StaticRange | undefined {
  const bounds = boundsForOffsets(page, start, end);
  return bounds && new StaticRange(bounds);
}

const nodeIndexes = new WeakMap<PageText, { nodes: number; index: Map<Node, number> }>();

/** The page-text offset of a point inside a text node, or undefined if the node is not indexed. */
export function offsetOfPoint(
  page: PageText,
  node: Node,
  offsetInNode: number,
): number | undefined {
  // Built on first hover, not during tagging: most passes never need it.
  let cached = nodeIndexes.get(page);
  if (cached?.nodes !== page.nodes.length) {
    cached = { nodes: page.nodes.length, index: new Map(page.nodes.map((n, i) => [n, i])) };
    nodeIndexes.set(page, cached);
  }
  const i = cached.index.get(node);
  const start = i === undefined ? undefined : page.starts[i];
  return start === undefined ? undefined : start + offsetInNode;
}
