/** The UI language: the analyst's choice when stored, else the browser's language. */
import { isUiLanguage, pickUiLanguage, type UiLanguage } from "../i18n/index";
import { defaultChromeApi, type ChromeApi } from "./chrome-api";
import { STORAGE_KEYS } from "./storage-keys";

export async function loadUiLanguage(
  api: ChromeApi = defaultChromeApi(),
  browserLanguage: string | undefined = navigator.language,
): Promise<UiLanguage> {
  const stored = (await api.storage.get([STORAGE_KEYS.uiLanguage]))[STORAGE_KEYS.uiLanguage];
  return typeof stored === "string" && isUiLanguage(stored)
    ? stored
    : pickUiLanguage(browserLanguage);
}

export async function saveUiLanguage(
  language: UiLanguage,
  api: ChromeApi = defaultChromeApi(),
): Promise<void> {
  await api.storage.set({ [STORAGE_KEYS.uiLanguage]: language });
}
