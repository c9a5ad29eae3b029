/** What the extension keeps in chrome.storage.local, and the schemas that guard every read. */
import { z } from "zod";

export const STORAGE_KEYS = {
  /** The inventory of source records, in a versioned envelope (stored-inventory.ts). */
  inventory: "gapmap.inventory",
  /** Per-site preferences, keyed by origin. */
  sites: "gapmap.sites",
  /** The UI language the analyst picked (absent: follow the browser's). */
  uiLanguage: "gapmap.uiLanguage",
} as const;

export const sitePrefsSchema = z.strictObject({
  /** The analyst opted in to tagging this site on every visit. */
  alwaysOn: z.boolean().default(false),
  /** Producer name last used on this site; prefills the record form. */
  producer: z.string().min(1).optional(),
});
export type SitePrefs = z.infer<typeof sitePrefsSchema>;

export const sitesSchema = z.record(z.string(), sitePrefsSchema);
export type Sites = z.infer<typeof sitesSchema>;
