/**
 * What a failed gesture shows (toolbar, shortcut or context menu): a "!" badge on the toolbar
 * button of the tab, the reason in its tooltip, in the UI language, and a console line for
 * whoever inspects the service worker. Before, a failed shortcut showed nothing anywhere. A
 * later success clears the badge and tooltip (tag-tab.ts).
 */
import { translator } from "../i18n/index";
import type { ChromeApi } from "../platform/chrome-api";
import type { TagReply } from "../platform/messages";
import { loadUiLanguage } from "../platform/ui-language";

export const FAILED_BADGE = "!";

export async function showGestureResult(
  gesture: string,
  tabId: number | undefined,
  reply: TagReply,
  api: ChromeApi,
): Promise<void> {
  if (reply.ok) return;
  console.warn(`Gapmap: the ${gesture} could not tag tab ${String(tabId)}: ${reply.error}`);
  if (tabId === undefined) return;
  try {
    const t = translator(await loadUiLanguage(api));
    await api.ui.setBadge(tabId, FAILED_BADGE);
    await api.ui.setTitle(tabId, t("gestureTagFailed", { error: reply.error }));
  } catch (error) {
    // The tab may have closed meanwhile: the console line above is all that is left to show.
    console.warn(`Gapmap: no badge for tab ${String(tabId)}: ${String(error)}`);
  }
}
