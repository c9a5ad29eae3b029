/**
 * Tags one tab: injects the content script's files its page does not hold yet, then asks the
 * content script to tag. One pass per tab at a time: a request while the tab is being tagged
 * joins that pass (a held Alt+Shift+G repeats its command about 25 times a second, and each
 * repeat started a pass of its own).
 */
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import type { TagReply } from "../platform/messages";
import { contentScriptPath, filesToInject } from "./content-script-files";
import { afterGrantArrives } from "./granted-access";
import { loadedFiles } from "./layer-probe";

const running = new Map<number, Promise<TagReply>>();

export interface TagOptions {
  /** A gesture has just granted the page: it may not know yet (granted-access.ts). */
  justGranted?: boolean;
}

export function tagTab(
  tabId: number,
  api: ChromeApi = defaultChromeApi(),
  options: TagOptions = {},
): Promise<TagReply> {
  const current = running.get(tabId);
  if (current !== undefined) return current;
  const pass = injectAndTag(tabId, api, options).finally(() => {
    running.delete(tabId);
  });
  running.set(tabId, pass);
  return pass;
}

async function injectAndTag(
  tabId: number,
  api: ChromeApi,
  { justGranted = false }: TagOptions,
): Promise<TagReply> {
  try {
    const probe = () => loadedFiles(tabId, api);
    // The probe is the first script the page runs: once it has run, the page knows the grant.
    const missing = filesToInject(await (justGranted ? afterGrantArrives(probe) : probe()));
    // One executeScript per file: each is compiled and run in a task of its own.
    for (const name of missing) {
      await api.scripting.injectFile(tabId, api.runtime.extensionPath(contentScriptPath(name)));
    }
    if (missing.length > 0) {
      const notRun = filesToInject(await loadedFiles(tabId, api));
      if (notRun.length > 0) {
        throw new Error(`the content script did not start in this page (${notRun.join(", ")})`);
      }
    }
    await api.tabs.sendMessage(tabId, { type: "gapmap/tag" });
    // A mark left by an earlier failure goes.
    await api.ui.setBadge(tabId, "");
    await api.ui.setTitle(tabId, "");
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
