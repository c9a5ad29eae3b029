import type { ExtraTerms } from "./extra-terms";

/*
 * Series codes of the UN Global SDG Indicators Database ("VC_HTF_DETVSX", "SI_RMT_COST_BC"):
 * they fill the SERIES column of SDMX-CSV and UN data-explorer exports and name the files that
 * national SDG platforms publish ("16-2-2-VC_HTF_DETVSX.csv"). Each code is listed with the
 * series description and the global indicator the database gives it, read in the database's
 * series list as mirrored by Gapminder's open-numbers project (an automated export of the UN
 * Statistics Division SDG API): repository open-numbers/ddf--unstats--sdg_indicators, file
 * ddf--concepts--continuous.csv, commit e0117e9f1c068be8379f0ad94a07d2839c79a60b (2023-12-17).
 * Codes, not acronyms: matched whole and letter for letter (any case); "VC_HTF_DETV" does not
 * match inside "VC_HTF_DETVSX", whose last word differs.
 * Left out: series of indicators that count everyone, with migratory status as one breakdown
 * among others (VC_VAW_MARR, 5.2.1; SI_POV_DAY1, 1.1.1): a file of that series is no migration
 * table.
 */

const MIRROR =
  "UN Global SDG Indicators Database, series list (open-numbers/ddf--unstats--sdg_indicators, ddf--concepts--continuous.csv @ e0117e9f1c068be8379f0ad94a07d2839c79a60b)";

type CodeTerm = { text: string; kind: "code"; verified: true; source: string };

/** A series code with the database's own description and indicator number. */
const series = (code: string, indicator: string, description: string): CodeTerm => ({
  text: code,
  kind: "code",
  verified: true,
  source: `${MIRROR}: ${code}, "${description}", indicator ${indicator}`,
});

const TRAFFICKING = "Detected victims of human trafficking";
const BY_AGE_SEX = "by age and sex";
const PER_100K = "(per 100,000 population)";

export const sdgSeriesCodeTerms: ExtraTerms = {
  "labour-recruitment-cost": {
    en: [
      series(
        "SL_EMP_RCOST_MO",
        "10.7.1",
        "Migrant recruitment costs (number of months of earnings)",
      ),
    ],
  },
  "gov-migration-policy": {
    en: [
      series(
        "SG_CPA_MIGRP",
        "10.7.2",
        "Proportion of countries with migration policies to facilitate orderly, safe, regular and responsible migration and mobility of people, by policy domain (%)",
      ),
      series(
        "SG_CPA_MIGRS",
        "10.7.2",
        "Countries with migration policies to facilitate orderly, safe, regular and responsible migration and mobility of people, by policy domain (1 = Requires further progress; 2 = Partially meets; 3 = Meets; 4 = Fully meets)",
      ),
    ],
  },
  "flow-missing-migrants": {
    en: [
      series(
        "SM_DTH_MIGR",
        "10.7.3",
        "Total deaths and disappearances recorded during migration (number)",
      ),
    ],
  },
  "stock-refugees-abroad": {
    en: [
      series(
        "SM_POP_REFG_OR",
        "10.7.4",
        "Number of refugees per 100,000 population, by country of origin (per 100,000 population)",
      ),
    ],
  },
  "remit-cost": {
    en: [
      series(
        "SI_RMT_COST",
        "10.c.1",
        "Average remittance costs of sending $200 to a receiving country as a proportion of the amount remitted (%)",
      ),
      series(
        "SI_RMT_COST_BC",
        "10.c.1",
        "Average remittance costs of sending $200 in a corridor as a proportion of the amount remitted (%)",
      ),
      series(
        "SI_RMT_COST_SC",
        "10.c.1",
        "SmaRT average remittance costs of sending $200 in a corridor as a proportion of the amount remitted (%)",
      ),
      series(
        "SI_RMT_COST_SND",
        "10.c.1",
        "Average remittance costs of sending $200 for a sending country as a proportion of the amount remitted (%)",
      ),
    ],
  },
  "remit-inflow-gdp": {
    en: [
      series(
        "BX_TRF_PWKR",
        "17.3.2",
        "Volume of remittances (in United States dollars) as a proportion of total GDP (%)",
      ),
    ],
  },
  "flow-trafficking-victims": {
    en: [
      series("VC_HTF_DETV", "16.2.2", `${TRAFFICKING}, ${BY_AGE_SEX} (number)`),
      series("VC_HTF_DETVR", "16.2.2", `${TRAFFICKING}, ${BY_AGE_SEX} ${PER_100K}`),
      series(
        "VC_HTF_DETVFL",
        "16.2.2",
        `${TRAFFICKING} for forced labour, servitude and slavery, ${BY_AGE_SEX} (number)`,
      ),
      series(
        "VC_HTF_DETVFLR",
        "16.2.2",
        `${TRAFFICKING} for forced labour, servitude and slavery, ${BY_AGE_SEX} ${PER_100K}`,
      ),
      series(
        "VC_HTF_DETVOG",
        "16.2.2",
        `${TRAFFICKING} for removal of organ, ${BY_AGE_SEX} (number)`,
      ),
      series(
        "VC_HTF_DETVOGR",
        "16.2.2",
        `${TRAFFICKING} for removal of organ, ${BY_AGE_SEX} ${PER_100K}`,
      ),
      series(
        "VC_HTF_DETVOP",
        "16.2.2",
        `${TRAFFICKING} for other purposes, ${BY_AGE_SEX} (number)`,
      ),
      series(
        "VC_HTF_DETVOPR",
        "16.2.2",
        `${TRAFFICKING} for other purposes, ${BY_AGE_SEX} ${PER_100K}`,
      ),
      series(
        "VC_HTF_DETVSX",
        "16.2.2",
        `${TRAFFICKING} for sexual exploitation, ${BY_AGE_SEX} (number)`,
      ),
      series(
        "VC_HTF_DETVSXR",
        "16.2.2",
        `${TRAFFICKING} for sexual exploitation, ${BY_AGE_SEX} ${PER_100K}`,
      ),
    ],
  },
  "labour-occupational-injuries": {
    en: [
      series(
        "SL_EMP_FTLINJUR",
        "8.8.1",
        "Fatal occupational injuries among employees, by sex and migrant status (per 100,000 employees)",
      ),
      series(
        "SL_EMP_INJUR",
        "8.8.1",
        "Non-fatal occupational injuries among employees, by sex and migrant status (per 100,000 employees)",
      ),
    ],
  },
  "labour-rights-compliance": {
    en: [
      series(
        "SL_LBR_NTLCPL",
        "8.8.2",
        "Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation",
      ),
    ],
  },
  "sdg-4-5-1-by-status": {
    en: [
      series(
        "SE_IMP_FPOF",
        "4.5.1",
        "Adjusted immigration status parity index for achieving at least a fixed level of proficiency in functional skills, by numeracy/literacy skills (ratio)",
      ),
      series(
        "SE_NAP_ACHI",
        "4.5.1",
        "Adjusted immigration status parity index for achieving a minimum proficiency level in reading and mathematics (ratio)",
      ),
    ],
  },
};
