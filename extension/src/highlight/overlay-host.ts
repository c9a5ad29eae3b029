/** One shadow-root host for all our UI on the page, so page CSS and ours never mix. */

export const OVERLAY_HOST_ID = "gapmap-overlay";

const OVERLAY_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; padding: 10px 12px;
  background: #fff; color: #1a1a1a; border: 1px solid #888; border-radius: 6px;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
.card h2 { font-size: 14px; margin: 0 0 4px; }
.card .meta { color: #555; font-size: 12px; margin: 4px 0; }
.card ul { margin: 4px 0; padding-left: 18px; }
.badge { position: absolute; z-index: 2147483646; padding: 1px 6px; border-radius: 8px;
  background: #146ea0; color: #fff; font: 11px/1.5 system-ui, sans-serif; }
`;

export function ensureOverlayRoot(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const existing = doc.getElementById(OVERLAY_HOST_ID);
  if (existing?.shadowRoot) return { host: existing, root: existing.shadowRoot };
  const host = doc.createElement("div");
  host.id = OVERLAY_HOST_ID;
  // Open, so assistive tech and end-to-end tests can read the card.
  const root = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = OVERLAY_CSS;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}
