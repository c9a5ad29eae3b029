import type { ExtraTerms } from "./extra-terms";

/*
 * World Bank indicator codes ("SM.POP.TOTL", "BX.TRF.PWKR.CD.DT"): they name the files the World
 * Bank's data site hands out ("API_SM.POP.NETM_DS2_en_csv_v2.csv") and fill the "Indicator Code"
 * column of its long-format downloads. Each code is listed with its title as the World Bank's API
 * gives it, read in the indicator list of wbopendata, the World Bank's Stata client (repository
 * jpazvd/wbopendata, src/i/indicators.txt, commit 00ec6ba83754cf070b07f1796055265bd037be7d,
 * 2024-04-06). Codes, not acronyms: matched whole and letter for letter (any case), so
 * "BX.TRF.PWKR.CD.DT" (an amount) never matches "BX.TRF.PWKR.DT.GD.ZS" (a share of GDP).
 * Left out: SM.TLF.IFRN (inflows of foreign workers) and SG.POP.MIGR.FE.ZS (women's share of the
 * migrant stock), which no indicator of the catalogue measures as such; GFDD.OI.13 (remittance
 * inflows to GDP, Global Financial Development), whose code names no migration. SM.POP.REFG and
 * SM.POP.REFG.OR (refugees by country of asylum / of origin) read alike once the matcher drops
 * the function word "or": a code counts only written whole (core's written-code.ts).
 */

const WBOPENDATA =
  "World Bank indicator list (jpazvd/wbopendata, src/i/indicators.txt @ 00ec6ba83754cf070b07f1796055265bd037be7d)";

type CodeTerm = { text: string; kind: "code"; verified: true; source: string };
type CodeTerms = { en: CodeTerm[] };

/** Codes with the titles the World Bank gives them. */
const codes = (...pairs: readonly (readonly [code: string, title: string])[]): CodeTerms => ({
  en: pairs.map(([code, title]) => ({
    text: code,
    kind: "code",
    verified: true,
    source: `${WBOPENDATA}: ${code}, "${title}"`,
  })),
});

export const worldBankCodeTerms: ExtraTerms = {
  "stock-immigrants": codes(["SM.POP.TOTL", "International migrant stock, total"]),
  "demo-migrant-share": codes(
    ["SM.POP.TOTL.ZS", "International migrant stock (% of population)"],
    ["SM.POP.FRGN.ZS", "Foreign population (% of total population)"],
  ),
  "stock-foreign-citizens": codes(["SM.POP.FRGN", "Foreign population"]),
  "flow-net-migration": codes(["SM.POP.NETM", "Net migration"]),
  "stock-refugees-hosted": codes([
    "SM.POP.REFG",
    "Refugee population by country or territory of asylum",
  ]),
  "stock-refugees-abroad": codes([
    "SM.POP.REFG.OR",
    "Refugee population by country or territory of origin",
  ]),
  "flow-immigration": codes(["SM.POP.IFRN", "Inflows of foreign population"]),
  "flow-asylum-applications": codes(["SM.POP.IASY", "Inflows of asylum seekers"]),
  "stock-migrant-workers": codes([
    "SM.TLF.FRGN.ZS",
    "Foreign labor force (% of total labor force)",
  ]),
  "edu-tertiary-emigration-rate": codes([
    "SM.EMI.TERT.ZS",
    "Emigration rate of tertiary educated (% of total tertiary educated population)",
  ]),
  "remit-inflow": codes(
    ["BX.TRF.PWKR.CD.DT", "Personal remittances, received (current US$)"],
    ["BX.TRF.PWKR.CD", "Personal transfers, receipts (BoP, current US$)"],
    ["BX.TRF.MGR.CD", "Migrant remittance inflows (current US$)"],
  ),
  "remit-inflow-gdp": codes(
    ["BX.TRF.PWKR.DT.GD.ZS", "Personal remittances, received (% of GDP)"],
    ["BX.TRF.PWKR.GD.ZS", "Workers' remittances, receipts (% of GDP)"],
    ["BX.TRF.MGR.DT.GD.ZS", "Migrant remittance inflows (% of GDP)"],
  ),
  "remit-outflow": codes(
    ["BM.TRF.PWKR.CD.DT", "Personal remittances, paid (current US$)"],
    ["BM.TRF.PWKR.CD", "Workers' remittances, payments (BoP, current US$)"],
    ["BM.TRF.MGR.CD", "Migrant remittance outflows (current US$)"],
  ),
  "remit-cost": codes(
    ["SI.RMT.COST.ZS", "Average transaction cost of remittances (%)"],
    [
      "SI.RMT.COST.IB.ZS",
      "Average transaction cost of sending remittances to a specific country (%)",
    ],
    [
      "SI.RMT.COST.OB.ZS",
      "Average transaction cost of sending remittances from a specific country (%)",
    ],
  ),
};
