/** The side panel's requests to the tagged tab: selectors for a new record, the card in the page. */
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { anchorReplySchema } from "../platform/anchor-reply";

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
