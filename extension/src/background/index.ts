/**
 * Service worker: toolbar click and the keyboard shortcut tag the active tab (activeTab grants
 * access for that gesture); opted-in sites are tagged when a page finishes loading.
 */
import taggerUrl from "url:../injected/tagger.ts";
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { toBackgroundSchema, type TagReply } from "../platform/messages";
import { getSitePrefs } from "../platform/site-prefs";

export const TAG_COMMAND = "tag-page";

export async function tagTab(
  tabId: number,
  api: ChromeApi = defaultChromeApi(),
): Promise<TagReply> {
  try {
    await api.scripting.injectFile(tabId, api.runtime.extensionPath(taggerUrl));
    await api.tabs.sendMessage(tabId, { type: "gapmap/tag" });
    await api.ui.setBadge(tabId, "");
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function tagActiveTab(api: ChromeApi): Promise<TagReply> {
  const tabId = await api.tabs.activeTabId();
  return tabId === undefined ? { ok: false, error: "no active tab" } : tagTab(tabId, api);
}

export function startBackground(api: ChromeApi = defaultChromeApi()): {
  runCommand(command: string): Promise<TagReply>;
} {
  const runCommand = (command: string): Promise<TagReply> =>
    command === TAG_COMMAND
      ? tagActiveTab(api)
      : Promise.resolve({ ok: false, error: `unknown command ${command}` });

  api.ui.onToolbarClick((tabId) => {
    if (tabId === undefined) return;
    // sidePanel.open must run inside the click's user gesture, before any await.
    api.ui.openSidePanel(tabId).catch(() => undefined);
    void tagTab(tabId, api);
  });
  api.ui.onCommand((command) => void runCommand(command));
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
  return { runCommand };
}

const background = startBackground();
// Test hook: the same path as the keyboard shortcut, for end-to-end tests (no toolbar clicks there).
(globalThis as unknown as Record<string, unknown>)["gapmapBackground"] = background;
