/**
 * Which of the content script's files have run in a tab's page, asked before injecting (a page
 * tagged before needs none of them: each was compiled again on every gesture, although its
 * setup was skipped) and after (a file whose setup failed is then named in the error, rather
 * than the content script later not answering).
 */
import { z } from "zod";
import type { ChromeApi } from "../platform/chrome-api";
import { LOADED_FILES_KEY } from "./content-script-files";

/** Runs in the page's isolated world, sent there as source text: it must be self-contained. */
function namesLoadedInWorld(key: string): string[] {
  const loaded: unknown = (globalThis as unknown as Record<string, unknown>)[key];
  return typeof loaded === "object" && loaded !== null ? Object.keys(loaded) : [];
}

const loadedNamesSchema = z.array(z.string());

/** The names of the content-script files whose setup has run in the tab's page. */
export async function loadedFiles(tabId: number, api: ChromeApi): Promise<string[]> {
  const answer = loadedNamesSchema.safeParse(
    await api.scripting.runInTab(tabId, namesLoadedInWorld, [LOADED_FILES_KEY]),
  );
  if (!answer.success) throw new Error("the page gave no list of the content script's files");
  return answer.data;
}
