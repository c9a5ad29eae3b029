/**
 * The visible text of a page, as the matcher sees it: text nodes in document order, with a
 * line break between blocks so words of different cells or paragraphs never run together.
 */

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

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Collects text of `root` (usually document.body); `title` first when given. */
export function extractPageText(root: Node, title?: string): string {
  const parts: string[] = [];
  if (title !== undefined && title.trim() !== "") parts.push(title.trim(), "\n");
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? "");
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (HIDDEN_ELEMENTS.has(tag) || node.hasAttribute("hidden")) return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) parts.push("\n");
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) parts.push("\n");
  };
  visit(root);
  // Collapse the layout whitespace HTML ignores, keeping one line break between blocks.
  return parts
    .join("")
    .replace(/[ \t\r\f]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}
