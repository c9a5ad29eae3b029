/** Per-site preferences ("always on this site", remembered producer), keyed by page origin. */
import { defaultChromeApi, type ChromeApi } from "./chrome-api";
import {
  STORAGE_KEYS,
  sitePrefsSchema,
  sitesSchema,
  type SitePrefs,
  type Sites,
} from "./storage-keys";

export function siteKey(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? host : undefined;
  } catch {
    return undefined;
  }
}

async function loadSites(api: ChromeApi): Promise<Sites> {
  const items = await api.storage.get([STORAGE_KEYS.sites]);
  const raw = items[STORAGE_KEYS.sites];
  return raw === undefined ? {} : sitesSchema.parse(raw);
}

export async function getSitePrefs(
  url: string,
  api: ChromeApi = defaultChromeApi(),
): Promise<SitePrefs> {
  const key = siteKey(url);
  const sites = await loadSites(api);
  return (key === undefined ? undefined : sites[key]) ?? sitePrefsSchema.parse({});
}

export async function updateSitePrefs(
  url: string,
  change: Partial<SitePrefs>,
  api: ChromeApi = defaultChromeApi(),
): Promise<SitePrefs> {
  const key = siteKey(url);
  if (key === undefined) throw new Error(`not a web page: ${url}`);
  const sites = await loadSites(api);
  const next = sitePrefsSchema.parse({ ...sites[key], ...change });
  await api.storage.set({ [STORAGE_KEYS.sites]: { ...sites, [key]: next } });
  return next;
}
