import type { ExtraTerms } from "./extra-terms";

/*
 * The numbers of the SDG indicators that are about migration in their own right, as codes:
 * national SDG platforms (Open SDG) name their data files and pages by them ("10-7-4.csv",
 * "indicator 10.c.1"). Numbered by the global indicator framework (UN General Assembly
 * resolution 71/313 and its annual refinements). Left out: indicators disaggregated by
 * migratory status only as one breakdown among others ("1.1.1", poverty): a file of that
 * number counts everyone, not migrants.
 */

const SOURCE =
  "Global indicator framework for the SDGs (UN General Assembly resolution A/RES/71/313, annex), indicator number";

const MIGRATION_SDG_NUMBERS: Readonly<Record<string, string>> = {
  "labour-recruitment-cost": "10.7.1",
  "gov-migration-policy": "10.7.2",
  "flow-missing-migrants": "10.7.3",
  "stock-refugees-abroad": "10.7.4",
  "remit-cost": "10.c.1",
  "remit-inflow-gdp": "17.3.2",
  "flow-trafficking-victims": "16.2.2",
  "labour-occupational-injuries": "8.8.1",
  "labour-rights-compliance": "8.8.2",
};

/** The number as written in titles ("10.7.4") and as Open SDG writes it in file names ("10-7-4"). */
export const sdgIndicatorNumberTerms: ExtraTerms = Object.fromEntries(
  Object.entries(MIGRATION_SDG_NUMBERS).map(([id, number]) => [
    id,
    {
      en: [number, number.replaceAll(".", "-")].map((text) => ({
        text,
        kind: "code" as const,
        verified: true as const,
        source: `${SOURCE} ${number}`,
      })),
    },
  ]),
);
