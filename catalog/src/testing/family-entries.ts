/** A family's entries as the bundled catalogue holds them, for the per-family tests. */
import { findIndicator } from "../bundled/bundled-catalogue";
import { type Indicator } from "@gapmap/core";

/**
 * The parsed catalogue entries for a family's authored ones, in authoring order. Throws when
 * an entry is missing, i.e. the family's file is not wired into the catalogue's index.
 */
export function catalogueEntries(authored: readonly { id: string }[]): Indicator[] {
  return authored.map(({ id }) => {
    const entry = findIndicator(id);
    if (!entry) throw new Error(`${id} is authored but not in the bundled catalogue`);
    return entry;
  });
}
