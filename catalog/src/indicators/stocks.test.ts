/**
 * Stock entries (stocks, stocks-protection, stocks-temporary): the headers printed by UNHCR and
 * UN DESA find the right stock in the whole catalogue, the two refugee stocks are told apart,
 * and return flows are left to the flow entries.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText } from "@gapmap/core";
import { realFixture } from "../../../test/fixtures/real-fixtures";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit, topHits } from "../testing/family-search";
import { stockIndicators } from "./stocks";
import { stockProtectionIndicators } from "./stocks-protection";
import { stockTemporaryIndicators } from "./stocks-temporary";

const entries = catalogueEntries([
  ...stockIndicators,
  ...stockProtectionIndicators,
  ...stockTemporaryIndicators,
]);
const byId = new Map(entries.map((e) => [e.id, e]));

/** Header or title text as printed in the real fixtures → the stock it must find first. */
const REAL_HEADERS: [header: string, expected: string][] = [
  ["Asylum-seekers (pending cases)4", "stock-asylum-seekers"],
  ["IDPs protected/ assisted by UNHCR, incl. people in IDP-like situations6", "stock-idps"],
  ["Table 6. Internally displaced persons (IDPs) protected/assisted by UNHCR, 2015", "stock-idps"],
  ["Persons under UNHCR's statelessness mandate8", "stock-stateless"],
  [
    "Table 3. Refugees and people in a refugee-like situation, excluding asylum-seekers, and changes by country/territory of asylum, 2015",
    "stock-refugees-hosted",
  ],
  [
    "Table 4. Refugees and people in a refugee-like situation, excluding asylum-seekers, and changes by country/territory of origin, 2015",
    "stock-refugees-abroad",
  ],
  ["International migrant stock at mid-year, both sexes combined", "stock-immigrants"],
  ["Table 16. Total migrant stock at mid-year by origin and by major area", "stock-immigrants"],
  ["Refugee and asylum seekers at mid-year, both sexes combined", "stock-refugees-hosted"],
  [
    "Persons subject of asylum applications pending at the end of the month",
    "stock-asylum-seekers",
  ],
  ["Proportion of the population who are refugees, by country of origin", "stock-refugees-abroad"],
  ["численность беженцев", "stock-refugees-hosted"],
  ["лица без гражданства", "stock-stateless"],
  ["interno raseljena lica", "stock-idps"],
  ["radnici na privremenom radu u inostranstvu", "stock-nationals-working-abroad"],
  ["Population immigrée", "stock-immigrants"],
  ["Stocul de emigranți", "stock-emigrants"],
  ["Titres de séjour en cours de validité", "stock-permit-holders"],
  ["Inbound internationally mobile students", "stock-international-students"],
];

/** Column headers of the UNHCR Refugee Data Finder export (the file starts with a blank line). */
function unhcrExportHeaders(): string[] {
  const text = readFileSync(realFixture("unhcr_refstats_query_population_2022-02-08.csv"), "utf8");
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  // The header has no commas inside quoted fields, so plain splitting is exact here.
  return headerLine.split(",").map((cell) => cell.replace(/^"|"$/g, ""));
}

describe("stock entries", () => {
  it("flag the UNHCR headers printed in both asylum and origin tables as ambiguous on both refugee stocks", () => {
    const shared = ["Refugees", "Total refugees and people in refugee-like situations"];
    for (const id of ["stock-refugees-hosted", "stock-refugees-abroad"]) {
      for (const header of shared) {
        const syn = byId
          .get(id)
          ?.synonyms.find((s) => normalizeText(s.text) === normalizeText(header));
        expect(syn?.ambiguous, `${id}: ${header}`).toBe(true);
      }
    }
  });

  it("tell hosted refugees from refugees abroad by the orientation words", () => {
    expectTopHit("Refugees by country of asylum", "stock-refugees-hosted");
    expectTopHit("Refugees by origin", "stock-refugees-abroad");
  });

  it("leave return flows to the flow entries", () => {
    const returnHeaders = ["Returned refugees", "Returned IDPs", "Returnees"].map(normalizeText);
    for (const ind of entries) {
      const claimed = ind.synonyms.map((s) => normalizeText(s.text));
      expect(
        claimed.filter((t) => returnHeaders.includes(t)),
        ind.id,
      ).toEqual([]);
    }
  });

  it.each(REAL_HEADERS)("find %s first", (header, expected) => {
    expectTopHit(header, expected);
  });

  it("recognise each population column of the UNHCR Refugee Data Finder export", () => {
    const headers = unhcrExportHeaders();
    const expected: Record<string, string[]> = {
      "Refugees under UNHCR's mandate": ["stock-refugees-hosted", "stock-refugees-abroad"],
      // The bare noun also names the asylum-application flow (flagged ambiguous on both), so in
      // the whole catalogue the two share the top; no other entry may come between them.
      "Asylum-seekers": ["stock-asylum-seekers", "flow-asylum-applications"],
      "IDPs of concern to UNHCR": ["stock-idps"],
      "Stateless persons": ["stock-stateless"],
    };
    for (const [header, ids] of Object.entries(expected)) {
      expect(headers, "column present in the export").toContain(header);
      const top = topHits(header, ids.length).map((h) => h.id);
      expect(top.sort(), header).toEqual([...ids].sort());
    }
  });
});
