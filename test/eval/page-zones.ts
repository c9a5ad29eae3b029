/**
 * Splits a parsed page into main content and boilerplate the way a reader sees it: navigation
 * (nav, aside, menus, breadcrumbs, landmark roles; header and footer unless they sit in an
 * article or main, where they are the article's headline and byline, as ARIA maps them),
 * references (reference lists,
 * bibliographies, citations) and links whose text is a URL. The evaluation uses it to count
 * mentions the tagger finds in boilerplate; it is independent of the engine's own extraction.
 */
import { normalise, type BoilerplateKind, type PageZones } from "./page-score";

const HIDDEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SVG", "HEAD"]);
const INLINE = new Set([
  "A",
  "SPAN",
  "B",
  "I",
  "EM",
  "STRONG",
  "SMALL",
  "SUP",
  "SUB",
  "ABBR",
  "CODE",
  "LABEL",
  "FONT",
  "U",
  "TIME",
  "Q",
  "MARK",
]);

const NAVIGATION_SELECTOR = [
  "nav",
  "header",
  "footer",
  "aside",
  "menu",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=complementary]",
  "[role=menu]",
  "[role=menubar]",
].join(",");
/** id or class words that name navigation blocks ("no-footer", as DataTables marks tables, does not). */
const NAVIGATION_WORDS =
  /(^|[\s_-])(?<!(?:^|[\s_])(?:no|without)-)(nav|navbar|navigation|menu|breadcrumbs?|footer|header|sidebar|related|share|social|toc|cookie|masthead|topbar)([\s_-]|$)/i;
const REFERENCES_SELECTOR = [
  "ol.references",
  ".reflist",
  ".references",
  ".mw-references-wrap",
  "#references",
  "[role=doc-bibliography]",
  "[role=doc-endnotes]",
  ".bibliography",
  ".footnotes",
  "cite",
].join(",");
const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Visible text of `root`, a line break at every non-inline element; `skip` elements left out. */
function textOf(root: Node, skip: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? "");
      return;
    }
    if (!isElement(node)) return;
    if (HIDDEN.has(node.tagName.toUpperCase()) || node.hasAttribute("hidden") || skip.has(node))
      return;
    const block = !INLINE.has(node.tagName.toUpperCase());
    if (block) parts.push("\n");
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) parts.push("\n");
  };
  visit(root);
  return parts.join("");
}

function classOf(el: Element): string {
  return `${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`;
}

/** A header or footer inside an article or main belongs to the article (HTML-AAM). */
function isArticleOwn(el: Element): boolean {
  return (
    (el.localName === "header" || el.localName === "footer") &&
    el.parentElement?.closest("article,main,[role=main]") != null
  );
}

/** The boilerplate elements of a document, outermost first-found kind wins. */
export function boilerplateElements(document: Document): Map<Element, BoilerplateKind> {
  const kinds = new Map<Element, BoilerplateKind>();
  for (const el of Array.from(document.body.querySelectorAll(REFERENCES_SELECTOR)))
    kinds.set(el, "references");
  for (const el of Array.from(document.body.querySelectorAll(NAVIGATION_SELECTOR)))
    if (!kinds.has(el) && !isArticleOwn(el)) kinds.set(el, "navigation");
  for (const el of Array.from(document.body.querySelectorAll("div,ul,ol,section,table")))
    if (!kinds.has(el) && NAVIGATION_WORDS.test(classOf(el))) kinds.set(el, "navigation");
  for (const el of Array.from(document.body.querySelectorAll("a")))
    if (!kinds.has(el) && URL_TEXT.test(el.textContent.trim())) kinds.set(el, "url");
  // Keep only the outermost element of each nest: its text already holds the inner ones.
  for (const el of [...kinds.keys()]) {
    let up = el.parentElement;
    while (up !== null && !kinds.has(up)) up = up.parentElement;
    if (up !== null) kinds.delete(el);
  }
  return kinds;
}

export function pageZones(document: Document): PageZones {
  const kinds = boilerplateElements(document);
  const zones: Record<BoilerplateKind, string[]> = { navigation: [], references: [], url: [] };
  for (const [el, kind] of kinds) zones[kind].push(textOf(el, new Set()));
  return {
    content: normalise(textOf(document.body, new Set(kinds.keys()))),
    zones: {
      navigation: normalise(zones.navigation.join("\n")),
      references: normalise(zones.references.join("\n")),
      url: normalise(zones.url.join("\n")),
    },
  };
}
