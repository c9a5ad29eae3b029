/** The service worker: the gestures' and messages' listeners (triggers.ts). */
import { startBackground } from "./triggers";

const triggers = startBackground();
// For the tag-page benchmark, which starts each first pass as the shortcut does (inject, then
// tag) without a window to press keys in: the very functions registered as the listeners.
(globalThis as unknown as Record<string, unknown>)["gapmapTriggers"] = triggers;
