/**
 * The hover/focus card for a highlighted indicator: name, definition, SDG code, required
 * breakdowns, the records already saved for it, and, when recognition is unsure, the words that
 * were read and the runner-up indicator. Page and catalogue text go in via textContent.
 *
 * Placement is @floating-ui/dom's (flip, shift, size): the card stays inside the viewport, below
 * the words or above them when there is no room. Its direction and language are those of its
 * own text, not the page's, so English stays left to right on an Arabic page.
 */
import { computePosition, flip, offset, shift, size } from "@floating-ui/dom";
import { findIndicator } from "../platform/catalogue";
import { breakdownList, indicatorName } from "../i18n/catalogue-names";
import { textDirection, translator, type UiLanguage } from "../i18n/index";
import type { CardDoubt } from "./card-doubt";
import { ensureOverlayRoot, existingOverlayHost } from "./overlay-host";

export interface CardRecord {
  title: string;
  status: string;
}

export interface CardContent {
  indicatorId: string;
  records: readonly CardRecord[];
  language: UiLanguage;
  doubt?: CardDoubt;
}

const CARD_GAP_PX = 8;
/** Distance kept from the viewport's edges. */
const VIEWPORT_PADDING_PX = 8;
/** Below this height a card would be a slit; it then scrolls inside this much. */
const MIN_CARD_HEIGHT_PX = 120;

function element(doc: Document, tag: string, text?: string, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className !== undefined) el.className = className;
  return el;
}

function buildCard(doc: Document, content: CardContent): HTMLElement | undefined {
  const indicator = findIndicator(content.indicatorId);
  if (indicator === undefined) return undefined;
  const t = translator(content.language);
  const name = indicatorName(indicator.id, content.language);
  const card = element(doc, "div", undefined, "card");
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-label", name.text);
  card.dataset["indicator"] = indicator.id;
  card.lang = content.language;
  card.dir = textDirection(content.language);
  const heading = element(doc, "h2", name.text);
  heading.lang = name.lang;
  heading.dir = textDirection(name.lang);
  if (name.fallback) heading.append(" ", englishMark(doc, t("englishFallback"), content.language));
  // The definition is English catalogue text: laid out as English whatever the UI language,
  // and marked as English in any other.
  const definition = element(doc, "p", indicator.definition);
  definition.lang = "en";
  definition.dir = "ltr";
  if (content.language !== "en") {
    definition.prepend(englishMark(doc, t("englishDefinition"), content.language), " ");
  }
  card.append(heading, definition);
  if (content.doubt !== undefined) card.append(doubtBlock(doc, content.doubt, content.language));
  if (indicator.sdg !== undefined) card.append(element(doc, "p", `SDG ${indicator.sdg}`, "meta"));
  const breakdowns = breakdownList(indicator.requiredDimensions, content.language) || t("none");
  card.append(element(doc, "p", t("cardRequiredBreakdowns", { list: breakdowns }), "meta"));
  const records = content.records;
  card.append(
    element(doc, "p", records.length === 0 ? t("cardNoRecords") : t("cardRecords"), "meta"),
  );
  if (records.length > 0) {
    const list = element(doc, "ul");
    for (const r of records) list.append(element(doc, "li", `${r.title} (${r.status})`));
    card.append(list);
  }
  return card;
}

/** A small "EN" saying why the text next to it is English (the reason in the UI language). */
function englishMark(doc: Document, reason: string, language: UiLanguage): HTMLElement {
  const mark = element(doc, "span", "EN", "en-mark");
  mark.title = reason;
  mark.setAttribute("aria-label", reason);
  mark.lang = language;
  return mark;
}

const DOUBT_REASON = {
  "ambiguous-words": "cardAmbiguousWords",
  "stock-or-flow": "cardStockOrFlow",
  "close-score": "cardCloseScore",
} as const;

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(", ");

function doubtBlock(doc: Document, doubt: CardDoubt, language: UiLanguage): HTMLElement {
  const t = translator(language);
  const block = element(doc, "div", undefined, "doubt");
  block.dataset["reason"] = doubt.reason;
  block.append(element(doc, "p", t("cardUnsure"), "doubt-title"));
  block.append(element(doc, "p", t(DOUBT_REASON[doubt.reason]), "meta"));
  if (doubt.evidence.length > 0) {
    block.append(
      element(doc, "p", t("cardEvidence", { list: quoted(doubt.evidence) }), "meta evidence"),
    );
  }
  if (doubt.reason === "stock-or-flow") {
    const cues =
      doubt.cues.length > 0 ? t("cardCues", { list: quoted(doubt.cues) }) : t("cardNoCues");
    block.append(element(doc, "p", cues, "meta cues"));
  }
  if (doubt.runnerUpId !== undefined) {
    const runnerUp = indicatorName(doubt.runnerUpId, language);
    const line = element(doc, "p", t("cardRunnerUp", { name: runnerUp.text }), "meta runner-up");
    line.dataset["indicator"] = doubt.runnerUpId;
    block.append(line);
  }
  return block;
}

/** Places the card at `anchor` (viewport coordinates), inside the viewport. */
export async function placeCard(card: HTMLElement, anchor: DOMRect): Promise<void> {
  const reference = { getBoundingClientRect: () => anchor };
  const { x, y } = await computePosition(reference, card, {
    strategy: "fixed",
    placement: card.dir === "rtl" ? "bottom-end" : "bottom-start",
    middleware: [
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX }),
      shift({ padding: VIEWPORT_PADDING_PX, crossAxis: true }),
      size({
        padding: VIEWPORT_PADDING_PX,
        apply({ availableWidth, availableHeight, elements }) {
          const style = elements.floating.style;
          style.maxWidth = `${Math.max(0, Math.min(360, availableWidth))}px`;
          style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, availableHeight)}px`;
        },
      }),
    ],
  });
  card.style.left = `${x}px`;
  card.style.top = `${y}px`;
}

export async function showIndicatorCard(
  doc: Document,
  anchor: DOMRect,
  content: CardContent,
): Promise<HTMLElement | undefined> {
  const card = buildCard(doc, content);
  if (card === undefined) return undefined;
  hideIndicatorCard(doc);
  const { root } = ensureOverlayRoot(doc);
  // Measured where it cannot be seen, then placed: no flash at the wrong spot.
  card.style.left = "0px";
  card.style.top = "0px";
  card.style.visibility = "hidden";
  root.append(card);
  await placeCard(card, anchor);
  card.style.visibility = "";
  return card;
}

export function hideIndicatorCard(doc: Document): void {
  // No overlay yet: no card to hide, and none is made for it (Escape on an untouched page).
  existingOverlayHost(doc)?.shadowRoot?.querySelector(".card")?.remove();
}
