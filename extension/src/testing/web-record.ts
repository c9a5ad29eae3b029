/** A source record found on a web page, for tests: only what a test varies is passed in. */
import type { SourceRecordInput } from "@gapmap/core/inventory";

export const QUOTE_SELECTOR = {
  type: "TextQuoteSelector",
  exact: "demandes d'asile",
  prefix: "Les ",
  suffix: " ont",
} as const;

export function webRecord(
  id: string,
  url = "https://stat.example/a",
  overrides: Partial<SourceRecordInput> = {},
): SourceRecordInput {
  return {
    id,
    indicators: ["flow-asylum-applications"],
    location: { kind: "web", url, selectors: [QUOTE_SELECTOR] },
    years: [2014, 2013],
    periodicity: "annual",
    breakdowns: [],
    geography: "national",
    access: "public",
    quality: [],
    origin: "extension",
    ...overrides,
  };
}
