/**
 * Which tab the side panel shows, and that tab's page state. The panel follows the active tab
 * of its own window (tab switch), drops a tab's state when the tab navigates, and takes every
 * state the tab's content script pushes (tagged, re-tagged, re-anchored). The content script is
 * the one source of truth per tab; the panel only keeps a copy of the shown tab's state.
 *
 * `?tab=<id>` pins one tab and `?window=<id>` follows another window's active tab, so the panel
 * also runs as an ordinary page (debugging, end-to-end tests).
 */
import type { ChromeApi } from "../platform/chrome-api";
import { pageStateSchema, toPanelSchema, type PageState } from "../platform/messages";

export type TabView =
  | { kind: "no-tab" }
  | { kind: "loading"; tabId: number }
  | { kind: "untagged"; tabId: number }
  | { kind: "tagged"; tabId: number; page: PageState };

export interface FollowedTab {
  /** Stops delivering views (the panel unmounted); browser listeners stay but do nothing. */
  stop(): void;
  /** Fetches the shown tab's state again (after a save, edit, delete or import). */
  refresh(): Promise<void>;
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The shown tab's last state, or undefined when nothing is injected there (not tagged). */
async function currentState(api: ChromeApi, tabId: number): Promise<PageState | undefined> {
  try {
    const reply = await api.tabs.sendMessage(tabId, { type: "gapmap/current-state" });
    const parsed = pageStateSchema.nullable().safeParse(reply);
    return parsed.success ? (parsed.data ?? undefined) : undefined;
  } catch {
    return undefined; // no content script in that tab: not tagged
  }
}

export function followTab(
  api: ChromeApi,
  search: string,
  onView: (view: TabView) => void,
): FollowedTab {
  const query = new URLSearchParams(search);
  const pinnedTab = positiveInt(query.get("tab"));
  let windowId = positiveInt(query.get("window"));
  let shownTab: number | undefined;
  let stopped = false;
  // Answers can arrive out of order when tabs switch fast: only the latest request may land.
  let request = 0;

  const show = (view: TabView) => {
    if (!stopped) onView(view);
  };

  /** Shows the tab's state; `quietly` keeps the current view until it arrives (a refresh). */
  const load = async (tabId: number, quietly = false) => {
    const mine = ++request;
    shownTab = tabId;
    if (!quietly) show({ kind: "loading", tabId });
    const page = await currentState(api, tabId);
    if (mine !== request) return;
    show(page === undefined ? { kind: "untagged", tabId } : { kind: "tagged", tabId, page });
  };

  api.tabs.onActivated((tabId, inWindow) => {
    if (pinnedTab === undefined && inWindow === windowId) void load(tabId);
  });
  api.tabs.onNavigated((tabId) => {
    if (tabId !== shownTab) return;
    request++;
    show({ kind: "untagged", tabId });
  });
  api.runtime.onMessage((raw, senderTabId) => {
    const parsed = toPanelSchema.safeParse(raw);
    if (parsed.success && senderTabId !== undefined && senderTabId === shownTab) {
      request++;
      show({ kind: "tagged", tabId: senderTabId, page: parsed.data.state });
    }
    return undefined; // no reply: the content script does not wait for one
  });

  const start = async () => {
    if (pinnedTab !== undefined) return load(pinnedTab);
    windowId ??= await api.windows.currentId();
    const tabId = windowId === undefined ? undefined : await api.tabs.activeTabInWindow(windowId);
    if (tabId === undefined) show({ kind: "no-tab" });
    else await load(tabId);
  };
  void start();

  return {
    stop: () => {
      stopped = true;
    },
    refresh: async () => {
      if (shownTab === undefined) return;
      try {
        await api.tabs.sendMessage(shownTab, { type: "gapmap/reanchor" });
      } catch {
        // Not tagged: nothing to re-anchor.
      }
      await load(shownTab, true);
    },
  };
}
