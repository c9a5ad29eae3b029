/**
 * Scoring of page tagging against a page's truth, as pure functions: which indicators the page
 * reports (the distinct ids of its mentions), hits, misses and false indicators, and how many
 * mentions sit in boilerplate (navigation, references, link text that is a URL).
 */
import type { PageTruth } from "./page-truth-schema";

export const BOILERPLATE_KINDS = ["navigation", "references", "url"] as const;
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

export interface PageTally {
  pages: number;
  /** Distinct indicators the tagger reported, over all pages. */
  reported: number;
  /** Reported and wanted. */
  hits: number;
  /** Reported, not wanted, but acceptable. */
  acceptableExtras: number;
  /** Reported and neither wanted nor acceptable. */
  falseIndicators: number;
  /** Wanted and not reported. */
  missed: number;
  mentions: number;
  boilerplate: Record<BoilerplateKind, number>;
}

export const emptyPageTally = (): PageTally => ({
  pages: 0,
  reported: 0,
  hits: 0,
  acceptableExtras: 0,
  falseIndicators: 0,
  missed: 0,
  mentions: 0,
  boilerplate: { navigation: 0, references: 0, url: 0 },
});

export function addPageTallies(a: PageTally, b: PageTally): PageTally {
  return {
    pages: a.pages + b.pages,
    reported: a.reported + b.reported,
    hits: a.hits + b.hits,
    acceptableExtras: a.acceptableExtras + b.acceptableExtras,
    falseIndicators: a.falseIndicators + b.falseIndicators,
    missed: a.missed + b.missed,
    mentions: a.mentions + b.mentions,
    boilerplate: {
      navigation: a.boilerplate.navigation + b.boilerplate.navigation,
      references: a.boilerplate.references + b.boilerplate.references,
      url: a.boilerplate.url + b.boilerplate.url,
    },
  };
}

export interface PageOutcome {
  hits: string[];
  extras: string[];
  falseIds: string[];
  missedIds: string[];
}

/** Compares the distinct reported ids with the truth. */
export function comparePageIndicators(
  truth: Pick<PageTruth, "wanted" | "acceptable">,
  reportedIds: readonly string[],
): PageOutcome {
  const reported = [...new Set(reportedIds)];
  const wanted = new Set(truth.wanted);
  const acceptable = new Set(truth.acceptable);
  return {
    hits: reported.filter((id) => wanted.has(id)),
    extras: reported.filter((id) => !wanted.has(id) && acceptable.has(id)),
    falseIds: reported.filter((id) => !wanted.has(id) && !acceptable.has(id)),
    missedIds: truth.wanted.filter((id) => !reported.includes(id)),
  };
}

export function pageTally(
  outcome: PageOutcome,
  mentions: number,
  boilerplate: readonly BoilerplateKind[],
): PageTally {
  const t = emptyPageTally();
  t.pages = 1;
  t.hits = outcome.hits.length;
  t.acceptableExtras = outcome.extras.length;
  t.falseIndicators = outcome.falseIds.length;
  t.reported = t.hits + t.acceptableExtras + t.falseIndicators;
  t.missed = outcome.missedIds.length;
  t.mentions = mentions;
  for (const kind of boilerplate) t.boilerplate[kind]++;
  return t;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export interface PageRates {
  /** Share of reported indicators that are wanted or acceptable. */
  precision: number | null;
  /** Share of wanted indicators that were reported. */
  recall: number | null;
  boilerplateMentions: number;
}

export function pageRates(t: PageTally): PageRates {
  return {
    precision: ratio(t.hits + t.acceptableExtras, t.reported),
    recall: ratio(t.hits, t.hits + t.missed),
    boilerplateMentions: t.boilerplate.navigation + t.boilerplate.references + t.boilerplate.url,
  };
}

export const normalise = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The line of `text` around [start, end): a block of the page (paragraph, cell, menu item). */
export function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const to = text.indexOf("\n", end);
  return normalise(text.slice(from, to < 0 ? text.length : to));
}

/**
 * The text of a page split by where it sits: main content, or a kind of boilerplate; each with
 * runs of white space made one space.
 */
export interface PageZones {
  content: string;
  zones: Record<BoilerplateKind, string>;
}

/**
 * Where a mention sits: the kind of boilerplate whose text holds the mention's line while the
 * main content does not; null when it is content (or cannot be told apart).
 */
export function boilerplateKindOf(line: string, zones: PageZones): BoilerplateKind | null {
  if (line === "" || zones.content.includes(line)) return null;
  return BOILERPLATE_KINDS.find((kind) => zones.zones[kind].includes(line)) ?? null;
}
