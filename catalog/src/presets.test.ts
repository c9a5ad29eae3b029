/**
 * Needs presets: each is faithful to the list it claims to be built from (core-indicators.csv,
 * the §2.1 SDG table, the 2017 candidate list), so a dropped or misplaced item fails here.
 */
import { getCatalogue } from "./bundled/bundled-catalogue";
import { describe, expect, it } from "vitest";
import { type Preset } from "@gapmap/core";
import { coreIndicatorRows } from "../../test/fixtures/shared-catalogue";
import { catalogueData } from "./index";
import { sdgDisaggregationIndicators } from "./indicators/sdg-disaggregation";

/** Migration-specific SDG indicators of domain-facts §2.1 (17.18.1 has no catalogue entry). */
const MIGRATION_SDG_CODES = [
  "10.7.1",
  "10.7.2",
  "10.7.3",
  "10.7.4",
  "10.c.1",
  "17.3.2",
  "8.8.1",
  "8.8.2",
  "8.7.1",
  "16.2.2",
  "4.b.1",
  "17.18.1",
  "17.19.2",
];
/** The candidate codes of domain-facts §2.2; 16.b.1 is the same indicator as 10.3.1. */
const CANDIDATE_CODES = [
  "1.1.1",
  "1.2.1",
  "1.3.1",
  "2.1.1",
  "2.1.2",
  "3.1.1",
  "3.2.1",
  "3.8.1",
  "4.1.1",
  "4.2.2",
  "4.3.1",
  "4.5.1",
  "4.6.1",
  "5.2.1",
  "8.3.1",
  "8.5.1",
  "8.5.2",
  "8.6.1",
  "8.7.1",
  "8.8.1",
  "8.8.2",
  "8.10.2",
  "10.3.1",
  "11.1.1",
  "16.1.3",
  "16.9.1",
];

const parsed = new Map<string, Preset>(getCatalogue().presets.map((p) => [p.id, p]));
const preset = (id: string): Preset => {
  const p = parsed.get(id);
  if (!p) throw new Error(`preset ${id} missing`);
  return p;
};
const rows = coreIndicatorRows();
const csvById = new Map(rows.map((r) => [r.id, r]));
const ownSdg = new Map(sdgDisaggregationIndicators.map((i) => [i.id, i]));
/** SDG code and breakdowns of an item, from the CSV or from the new SDG entries. */
const facts = (id: string) => {
  const row = csvById.get(id);
  if (row) return { sdg: row.sdg, dims: row.requiredDimensions };
  const ind = ownSdg.get(id);
  return ind ? { sdg: ind.sdg ?? "", dims: ind.requiredDimensions } : undefined;
};

describe("needs presets", () => {
  it("never list an indicator twice", () => {
    for (const p of parsed.values()) {
      const ids = p.items.map((i) => i.indicator);
      expect(new Set(ids).size, p.id).toBe(ids.length);
    }
  });

  it("migration-profile-core holds every core indicator, high priority for Part A and B.2", () => {
    const core = preset("migration-profile-core");
    expect(core.status).toBe("derived");
    expect(core.items.map((i) => i.indicator).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const item of core.items) {
      const section = csvById.get(item.indicator)?.section ?? "";
      const expected = section.startsWith("A.") || section === "B.2" ? "high" : "medium";
      expect(item.priority, item.indicator).toBe(expected);
    }
  });

  it("sdg-migration holds exactly the catalogue indicators carrying a §2.1 code", () => {
    const sdg = preset("sdg-migration");
    expect(sdg.status).toBe("official");
    const listed = sdg.items.map((i) => i.indicator);
    for (const id of listed) expect(MIGRATION_SDG_CODES, id).toContain(facts(id)?.sdg);
    const carriers = catalogueData.indicators
      .filter((i) => MIGRATION_SDG_CODES.includes(i.sdg ?? ""))
      .map((i) => i.id);
    expect(carriers.filter((id) => !listed.includes(id))).toEqual([]);
  });

  it("sdg-disaggregation-migratory-status covers the candidate list, all by migratory status", () => {
    const disagg = preset("sdg-disaggregation-migratory-status");
    expect(disagg.status).toBe("candidate");
    expect(disagg.description).toMatch(/not verified/i);
    const codes = disagg.items.map((i) => facts(i.indicator)?.sdg);
    expect(codes.slice().sort()).toEqual(CANDIDATE_CODES.slice().sort());
    for (const item of disagg.items) {
      expect(facts(item.indicator)?.dims, item.indicator).toContain("migratory-status");
    }
    for (const id of ownSdg.keys()) expect(disagg.items.map((i) => i.indicator)).toContain(id);
  });
});
