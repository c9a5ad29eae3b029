/**
 * Remittance and diaspora entries (remittances.ts with remittance-use.ts appended): the headers
 * of the Central Bank of Armenia workbook and the WDI / RPW titles find the right entry in the
 * whole catalogue, and the short CBA headers stay non-decisive.
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { topHits, topIds } from "../testing/family-search";
import { remittanceIndicators } from "./remittances";

const entries = catalogueEntries(remittanceIndicators);

const DECISIVE: [header: string, expected: string][] = [
  ["Personal remittances, received (current US$)", "remit-inflow"],
  ["Personal remittances, paid (current US$)", "remit-outflow"],
  ["Personal remittances, received (% of GDP)", "remit-inflow-gdp"],
  ["Average cost of sending USD 200", "remit-cost"],
  ["Net inflow of money transfers", "remit-inflow"],
  ["Priliv doznaka", "remit-inflow"],
  ["Remesas enviadas", "remit-outflow"],
  ["Hogares receptores de remesas", "remit-households"],
  ["Diaspora bonds", "diaspora-investment"],
];

/** CBA "Money transfers of individuals by countries" prints these with a trailing space. */
const SHORT_CBA_HEADERS: [header: string, expected: string][] = [
  ["Inflow ", "remit-inflow"],
  ["Outflow ", "remit-outflow"],
  ["Net inflow ", "remit-inflow"],
];

describe("remittance entries", () => {
  it("cover the five remit- IDs and diaspora-investment", () => {
    expect(entries.map((i) => i.id).sort()).toEqual([
      "diaspora-investment",
      "remit-cost",
      "remit-households",
      "remit-inflow",
      "remit-inflow-gdp",
      "remit-outflow",
    ]);
  });

  it.each(DECISIVE)("recognises %s as %s", (header, expected) => {
    const [hit] = topHits(header);
    expect(hit?.id).toBe(expected);
    expect(hit?.score).toBe(1);
  });

  it.each(SHORT_CBA_HEADERS)(
    "keeps the CBA header %j on %s but not decisive",
    (header, expected) => {
      const [hit] = topHits(header);
      expect(hit?.id).toBe(expected);
      expect(hit?.score ?? 1).toBeLessThan(1);
    },
  );

  it("leaves the CBA table title open between inflow and outflow", () => {
    const title =
      "Total money transfers of individuals sent to and received from abroad through commercial banks of RA in USD";
    expect(topIds(title, 2).sort()).toEqual(["remit-inflow", "remit-outflow"]);
  });
});
