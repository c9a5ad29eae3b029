/** The content script's state for one page: last tagging result, card, mutation watcher, messages. */
import { findIndicator } from "@gapmap/catalog";
import { describeTextRange } from "@gapmap/core/tagging";
import { hideIndicatorCard, showIndicatorCard } from "../highlight/indicator-card";
import { mentionAtPoint } from "../highlight/hover-trigger";
import { watchMutations } from "../highlight/mutation-watcher";
import { ensureOverlayRoot } from "../highlight/overlay-host";
import { tagPage, type TaggedPage } from "../highlight/page-tagger";
import { showTableBadges } from "../highlight/table-badges";
import { fullText, rangeForOffsets } from "../highlight/text-walker";
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { loadInventory } from "../platform/inventory-store";
import { toContentSchema, type ToContent } from "../platform/messages";

export function createPageSession(doc: Document, api: ChromeApi = defaultChromeApi()): void {
  let last: TaggedPage | undefined;
  let stopWatching: (() => void) | undefined;
  const { host } = ensureOverlayRoot(doc);

  async function tag(): Promise<TaggedPage> {
    const inventory = await loadInventory(api);
    last = await tagPage(doc, host, inventory.records);
    last.state.taggingMs = last.elapsedMs;
    last.state.taggingPhases = last.phases;
    showTableBadges(doc, last.tables);
    stopWatching ??= watchMutations(doc.body, host, () => void tag());
    return last;
  }

  function recordsFor(indicatorId: string) {
    const statuses = new Map(last?.state.records.map((r) => [r.recordId, r.status]));
    return loadInventory(api).then((inv) =>
      inv.records
        .filter((r) => r.indicators.includes(indicatorId) && statuses.has(r.id))
        .map((r) => ({ title: r.title ?? r.id, status: statuses.get(r.id) ?? "orphaned" })),
    );
  }

  /** The card for an indicator at its n-th mention (wrapping), or at `rect` for a hover. */
  async function showCard(indicatorId: string, occurrence = 0, rect?: DOMRect): Promise<boolean> {
    const tagged = last ?? (await tag());
    const all = tagged.mentions.filter((m) => m.id === indicatorId);
    const mention =
      all.length > 0 ? all[((occurrence % all.length) + all.length) % all.length] : undefined;
    const range = mention && rangeForOffsets(tagged.page, mention.start, mention.end);
    if (rect === undefined && range) {
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
    }
    const anchor = rect ?? range?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
    return showIndicatorCard(doc, indicatorId, anchor, await recordsFor(indicatorId)) !== undefined;
  }

  async function handle(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case "gapmap/tag":
        return (await tag()).state;
      case "gapmap/page-state":
        return (last ?? (await tag())).state;
      case "gapmap/show-card":
        return { ok: await showCard(message.indicatorId, message.occurrence ?? 0) };
      case "gapmap/describe-anchor": {
        const tagged = last ?? (await tag());
        const mention = tagged.mentions.find((m) => m.id === message.indicatorId);
        const selectors = mention
          ? describeTextRange(fullText(tagged.page), mention.start, mention.end)
          : [];
        if (message.tableSelector !== undefined) {
          selectors.push({ type: "CssSelector", value: message.tableSelector });
        }
        return { selectors };
      }
    }
  }

  api.runtime.onMessage((raw) => {
    const parsed = toContentSchema.safeParse(raw);
    return parsed.success ? handle(parsed.data) : undefined;
  });

  doc.addEventListener("mousemove", (event) => {
    if (last === undefined || host.contains(event.target as Node)) return;
    const mention = mentionAtPoint(doc, last.page, last.mentions, event.clientX, event.clientY);
    if (mention === undefined || findIndicator(mention.id) === undefined) return;
    const current = host.shadowRoot?.querySelector<HTMLElement>(".card");
    if (current?.dataset["indicator"] === mention.id) return;
    void showCard(mention.id, 0, new DOMRect(event.clientX, event.clientY, 0, 0));
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideIndicatorCard(doc);
  });
}
