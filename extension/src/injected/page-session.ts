/**
 * The content script's state for one page: the last tagging result (the one source of truth for
 * this tab), the card, the mutation watcher and messages. Every new state is pushed to the side
 * panel, which shows whichever tab is active.
 */
import { findIndicator } from "../platform/catalogue";
import { describeTextRange } from "@gapmap/core/tagging";
import { hideIndicatorCard, showIndicatorCard } from "../highlight/indicator-card";
import { mentionAtPoint } from "../highlight/hover-trigger";
import { watchMutations } from "../highlight/mutation-watcher";
import { existingOverlayHost } from "../highlight/overlay-host";
import { anchorRecords, tagPage, type TaggedPage } from "../highlight/page-tagger";
import { revealBadgeAt, showTableBadges } from "../highlight/table-badges";
import { fullText, rangeForOffsets, type PageText } from "../highlight/text-walker";
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { loadInventory } from "../platform/inventory-store";
import type { PageState, ToContent } from "../platform/messages";
import { loadUiLanguage } from "../platform/ui-language";
import { translator, type UiLanguage } from "../i18n/index";
import { RECORD_STATUS_LABEL, recordStatus } from "../panel/record-status";
import type { Mention } from "@gapmap/core/tagging";
import { cardDoubt } from "../highlight/card-doubt";
import { readToContent } from "./to-content-guard";

/** A table's quote is its first characters: enough to find it again, short enough to store. */
const TABLE_QUOTE_CHARS = 160;

/** The page-text span of the text inside `element` (its first TABLE_QUOTE_CHARS characters). */
function textSpanOf(page: PageText, element: Element): { start: number; end: number } | undefined {
  const first = page.nodes.findIndex((node) => element.contains(node));
  if (first < 0) return undefined;
  let last = first;
  while (page.nodes[last + 1] !== undefined && element.contains(page.nodes[last + 1] ?? null)) {
    last++;
  }
  const start = page.starts[first] ?? 0;
  const end = (page.starts[last] ?? 0) + (page.nodes[last]?.length ?? 0);
  return { start, end: Math.min(end, start + TABLE_QUOTE_CHARS) };
}

export function createPageSession(doc: Document, api: ChromeApi = defaultChromeApi()): void {
  let last: TaggedPage | undefined;
  let stopWatching: (() => void) | undefined;
  // Our UI's host, once a card or badge made it (overlay-host.ts): the walk skips it.
  const host = () => existingOverlayHost(doc);

  /** Tells an open side panel; nobody listening is normal (the panel is closed). */
  function publish(state: PageState): void {
    api.runtime.sendMessage({ type: "gapmap/page-updated", state }).catch(() => undefined);
  }

  async function tag(): Promise<TaggedPage> {
    const inventory = await loadInventory(api);
    last = await tagPage(doc, host(), inventory.records);
    last.state.taggingMs = last.elapsedMs;
    last.state.taggingPhases = last.phases;
    showTableBadges(doc, last.tables, await loadUiLanguage(api));
    stopWatching ??= watchMutations(doc.body, host(), () => void tag());
    publish(last.state);
    return last;
  }

  async function reanchor(): Promise<PageState | null> {
    if (last === undefined) return null;
    const inventory = await loadInventory(api);
    last.state.records = anchorRecords(doc, last.page, inventory.records, last.state.url);
    publish(last.state);
    return last.state;
  }

  /** This page's records of an indicator, each with its status in the UI language. */
  function recordsFor(indicatorId: string, language: UiLanguage) {
    const t = translator(language);
    const anchors = new Map(last?.state.records.map((r) => [r.recordId, r]));
    return loadInventory(api).then((inv) =>
      inv.records
        .filter((r) => r.indicators.includes(indicatorId) && anchors.has(r.id))
        .map((r) => ({
          title: r.title ?? r.id,
          status: t(RECORD_STATUS_LABEL[recordStatus(anchors.get(r.id))]),
        })),
    );
  }

  /** The card for an indicator at its n-th mention (wrapping), or for a hovered mention. */
  async function showCard(
    indicatorId: string,
    occurrence = 0,
    rect?: DOMRect,
    hovered?: Mention,
  ): Promise<boolean> {
    const tagged = last ?? (await tag());
    const all = tagged.mentions.filter((m) => m.id === indicatorId);
    const mention =
      hovered ??
      (all.length > 0 ? all[((occurrence % all.length) + all.length) % all.length] : undefined);
    const range = mention && rangeForOffsets(tagged.page, mention.start, mention.end);
    if (rect === undefined && range) {
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
    }
    const anchor = rect ?? range?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
    const doubt = cardDoubt(indicatorId, mention, tagged.tables, range?.startContainer);
    const language = await loadUiLanguage(api);
    const card = await showIndicatorCard(doc, anchor, {
      indicatorId,
      records: await recordsFor(indicatorId, language),
      language,
      ...(doubt === undefined ? {} : { doubt }),
    });
    return card !== undefined;
  }

  /**
   * Selectors for a new record: the indicator's first mention in the text; with a table, the
   * table's own text too, so a record of a table-only indicator re-anchors (not orphaned).
   */
  function describeAnchor(tagged: TaggedPage, indicatorId: string, tableSelector?: string) {
    const mention = tagged.mentions.find((m) => m.id === indicatorId);
    const table = tableSelector === undefined ? null : doc.querySelector(tableSelector);
    const span = mention ?? (table === null ? undefined : textSpanOf(tagged.page, table));
    const selectors =
      span === undefined ? [] : describeTextRange(fullText(tagged.page), span.start, span.end);
    if (tableSelector !== undefined) selectors.push({ type: "CssSelector", value: tableSelector });
    return { selectors };
  }

  async function handle(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case "gapmap/tag":
        return (await tag()).state;
      case "gapmap/page-state":
        return (last ?? (await tag())).state;
      case "gapmap/current-state":
        return last?.state ?? null;
      case "gapmap/reanchor":
        return reanchor();
      case "gapmap/show-card":
        return { ok: await showCard(message.indicatorId, message.occurrence ?? 0) };
      case "gapmap/describe-anchor":
        return describeAnchor(last ?? (await tag()), message.indicatorId, message.tableSelector);
    }
  }

  api.runtime.onMessage((raw) => {
    const message = readToContent(raw);
    return message === undefined ? undefined : handle(message);
  });

  doc.addEventListener("mousemove", (event) => {
    if (last === undefined || host()?.contains(event.target as Node) === true) return;
    // The caret's hit test first, while the layout is clean: after a badge is shown it would
    // lay out the page again (~35 ms at 4× CPU on a 2 MB page) before the next frame does.
    const mention = mentionAtPoint(doc, last.page, last.mentions, event.clientX, event.clientY);
    revealBadgeAt(doc, event.target);
    if (mention === undefined || findIndicator(mention.id) === undefined) return;
    const current = host()?.shadowRoot?.querySelector<HTMLElement>(".card");
    if (current?.dataset["indicator"] === mention.id) return;
    const range = rangeForOffsets(last.page, mention.start, mention.end);
    const rect = range?.getBoundingClientRect() ?? new DOMRect(event.clientX, event.clientY, 0, 0);
    void showCard(mention.id, 0, rect, mention);
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideIndicatorCard(doc);
  });
}
