/**
 * The visible text of a page, as the matcher sees it: text nodes in document order, with a
 * line break between blocks so words of different cells or paragraphs never run together.
 */

import type { TextSpan } from "@gapmap/core";

/** Elements whose text is never shown as page text. */
const HIDDEN_ELEMENTS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "TEXTAREA",
  "HEAD",
  "SVG",
]);
/** Elements that start a new line of text. */
const BLOCK_ELEMENTS = new Set([
  "P",
  "DIV",
  "LI",
  "UL",
  "OL",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "CAPTION",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "SECTION",
  "ARTICLE",
  "HEADER",
  "FOOTER",
  "NAV",
  "MAIN",
  "ASIDE",
  "BR",
  "DT",
  "DD",
  "FIGCAPTION",
  "BLOCKQUOTE",
  "PRE",
  "TITLE",
]);

/** Marks where boilerplate text starts and ends while the text is joined (never in pages). */
const OPEN = "\u0001";
const CLOSE = "\u0002";
/** Built from strings: a control character in a regex literal reads as a typo. */
const MARKERS = new RegExp(`[${OPEN}${CLOSE}]`, "g");

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

export interface PageText {
  text: string;
  /** Where the text of `boilerplate` elements lies in `text`, in order. */
  boilerplateSpans: TextSpan[];
}

/** Takes the markers out of `marked`, noting the spans they enclosed. */
function unmark(marked: string): PageText {
  const spans: TextSpan[] = [];
  const pieces: string[] = [];
  let length = 0;
  let depth = 0;
  let from = 0;
  let at = 0;
  const markers = new RegExp(`[${OPEN}${CLOSE}]`, "g");
  for (let m = markers.exec(marked); m !== null; m = markers.exec(marked)) {
    pieces.push(marked.slice(at, m.index));
    length += m.index - at;
    at = m.index + 1;
    if (m[0] === OPEN) {
      if (depth++ === 0) from = length;
    } else if (--depth === 0 && length > from) spans.push({ start: from, end: length });
  }
  pieces.push(marked.slice(at));
  return { text: pieces.join(""), boilerplateSpans: spans };
}

/**
 * Collects text of `root` (usually document.body); `title` first when given. The text of the
 * `boilerplate` elements stays in the text (anchors need it) and is reported as spans.
 */
export function extractPageText(
  root: Node,
  title?: string,
  boilerplate: ReadonlySet<Element> = new Set(),
): PageText {
  const parts: string[] = [];
  if (title !== undefined && title.trim() !== "") parts.push(title.trim(), "\n");
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(MARKERS, " "));
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (HIDDEN_ELEMENTS.has(tag) || node.hasAttribute("hidden")) return;
    const block = BLOCK_ELEMENTS.has(tag);
    const marked = boilerplate.has(node);
    if (block) parts.push("\n");
    if (marked) parts.push(OPEN);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (marked) parts.push(CLOSE);
    if (block) parts.push("\n");
  };
  visit(root);
  // Collapse the layout whitespace HTML ignores, keeping one line break between blocks.
  return unmark(
    parts
      .join("")
      .replace(/[ \t\r\f]+/g, " ")
      .replace(/ *\n[\s]*/g, "\n")
      .trim(),
  );
}
