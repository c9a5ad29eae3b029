/** The side panel's link to the tagged tab: which tab, its page state, and records saved for it. */
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { anchorReplySchema } from "../platform/anchor-reply";
import { pageStateSchema, type PageState } from "../platform/messages";

/** `?tab=<id>` lets the panel run in an ordinary tab (debugging, end-to-end tests). */
export async function targetTabId(
  search: string,
  api: ChromeApi = defaultChromeApi(),
): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get("tab"));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : api.tabs.activeTabId();
}

export async function fetchPageState(
  tabId: number,
  api: ChromeApi = defaultChromeApi(),
): Promise<PageState> {
  try {
    return pageStateSchema.parse(await api.tabs.sendMessage(tabId, { type: "gapmap/page-state" }));
  } catch (error) {
    throw new Error(
      `This page is not tagged yet: click the Gapmap toolbar button or press Alt+Shift+G. (${String(error)})`,
    );
  }
}

export async function describeAnchor(
  tabId: number,
  indicatorId: string,
  tableSelector: string | undefined,
  api: ChromeApi = defaultChromeApi(),
) {
  const message = {
    type: "gapmap/describe-anchor",
    indicatorId,
    ...(tableSelector === undefined ? {} : { tableSelector }),
  };
  return anchorReplySchema.parse(await api.tabs.sendMessage(tabId, message)).selectors;
}

/** Opens the card in the page at the indicator's n-th mention (scrolled into view). */
export async function showCardInPage(
  tabId: number,
  indicatorId: string,
  occurrence = 0,
  api: ChromeApi = defaultChromeApi(),
): Promise<void> {
  await api.tabs.sendMessage(tabId, { type: "gapmap/show-card", indicatorId, occurrence });
}
