/**
 * The page's visible text, node by node, with a map back to its text nodes so matcher offsets
 * become DOM Ranges. Offsets count NODE_SEPARATOR between nodes, as the matcher stream does; the
 * whole text is only joined when anchoring needs it. Skips code, form fields, editable regions
 * and our own UI.
 */

/** Elements whose text is not page content (their whole subtree is skipped). */
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "SVG"]);
/** Elements that start a new block: a phrase never runs from one into the next. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BODY",
  "CAPTION",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
/** Separates text nodes so words in adjacent elements never run together. */
export const NODE_SEPARATOR = "\n";

export interface TextChunk {
  node: Text;
  start: number;
}

export interface PageText {
  chunks: TextChunk[];
  /** Where each node starts, for pointer → offset lookups. */
  startOf: Map<Node, number>;
}

export function emptyPageText(): PageText {
  return { chunks: [], startOf: new Map() };
}

const joinedText = new WeakMap<PageText, { chunks: number; text: string }>();

/** The whole page text (cached until more chunks arrive): for anchoring, not for matching. */
export function fullText(page: PageText): string {
  const cached = joinedText.get(page);
  if (cached?.chunks === page.chunks.length) return cached.text;
  const text = page.chunks.map((c) => c.node.nodeValue ?? "").join(NODE_SEPARATOR);
  joinedText.set(page, { chunks: page.chunks.length, text });
  return text;
}

function isSkippedElement(el: Element, ownHost: Element | null): boolean {
  if (el === ownHost || SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  return el.getAttribute("contenteditable") === "true";
}

function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el !== null; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  }
  return null;
}

export interface WalkedNode {
  node: Text;
  /** The node starts a new block (cell, paragraph) compared with the previous one. */
  breakBefore: boolean;
}

/** Yields visible text nodes in document order, one call at a time (so work can be sliced). */
export function createTextWalker(
  root: Node,
  ownHost: Element | null = null,
): () => WalkedNode | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  // Rejecting an element skips its whole subtree: no ancestor walk per text node.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.ELEMENT_NODE)
        return isSkippedElement(node as Element, ownHost)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP;
      return node.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  let previousBlock: Element | null | undefined;
  return () => {
    const node = walker.nextNode() as Text | null;
    if (node === null) return undefined;
    const block = blockOf(node);
    const breakBefore = previousBlock !== undefined && block !== previousBlock;
    previousBlock = block;
    return { node, breakBefore };
  };
}

/** Appends a node to the page text; returns its start offset. */
export function appendChunk(page: PageText, node: Text): number {
  const last = page.chunks.at(-1);
  const start =
    last === undefined
      ? 0
      : last.start + (last.node.nodeValue?.length ?? 0) + NODE_SEPARATOR.length;
  page.chunks.push({ node, start });
  page.startOf.set(node, start);
  return start;
}

/** All of it at once (tests, small roots); the tagger walks in idle slices instead. */
export function collectPageText(root: Node, ownHost: Element | null = null): PageText {
  const page = emptyPageText();
  const next = createTextWalker(root, ownHost);
  for (let walked = next(); walked !== undefined; walked = next()) appendChunk(page, walked.node);
  return page;
}

/** The chunk holding `offset` (binary search; chunks are in document order). */
function chunkAt(page: PageText, offset: number, preferEnd: boolean): TextChunk | undefined {
  let low = 0;
  let high = page.chunks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const chunk = page.chunks[mid];
    if (chunk === undefined) return undefined;
    const end = chunk.start + (chunk.node.nodeValue?.length ?? 0);
    if (offset < chunk.start) high = mid - 1;
    else if (offset > end || (offset === end && !preferEnd)) low = mid + 1;
    else return chunk;
  }
  return undefined;
}

/** A Range over [start, end) of the page text, or undefined if the nodes are gone. */
export function rangeForOffsets(page: PageText, start: number, end: number): Range | undefined {
  const first = chunkAt(page, start, false);
  const last = chunkAt(page, end, true);
  if (first === undefined || last === undefined || !first.node.isConnected) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/** The page-text offset of a point inside a text node, or undefined if the node is not indexed. */
export function offsetOfPoint(
  page: PageText,
  node: Node,
  offsetInNode: number,
): number | undefined {
  const start = page.startOf.get(node);
  return start === undefined ? undefined : start + offsetInNode;
}
