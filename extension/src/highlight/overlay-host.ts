/**
 * One shadow-root host for all our UI on the page, so page CSS and ours never mix. It is made
 * when a card or badge is first shown, not by a tagging pass: adding it to the document makes
 * the browser lay out, pre-paint and paint the whole page again (on a 2 MB page, ~100–150 ms of
 * one frame at 4× CPU throttling; a hidden host, ~0).
 *
 * The host is an empty box at the document's origin whose size and layout are contained
 * (HOST_STYLE): what happens inside it (a badge shown or moved, a card placed) is laid out and
 * painted on its own. Without it, each badge shown pre-painted and repainted the whole page
 * (PrePaint ~55 ms, Paint ~16 ms at 4× on the bench page; contained: ~1 each). It is also the
 * containing block of the card (position: fixed), which floating-ui measures against.
 */

export const OVERLAY_HOST_ID = "gapmap-overlay";

/** Set on the host itself (page rules may target it; :host rules lose to them). */
const HOST_STYLE: readonly (readonly [string, string])[] = [
  ["position", "absolute"],
  ["top", "0"],
  ["left", "0"],
  ["width", "0"],
  ["height", "0"],
  ["display", "block"],
  ["contain", "size layout style"],
  ["z-index", "2147483647"],
];

const OVERLAY_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: max-content;
  max-width: 360px; overflow: auto; padding: 10px 12px; background: #fff; color: #1a1a1a;
  border: 1px solid #8a8886; border-radius: 6px; text-align: start;
  font: 13px/1.4 "Segoe UI", system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
.card h2 { font-size: 14px; margin: 0 0 4px; }
.card .meta { color: #555; font-size: 12px; margin: 4px 0; }
.card ul { margin: 4px 0; padding-inline-start: 18px; }
.card .doubt { border-inline-start: 3px solid #c19c00; padding-inline-start: 6px; margin: 6px 0; }
.card .doubt-title { font-weight: 600; font-size: 12px; margin: 0; }
.card .en-mark { display: inline-block; padding: 0 4px; border: 1px solid #c19c00;
  border-radius: 4px; color: #6b5400; font-size: 10px; font-weight: 600; line-height: 1.4; }
.badge { position: absolute; z-index: 2147483646; max-width: min(480px, 90vw);
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding: 1px 6px;
  border-radius: 8px; background: #0f6cbd; color: #fff; pointer-events: none;
  font: 11px/1.5 "Segoe UI", system-ui, sans-serif; }
.badge[hidden] { display: none; }
`;

/** The overlay host if a card or badge made it already; null otherwise (nothing is added). */
export function existingOverlayHost(doc: Document): HTMLElement | null {
  const existing = doc.getElementById(OVERLAY_HOST_ID);
  return existing?.shadowRoot ? existing : null;
}

export function ensureOverlayRoot(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const existing = doc.getElementById(OVERLAY_HOST_ID);
  if (existing?.shadowRoot) return { host: existing, root: existing.shadowRoot };
  const host = doc.createElement("div");
  host.id = OVERLAY_HOST_ID;
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, "important");
  // Open, so assistive tech and end-to-end tests can read the card.
  const root = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = OVERLAY_CSS;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}
