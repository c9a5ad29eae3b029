/**
 * Keeps the engine host (host/host.ts) open: on Chrome an offscreen document, created when the
 * service worker starts (install, browser start, any wake) and again before a tab is tagged if
 * it is gone; on Firefox, whose MV3 background is a document, a frame of the same page inside
 * it. Content scripts reach it over a port; without it they tag by themselves, so a failure here
 * only costs speed. See docs/decisions/0011-engine-host.md.
 */

/** The host page, written by scripts/host/build-host.ts next to the manifest. */
export const ENGINE_HOST_PAGE = "host.html";
const JUSTIFICATION =
  "Runs Gapmap's text-matching engine warm, off the tagged page's main thread (no network).";

let creating: Promise<void> | undefined;

/** Opens the host if it is not open; never throws. */
export function ensureEngineHost(browser: typeof chrome = chrome): Promise<void> {
  creating ??= openHost(browser)
    .catch(() => undefined)
    .finally(() => {
      creating = undefined;
    });
  return creating;
}

async function openHost(browser: typeof chrome): Promise<void> {
  const offscreen = browser.offscreen as typeof chrome.offscreen | undefined;
  if (offscreen !== undefined) {
    if (await offscreen.hasDocument()) return;
    await offscreen.createDocument({
      url: ENGINE_HOST_PAGE,
      // The closest reason Chrome offers for background computation; it checks none of them.
      reasons: [offscreen.Reason.WORKERS],
      justification: JUSTIFICATION,
    });
    return;
  }
  // Firefox: the background page is a document (an event page); a frame of the host page in it
  // lives as long as the background does.
  if (typeof document === "undefined" || document.querySelector("iframe[data-gapmap-host]")) {
    return;
  }
  const frame = document.createElement("iframe");
  frame.dataset["gapmapHost"] = "";
  frame.src = browser.runtime.getURL(ENGINE_HOST_PAGE);
  document.body.append(frame);
}
