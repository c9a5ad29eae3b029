/**
 * The page's visible text as one string, with a map back to its text nodes, so matcher offsets
 * become DOM Ranges. Skips code, form fields, editable regions and our own UI.
 */

/** Elements whose text is not page content. */
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "SVG"]);
/** Separates text nodes so words in adjacent elements never run together. */
export const NODE_SEPARATOR = "\n";

export interface TextChunk {
  node: Text;
  start: number;
}

export interface PageText {
  text: string;
  chunks: TextChunk[];
}

function isSkipped(element: Element | null, ownHost: Element | null): boolean {
  for (let el = element; el !== null; el = el.parentElement) {
    if (el === ownHost) return true;
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
    if (el instanceof HTMLElement && el.isContentEditable) return true;
    if (el.getAttribute("contenteditable") === "true") return true;
  }
  return false;
}

export function collectPageText(root: Node, ownHost: Element | null = null): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeValue?.trim() && !isSkipped(node.parentElement, ownHost)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const chunks: TextChunk[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const value = node.nodeValue ?? "";
    chunks.push({ node: node as Text, start: offset });
    parts.push(value);
    offset += value.length + NODE_SEPARATOR.length;
  }
  return { text: parts.join(NODE_SEPARATOR), chunks };
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
  const chunk = page.chunks.find((c) => c.node === node);
  return chunk === undefined ? undefined : chunk.start + offsetInNode;
}
