/**
 * The indicator a table title names first, as the workbook engine matches it against the whole
 * bundled catalogue: for tests of official titles and series names.
 */
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../bundled/bundled-catalogue";

export const bestForTitle = (text: string): string | undefined =>
  matchIndicators(getCatalogueIndex(), [{ where: "title", text }])[0]?.id;
