/**
 * Paints ranges with the CSS Custom Highlight API: no DOM changes on the host page. The
 * ::highlight() rules must live in a document-level stylesheet (not a shadow root) to reach page text.
 */

export const INDICATOR_HIGHLIGHT = "gapmap-indicator";
export const RECORD_HIGHLIGHT = "gapmap-record";
const STYLE_ID = "gapmap-highlight-style";

// Plasmo inlines this at build time ("chrome", "firefox", ...); the bundle reads no real env.
declare const process: { env: { PLASMO_BROWSER?: string } };

/**
 * Which elements the ::highlight() rules match. Without a subject they match every element, and
 * inserting them restyles the whole page (~120 ms on a 50,000-node page). Chromium inherits
 * highlight styles from the originating element's ancestors, so `:root` alone paints all text and
 * costs about a third less; Firefox keeps the universal form, which paints everywhere.
 */
export function highlightSubject(browser: string | undefined): string {
  return browser === "chrome" ? ":root" : "";
}

export function highlightCss(subject: string): string {
  return `
${subject}::highlight(${INDICATOR_HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.45); }
${subject}::highlight(${RECORD_HIGHLIGHT}) { background-color: rgba(0, 170, 120, 0.35); text-decoration: underline; }
`;
}

const HIGHLIGHT_CSS = highlightCss(highlightSubject(process.env.PLASMO_BROWSER));

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  doc.head.append(style);
}

/** Replaces the named highlight with these ranges; returns how many were registered. */
export function setHighlight(
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

export function clearHighlights(): void {
  if (!supportsHighlights()) return;
  CSS.highlights.delete(INDICATOR_HIGHLIGHT);
  CSS.highlights.delete(RECORD_HIGHLIGHT);
}
