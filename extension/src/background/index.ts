/**
 * Service worker. Three user gestures tag the page they are made on, and each grants activeTab
 * for it: the toolbar button (which also opens the side panel), the keyboard shortcut
 * (Alt+Shift+G) and the page's context-menu entry. Opted-in sites are tagged when a page loads.
 */
import { pickUiLanguage, translator } from "../i18n/index";
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { toBackgroundSchema, type TagReply } from "../platform/messages";
import { getSitePrefs } from "../platform/site-prefs";
import { CONTENT_SCRIPT_FILES } from "./content-script-files";

export const TAG_COMMAND = "tag-page";
export const TAG_MENU_ITEM = "gapmap-tag-page";

export async function tagTab(
  tabId: number,
  api: ChromeApi = defaultChromeApi(),
): Promise<TagReply> {
  try {
    // One executeScript per file: each is compiled and run in a task of its own.
    for (const file of CONTENT_SCRIPT_FILES) {
      await api.scripting.injectFile(tabId, api.runtime.extensionPath(file));
    }
    await api.tabs.sendMessage(tabId, { type: "gapmap/tag" });
    await api.ui.setBadge(tabId, "");
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What each gesture runs; registered as the browser's listeners, and kept for the tests. */
export interface Triggers {
  toolbar(tabId: number | undefined): Promise<TagReply>;
  shortcut(command: string, tabId: number | undefined): Promise<TagReply>;
  contextMenu(menuItemId: string, tabId: number | undefined): Promise<TagReply>;
}

export function startBackground(api: ChromeApi = defaultChromeApi()): Triggers {
  const tagGestureTab = async (tabId: number | undefined): Promise<TagReply> => {
    const target = tabId ?? (await api.tabs.activeTabId());
    return target === undefined ? { ok: false, error: "no active tab" } : tagTab(target, api);
  };
  const openPanel = (tabId: number | undefined) => {
    // sidePanel.open must run inside the gesture, before any await.
    if (tabId !== undefined) api.ui.openSidePanel(tabId).catch(() => undefined);
  };
  const triggers: Triggers = {
    toolbar: (tabId) => {
      openPanel(tabId);
      return tagGestureTab(tabId);
    },
    shortcut: (command, tabId) =>
      command === TAG_COMMAND
        ? tagGestureTab(tabId)
        : Promise.resolve({ ok: false, error: `unknown command ${command}` }),
    contextMenu: (menuItemId, tabId) => {
      if (menuItemId !== TAG_MENU_ITEM) {
        return Promise.resolve({ ok: false, error: `unknown menu item ${menuItemId}` });
      }
      openPanel(tabId);
      return tagGestureTab(tabId);
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

const triggers = startBackground();
// For the tag-page benchmark, which starts each first pass as the shortcut does (inject, then
// tag) without a window to press keys in: the very functions registered as the listeners.
(globalThis as unknown as Record<string, unknown>)["gapmapTriggers"] = triggers;
