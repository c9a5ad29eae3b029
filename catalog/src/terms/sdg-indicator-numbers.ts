import type { IndicatorInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * The numbers of the SDG indicators that are about migration in their own right, as codes:
 * national SDG platforms (Open SDG) name their data files and pages by them ("10-7-4.csv",
 * "indicator 10.c.1"). The number is the indicator's own `sdg` field, numbered by the global
 * indicator framework (UN General Assembly resolution 71/313 and its annual refinements).
 * Left out: indicators disaggregated by migratory status only as one breakdown among others
 * ("1.1.1", poverty): a file of that number counts everyone, not migrants.
 */

const SOURCE =
  "Global indicator framework for the SDGs (UN General Assembly resolution A/RES/71/313, annex), indicator number";

const MIGRATION_SDG_INDICATORS: ReadonlySet<string> = new Set([
  "labour-recruitment-cost",
  "gov-migration-policy",
  "flow-missing-migrants",
  "stock-refugees-abroad",
  "remit-cost",
  "remit-inflow-gdp",
  "flow-trafficking-victims",
  "labour-occupational-injuries",
  "labour-rights-compliance",
]);

/** The number as written in titles ("10.7.4") and as Open SDG writes it in file names ("10-7-4"). */
export function sdgIndicatorNumberTerms(indicators: readonly IndicatorInput[]): ExtraTerms {
  const terms: Record<string, ExtraTerms[string]> = {};
  for (const ind of indicators) {
    if (ind.sdg === undefined || !MIGRATION_SDG_INDICATORS.has(ind.id)) continue;
    const number = ind.sdg;
    terms[ind.id] = {
      en: [number, number.replaceAll(".", "-")].map((text) => ({
        text,
        kind: "code" as const,
        verified: true as const,
        source: `${SOURCE} ${number}`,
      })),
    };
  }
  return terms;
}
