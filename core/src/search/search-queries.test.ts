/**
 * Search quality on the real catalogue: queries as analysts type them, in the seven languages,
 * each with the indicator expected among the top three hits.
 */
import { getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { searchCatalogue } from "./search";

const QUERIES: [lang: string, query: string, expected: string][] = [
  ["en", "international migrant stock", "stock-immigrants"],
  ["en", "net migration", "flow-net-migration"],
  ["en", "migration net", "flow-net-migration"],
  ["en", "recognition rate asylum", "flow-asylum-decisions"],
  ["en", "personal remittances received", "remit-inflow"],
  ["en", "remitances recieved", "remit-inflow"],
  ["en", "asylum applications", "flow-asylum-applications"],
  ["en", "internally displaced persons", "stock-idps"],
  ["en", "stateless persons", "stock-stateless"],
  ["en", "work permits issued", "flow-work-permits"],
  ["en", "victims of trafficking", "flow-trafficking-victims"],
  ["en", "dead and missing migrants", "flow-missing-migrants"],
  ["en", "cost of sending remittances", "remit-cost"],
  ["en", "acquisition of citizenship", "flow-naturalisations"],
  ["en", "refused entry at the border", "flow-refusals-of-entry"],
  ["en", "RESETTLED REFUGEES", "flow-resettlement"],
  ["fr", "solde migratoire", "flow-net-migration"],
  ["fr", "envois de fonds", "remit-inflow"],
  ["fr", "demandes d'asile", "flow-asylum-applications"],
  ["fr", "réfugiés", "stock-refugees-hosted"],
  ["fr", "titres de séjour délivrés", "flow-residence-permits"],
  ["fr", "decisions positives asile", "flow-asylum-decisions"],
  ["es", "remesas", "remit-inflow"],
  ["es", "migración de retorno", "flow-return"],
  ["es", "solicitudes de asilo", "flow-asylum-applications"],
  ["es", "saldo migratorio", "flow-net-migration"],
  ["es", "trata de personas", "flow-trafficking-victims"],
  ["es", "migracion interna", "flow-internal-migration"],
  ["ru", "денежные переводы", "remit-inflow"],
  ["ru", "выбывшие", "flow-emigration"],
  ["ru", "прибывшие", "flow-immigration"],
  ["ru", "миграционный прирост", "flow-net-migration"],
  ["ru", "беженцы", "stock-refugees-hosted"],
  ["ru", "приобретение гражданства", "flow-naturalisations"],
  ["ru", "торговля людьми", "flow-trafficking-victims"],
  ["ro", "emigranti", "flow-emigration"],
  ["ro", "emigranți definitivi", "flow-emigration"],
  ["ro", "imigranți temporari", "flow-immigration"],
  ["ro", "remitențe", "remit-inflow"],
  ["ro", "cereri de azil", "flow-asylum-applications"],
  ["sr", "doznake", "remit-inflow"],
  ["sr", "izbeglice", "stock-refugees-hosted"],
  ["sr", "unutrašnje migracije", "flow-internal-migration"],
  ["sr", "migracioni saldo", "flow-net-migration"],
  ["sr", "trgovina ljudima", "flow-trafficking-victims"],
  ["ar", "التحويلات المالية", "remit-inflow"],
  ["ar", "صافي الهجرة", "flow-net-migration"],
  ["ar", "اللاجئون", "stock-refugees-hosted"],
  ["ar", "طالبو اللجوء", "stock-asylum-seekers"],
  ["ar", "الهجرة الداخلية", "flow-internal-migration"],
  ["ar", "الاتجار بالبشر", "flow-trafficking-victims"],
];

describe("catalogue search across seven languages", () => {
  it("covers at least 40 queries and every language", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map(([lang]) => lang)).size).toBe(7);
  });

  it.each(QUERIES)("[%s] %s → %s in the top 3", (_lang, query, expected) => {
    const top3 = searchCatalogue(getCatalogueIndex(), query, { limit: 3 }).map((h) => h.id);
    expect(top3).toContain(expected);
  });

  it("ranks an ambiguous exact synonym first but below a full score", () => {
    const [first] = searchCatalogue(getCatalogueIndex(), "doznake");
    expect(first?.id).toBe("remit-inflow");
    expect(first?.score).toBeLessThan(1);
  });

  it("finds nothing for text that names no indicator", () => {
    expect(searchCatalogue(getCatalogueIndex(), "qwxz plorkt vvv")).toEqual([]);
  });

  it("puts an exact synonym first with a full score", () => {
    const [first] = searchCatalogue(getCatalogueIndex(), "Solde migratoire");
    expect(first?.id).toBe("flow-net-migration");
    expect(first?.via).toBe("exact");
    expect(first?.score).toBe(1);
  });
});
