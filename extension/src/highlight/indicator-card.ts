/**
 * The hover/focus card for a highlighted indicator: name, definition, SDG code, required
 * breakdowns and the records already saved for it. Page and catalogue text go in via textContent.
 */
import { findIndicator } from "@gapmap/catalog";
import { ensureOverlayRoot } from "./overlay-host";

export interface CardRecord {
  title: string;
  status: string;
}

const CARD_OFFSET_PX = 8;

function element(doc: Document, tag: string, text?: string, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className !== undefined) el.className = className;
  return el;
}

export function showIndicatorCard(
  doc: Document,
  indicatorId: string,
  anchor: DOMRect,
  records: readonly CardRecord[],
): HTMLElement | undefined {
  const indicator = findIndicator(indicatorId);
  if (indicator === undefined) return undefined;
  hideIndicatorCard(doc);
  const { root } = ensureOverlayRoot(doc);
  const card = element(doc, "div", undefined, "card");
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-label", indicator.name);
  card.dataset["indicator"] = indicator.id;
  card.append(element(doc, "h2", indicator.name), element(doc, "p", indicator.definition));
  if (indicator.sdg !== undefined) card.append(element(doc, "p", `SDG ${indicator.sdg}`, "meta"));
  const breakdowns = indicator.requiredDimensions.join(", ");
  card.append(element(doc, "p", `Required breakdowns: ${breakdowns || "none"}`, "meta"));
  card.append(
    element(doc, "p", records.length === 0 ? "No records yet" : "Records on this page:", "meta"),
  );
  if (records.length > 0) {
    const list = element(doc, "ul");
    for (const r of records) list.append(element(doc, "li", `${r.title} (${r.status})`));
    card.append(list);
  }
  card.style.left = `${Math.max(0, anchor.left)}px`;
  card.style.top = `${anchor.bottom + CARD_OFFSET_PX}px`;
  root.append(card);
  return card;
}

export function hideIndicatorCard(doc: Document): void {
  ensureOverlayRoot(doc).root.querySelector(".card")?.remove();
}
