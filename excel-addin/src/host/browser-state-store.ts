/**
 * The web host's session store: localStorage, one entry per workbook, keyed by file name and
 * size so re-opening the same file finds its session. Nothing leaves the browser.
 */
import {
  stateFromJson,
  stateToJson,
  WorkbookStateError,
  type WorkbookState,
} from "../office/index";
import { HostError, type StoredState } from "./host";

export const STORAGE_PREFIX = "gapmap:session:";
export const STORAGE_FULL_MESSAGE =
  "This browser has no room left to keep Gapmap's session; your work here is not saved. Export the results before closing the page.";

export function stateKeyForFile(file: { name: string; size: number }): string {
  return `${file.name}|${file.size}`;
}

export function loadStoredState(storage: Storage, key: string | undefined): StoredState {
  if (key === undefined) return { status: "none" };
  const json = storage.getItem(STORAGE_PREFIX + key);
  if (json === null) return { status: "none" };
  try {
    return { status: "loaded", state: stateFromJson(json) };
  } catch (error) {
    if (!(error instanceof WorkbookStateError)) throw error;
    return { status: "unreadable", problem: error.problem, userMessage: error.userMessage };
  }
}

export function saveStoredState(
  storage: Storage,
  key: string | undefined,
  state: WorkbookState,
): void {
  if (key === undefined) return;
  try {
    storage.setItem(STORAGE_PREFIX + key, stateToJson(state));
  } catch (error) {
    // QuotaExceededError is a DOMException whose name says so in every browser.
    if (error instanceof Error && /quota/i.test(error.name))
      throw new HostError(STORAGE_FULL_MESSAGE);
    throw error;
  }
}
