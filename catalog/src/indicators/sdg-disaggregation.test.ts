/**
 * Candidate SDG indicators by migratory status: IDs follow their SDG code, every entry asks for
 * the migratory-status breakdown, and official-style titles find the right entry in the whole
 * catalogue.
 */
import { describe, expect, it } from "vitest";
import { coreIndicatorRows } from "../../../test/fixtures/shared-catalogue";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit } from "../testing/family-search";
import { sdgDisaggregationIndicators } from "./sdg-disaggregation";

const own = catalogueEntries(sdgDisaggregationIndicators);

/** "sdg-16-b-1-by-status" ↔ "16.b.1". */
function codeOfId(id: string): string | undefined {
  return /^sdg-(.+)-by-status$/.exec(id)?.[1]?.replaceAll("-", ".");
}

const TITLES: [title: string, expected: string][] = [
  ["Prevalence of undernourishment (%)", "sdg-2-1-1-by-status"],
  ["Maternal mortality ratio (per 100,000 live births)", "sdg-3-1-1-by-status"],
  ["Under-five mortality rate", "sdg-3-2-1-by-status"],
  ["Proportion of informal employment in total employment", "sdg-8-3-1-by-status"],
  ["Poverty headcount ratio at the international poverty line", "sdg-1-1-1-by-status"],
  ["Taux d'alphabétisation", "sdg-4-6-1-by-status"],
  ["Tasa de victimización", "sdg-16-1-3-by-status"],
];

describe("SDG disaggregation indicators", () => {
  it("name each entry after its own SDG code", () => {
    for (const ind of own) expect(codeOfId(ind.id), ind.id).toBe(ind.sdg);
  });

  it("do not duplicate an SDG indicator already covered by a core indicator", () => {
    const coreCodes = new Set(
      coreIndicatorRows()
        .map((r) => r.sdg)
        .filter(Boolean),
    );
    expect(own.filter((i) => coreCodes.has(i.sdg ?? ""))).toEqual([]);
  });

  it("require the migratory-status breakdown and point to its concept", () => {
    for (const ind of own) {
      expect(ind.requiredDimensions, ind.id).toContain("migratory-status");
      expect(ind.concepts, ind.id).toContain("migratory-status");
    }
  });

  it.each(TITLES)("recognises %s as %s", (title, expected) => {
    expectTopHit(title, expected);
  });
});
