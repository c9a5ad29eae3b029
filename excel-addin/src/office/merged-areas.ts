/** Parses the address of a RangeAreas ("'My sheet'!A1:B2, 'My sheet'!D4:E9") into ranges. */
import { rangeFromA1, type CellRange } from "@gapmap/core";

/** One area after the sheet prefix: "A1:B2" or "C3", absolute markers allowed, up to a comma. */
const AREA_RE = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g;

export function parseAreasAddress(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const match of address.matchAll(AREA_RE)) {
    const range = rangeFromA1((match[1] ?? "").replaceAll("$", ""));
    if (range) ranges.push(range);
  }
  return ranges;
}
