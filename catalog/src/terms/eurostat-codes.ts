import type { ExtraTerms } from "./extra-terms";

/*
 * Eurostat dataset codes, which name the files people download ("estat_tps00176_en.csv",
 * "migr_resvalid__custom_…_linear.csv") and fill the DATAFLOW column of SDMX-CSV exports
 * ("ESTAT:MIGR_RESFIRST(1.0)"). Plain terms, not acronyms: they are written in both cases.
 * Each code's title, as given, was read where public repositories cite it with its Eurostat data-browser
 * address (ec.europa.eu/eurostat/databrowser/view/<code>). Left out: migr_pop1ctz, population
 * by citizenship, whose rows are the total population as often as the foreign one.
 */

const code = (id: string, title: string) => ({
  en: [
    {
      text: id,
      verified: true,
      source: `Eurostat dataset ${id}, "${title}" (ec.europa.eu/eurostat/databrowser/view/${id})`,
    },
  ],
});

const twoCodes = (a: ReturnType<typeof code>, b: ReturnType<typeof code>) => ({
  en: [...a.en, ...b.en],
});

export const eurostatCodeTerms: ExtraTerms = {
  "flow-immigration": twoCodes(
    code("migr_imm1ctz", "Immigration by citizenship"),
    code("tps00176", "Immigration"),
  ),
  "flow-emigration": twoCodes(
    code("migr_emi1ctz", "Emigration by citizenship"),
    code("tps00177", "Emigration"),
  ),
  "flow-naturalisations": code("migr_acq", "Acquisitions of citizenship"),
  "flow-residence-permits": code("migr_resfirst", "First residence permits"),
  "stock-permit-holders": code(
    "migr_resvalid",
    "All valid permits by reason, length of validity and citizenship",
  ),
  "flow-work-permits": code(
    "migr_resocc",
    "First permits issued for remunerated activities by reason/validity",
  ),
};
