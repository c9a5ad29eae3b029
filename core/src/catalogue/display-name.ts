/**
 * The one way to get a display name: the catalogue is a parameter (core never imports the
 * bundled catalogue), the requested language falls back to English, and the caller is told
 * when it did, so interfaces can mark names shown in English.
 */
import type { DisplayNameKind } from "./display-names-schema";
import type { Catalogue } from "./schema";
import type { Language } from "./vocabulary";

export interface ResolvedDisplayName {
  text: string;
  /** `text`'s own short form, or `text` when it has none. */
  short: string;
  /** The language `text` is in: the requested one, or "en" on fallback. */
  lang: Language;
  /** True when the requested language had no name and English (or the ID) is returned. */
  fallback: boolean;
  /** True only for official titles checked against `source`. */
  verified: boolean;
  source?: string;
  /** True when the catalogue has no name at all for this ID: `text` is the ID itself. */
  unknown: boolean;
}

/**
 * The name of `id` of `kind` in `lang`. An ID without any name (a stale or foreign ID) does not
 * throw, because a screen should not break on one odd value: it returns the ID itself with
 * `fallback` and `unknown` set. The catalogue's tests make sure no bundled ID lacks a name.
 */
export function displayName(
  catalogue: Pick<Catalogue, "displayNames">,
  kind: DisplayNameKind,
  id: string,
  lang: Language,
): ResolvedDisplayName {
  const names = Object.hasOwn(catalogue.displayNames[kind], id)
    ? catalogue.displayNames[kind][id]
    : undefined;
  const own = names?.[lang];
  const english = names?.en;
  const name = own ?? english;
  if (name === undefined) {
    return { text: id, short: id, lang: "en", fallback: true, verified: false, unknown: true };
  }
  return {
    text: name.text,
    short: name.short ?? name.text,
    lang: own === undefined ? "en" : lang,
    fallback: own === undefined,
    verified: name.verified === true,
    ...(name.source === undefined ? {} : { source: name.source }),
    unknown: false,
  };
}

/** Just the text, for places that do not mark fallbacks (file names, logs). */
export function displayNameText(
  catalogue: Pick<Catalogue, "displayNames">,
  kind: DisplayNameKind,
  id: string,
  lang: Language,
): string {
  return displayName(catalogue, kind, id, lang).text;
}
