/**
 * The service worker's listeners. Three user gestures tag the page they are made on, and each
 * grants activeTab for it: the toolbar button (which also opens the side panel), the keyboard
 * shortcut (Alt+Shift+G) and the page's context-menu entry; a gesture that fails says so on the
 * toolbar button (gesture-feedback.ts). Opted-in sites are tagged when a page loads.
 */
import { pickUiLanguage, translator } from "../i18n/index";
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { toBackgroundSchema, type TagReply } from "../platform/messages";
import { getSitePrefs } from "../platform/site-prefs";
import { showGestureResult } from "./gesture-feedback";
import { tagTab } from "./tag-tab";

export const TAG_COMMAND = "tag-page";
export const TAG_MENU_ITEM = "gapmap-tag-page";

/** What each gesture runs; registered as the browser's listeners, and kept for the tests. */
export interface Triggers {
  toolbar(tabId: number | undefined): Promise<TagReply>;
  shortcut(command: string, tabId: number | undefined): Promise<TagReply>;
  contextMenu(menuItemId: string, tabId: number | undefined): Promise<TagReply>;
}

export function startBackground(api: ChromeApi = defaultChromeApi()): Triggers {
  const tagGestureTab = async (gesture: string, tabId: number | undefined) => {
    const target = tabId ?? (await api.tabs.activeTabId());
    const reply: TagReply =
      target === undefined
        ? { ok: false, error: "no active tab" }
        : await tagTab(target, api, { justGranted: true });
    await showGestureResult(gesture, target, reply, api);
    return reply;
  };
  const openPanel = (tabId: number | undefined) => {
    // sidePanel.open must run inside the gesture, before any await.
    if (tabId !== undefined) api.ui.openSidePanel(tabId).catch(() => undefined);
  };
  const triggers: Triggers = {
    toolbar: (tabId) => {
      openPanel(tabId);
      return tagGestureTab("toolbar button", tabId);
    },
    shortcut: (command, tabId) =>
      command === TAG_COMMAND
        ? tagGestureTab("keyboard shortcut", tabId)
        : Promise.resolve({ ok: false, error: `unknown command ${command}` }),
    contextMenu: (menuItemId, tabId) => {
      if (menuItemId !== TAG_MENU_ITEM) {
        return Promise.resolve({ ok: false, error: `unknown menu item ${menuItemId}` });
      }
      openPanel(tabId);
      return tagGestureTab("context menu", tabId);
    },
  };

  api.ui.onToolbarClick((tabId) => void triggers.toolbar(tabId));
  api.ui.onCommand((command, tabId) => void triggers.shortcut(command, tabId));
  api.ui.onContextMenuClick((item, tabId) => void triggers.contextMenu(item, tabId));
  api.runtime.onInstalled(() => {
    const t = translator(pickUiLanguage(navigator.language));
    api.ui.createContextMenu(TAG_MENU_ITEM, t("contextMenuTag"));
  });
  api.runtime.onMessage((raw) => {
    const parsed = toBackgroundSchema.safeParse(raw);
    return parsed.success ? tagTab(parsed.data.tabId, api) : undefined;
  });
  api.tabs.onComplete((tabId, url) => {
    void getSitePrefs(url, api).then(async (prefs) => {
      if (!prefs.alwaysOn) return;
      const reply = await tagTab(tabId, api);
      // Without a fresh gesture the browser may refuse; the badge invites a click instead.
      if (!reply.ok) await api.ui.setBadge(tabId, "tag");
    });
  });
  return triggers;
}
