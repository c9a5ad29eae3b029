/**
 * The page's visible text, node by node, with a map back to its text nodes so matcher offsets
 * become DOM ranges. Offsets count NODE_SEPARATOR between nodes, as the matcher stream does; the
 * whole text is only joined when anchoring needs it. Skips code, form fields, editable regions
 * and our own UI.
 */
import { SkippedSubtrees } from "./skipped-subtrees";

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

/** Texts joined per step of joinTextsInSteps (a 2 MB page's join was a long task at 4×). */
const TEXTS_PER_JOIN_STEP = 4096;

/** The texts joined with NODE_SEPARATOR, in steps. */
export function* joinTextsInSteps(texts: readonly string[]): Generator<undefined, string> {
  const parts: string[] = [];
  for (let i = 0; i < texts.length; i += TEXTS_PER_JOIN_STEP) {
    parts.push(texts.slice(i, i + TEXTS_PER_JOIN_STEP).join(NODE_SEPARATOR));
    yield;
  }
  return parts.join(NODE_SEPARATOR);
}

/**
 * The whole page text from the texts the walk read (one per node of `page`, in order), joined in
 * steps and cached for fullText: no second read of every node's `data`, no single long join.
 */
export function* joinPageTextInSteps(
  page: PageText,
  texts: readonly string[],
): Generator<undefined, string> {
  const text = yield* joinTextsInSteps(texts);
  keepFullText(page, text);
  return text;
}

/** Keeps `text`, joined from the texts the walk read of `page`, for fullText: no second join. */
export function keepFullText(page: PageText, text: string): void {
  joinedText.set(page, { nodes: page.nodes.length, text });
}

/**
 * Visible text nodes in document order, one `advance()` at a time (so work can be sliced): a
 * TreeWalker over text nodes only. In a content script every node handed to script gets a
 * wrapper object, so elements are never visited, and a node's parent is only asked for when
 * `breakBefore()` is: the matcher needs it only while a phrase may run on into the next node.
 */
export class TextWalker {
  node: Text | null = null;
  text = "";
  private readonly walker: TreeWalker;
  private readonly skipped: SkippedSubtrees | undefined;
  private readonly rootBlock: Node | null;
  private previous: Text | null = null;
  /** Block of `previous` and of `node`, once asked for (undefined: not looked up yet). */
  private previousBlock: Node | null | undefined;
  private block: Node | null | undefined;

  constructor(
    private readonly root: Node,
    ownHost: Element | null = null,
  ) {
    const rootElement = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
    this.rootBlock = rootBlockOf(root);
    this.skipped = rootElement === null ? undefined : new SkippedSubtrees(rootElement, ownHost);
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** Moves to the next visible text node; false when there is none. */
  advance(): boolean {
    for (let node = this.walker.nextNode(); node !== null; node = this.walker.nextNode()) {
      const text = node as Text;
      if (this.skipped?.skips(text) === true) continue;
      const data = text.data;
      if (isBlank(data)) continue;
      this.previous = this.node;
      this.previousBlock = this.block;
      this.block = undefined;
      this.node = text;
      this.text = data;
      return true;
    }
    this.node = null;
    this.text = "";
    return false;
  }

  /** The current node starts a new block (cell, paragraph) compared with the previous one. */
  breakBefore(): boolean {
    if (this.node === null || this.previous === null) return false;
    this.block ??= blockOf(this.node, this.root, this.rootBlock);
    this.previousBlock ??= blockOf(this.previous, this.root, this.rootBlock);
    return this.block !== this.previousBlock;
  }
}

/** The root itself when it is a block element, else null: the block of text directly in it. */
function rootBlockOf(root: Node): Node | null {
  const rootElement = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  return rootElement !== null && BLOCK_TAGS.has(rootElement.localName) ? root : null;
}

/** The nearest block ancestor within the root (the root itself if it is a block), or null. */
function blockOf(node: Node, root: Node, rootBlock: Node | null): Node | null {
  let el = node.parentNode;
  while (el !== null && el !== root && !BLOCK_TAGS.has((el as Element).localName)) {
    el = el.parentNode;
  }
  return el === root || el === null ? rootBlock : el;
}

/**
 * `TextWalker.breakBefore` after the walk, for any node of a walked page: whether node `i`
 * starts a new block compared with node `i - 1`. Asked only where a phrase was open (the engine
 * host lists those), in increasing order, so the last block looked up is kept for the next ask.
 */
export class BlockBreaks {
  private readonly rootBlock: Node | null;
  private lastNode: Node | null = null;
  private lastBlock: Node | null = null;

  constructor(
    private readonly page: PageText,
    private readonly root: Node,
  ) {
    this.rootBlock = rootBlockOf(root);
  }

  breakBefore(i: number): boolean {
    const node = this.page.nodes[i];
    const previous = this.page.nodes[i - 1];
    if (node === undefined || previous === undefined) return false;
    return this.blockOfNode(previous) !== this.blockOfNode(node);
  }

  private blockOfNode(node: Node): Node | null {
    if (node !== this.lastNode) {
      this.lastNode = node;
      this.lastBlock = blockOf(node, this.root, this.rootBlock);
    }
    return this.lastBlock;
  }
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
  const walker = new TextWalker(root, ownHost);
  while (walker.advance()) appendChunk(page, walker.node as Text, walker.text);
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
