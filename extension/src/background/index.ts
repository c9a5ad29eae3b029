/** The service worker: the gestures' and messages' listeners (triggers.ts), and the engine host. */
import { ensureEngineHost } from "./engine-host";
import { startBackground } from "./triggers";

const triggers = startBackground();
// For the tag-page benchmark, which starts each first pass as the shortcut does (inject, then
// tag) without a window to press keys in: the very functions registered as the listeners.
(globalThis as unknown as Record<string, unknown>)["gapmapTriggers"] = triggers;

// The host warms up while nothing waits for it: at install, browser start or any wake; a
// gesture opens it again if it was closed meanwhile (the pass waits for no host: it tags alone).
void ensureEngineHost();
const reopenHost = () => void ensureEngineHost();
chrome.action.onClicked.addListener(reopenHost);
chrome.commands.onCommand.addListener(reopenHost);
chrome.contextMenus.onClicked.addListener(reopenHost);
