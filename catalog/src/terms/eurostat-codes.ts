import type { ExtraTerms } from "./extra-terms";

/*
 * Eurostat dataset codes, which name the files people download ("estat_tps00176_en.csv",
 * "migr_resvalid__custom_…_linear.csv") and fill the DATAFLOW column of SDMX-CSV exports
 * ("ESTAT:MIGR_RESFIRST(1.0)"). Codes, not acronyms: written in both cases, but matched only
 * whole and letter for letter — "migr_imm2ctz" or "tps00175" is another dataset.
 * The first codes' titles, as given, were read where public repositories cite them with their
 * Eurostat data-browser address (ec.europa.eu/eurostat/databrowser/view/<code>); the others in
 * Eurostat's own Statistics Explained articles, whose figures name the dataset as their source.
 * Left out: migr_pop1ctz, population by citizenship, whose rows are the total population as
 * often as the foreign one.
 */

type CodeTerms = { en: { text: string; kind: "code"; verified: true; source: string }[] };

const withSource = (id: string, source: string): CodeTerms => ({
  en: [{ text: id, kind: "code", verified: true, source }],
});

const code = (id: string, title: string) =>
  withSource(
    id,
    `Eurostat dataset ${id}, "${title}" (ec.europa.eu/eurostat/databrowser/view/${id})`,
  );

/** A code Eurostat's Statistics Explained article `article` gives as the source of `what`. */
const explained = (id: string, article: string, what: string) =>
  withSource(
    id,
    `Eurostat dataset ${id} (${what}), source of the figures of Statistics Explained, "${article}" (ec.europa.eu/eurostat/statistics-explained)`,
  );

const codes = (...parts: CodeTerms[]): CodeTerms => ({ en: parts.flatMap((p) => p.en) });

const ENFORCEMENT = "Enforcement of immigration legislation statistics";

export const eurostatCodeTerms: ExtraTerms = {
  "flow-immigration": codes(
    code("migr_imm1ctz", "Immigration by citizenship"),
    code("tps00176", "Immigration"),
  ),
  "flow-emigration": codes(
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
  "flow-asylum-applications": explained(
    "migr_asyappctza",
    "Asylum applications - annual statistics",
    "first-time asylum applicants",
  ),
  "flow-asylum-decisions": explained(
    "migr_asydcfsta",
    "Asylum decisions - annual statistics",
    "first instance decisions",
  ),
  "flow-refusals-of-entry": explained(
    "migr_eirfs",
    ENFORCEMENT,
    "non-EU citizens refused entry at the external borders",
  ),
  "flow-irregular-entries": explained(
    "migr_eipre",
    ENFORCEMENT,
    "non-EU citizens found to be illegally present",
  ),
  "flow-removals": codes(
    explained("migr_eiord", ENFORCEMENT, "non-EU citizens ordered to leave"),
    explained("migr_eirtn", ENFORCEMENT, "non-EU citizens returned following an order to leave"),
  ),
};
