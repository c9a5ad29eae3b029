/**
 * Each requested indicator's agency: the TWG's map where it lists the indicator, else the
 * default rules; and the current map as a starting file for the TWG to edit.
 */
import type { Catalogue } from "../catalogue/schema";
import type { Assessment, AssessmentRow } from "../matrix/assessment-schema";
import type { AgencyMapEntry } from "./agency-map";
import { agencyKey, defaultRequestAgency, type AgencyChoice } from "./agency-rules";

/**
 * The rows an agency map covers: every needed indicator counted in numbers (policy indicators
 * are documents, not tables, and are never requested). Packs take those not fully available.
 */
export function mappableRows(catalogue: Catalogue, assessment: Assessment): AssessmentRow[] {
  const measureOf = new Map(catalogue.indicators.map((i) => [i.id, i.measure]));
  return assessment.rows.filter((row) => measureOf.get(row.indicator) !== "policy");
}

/** Each row's agency (and contact): the map's where it lists the indicator, else the default. */
export function agencyResolver(
  catalogue: Catalogue,
  agencies: readonly AgencyMapEntry[] = [],
): (row: AssessmentRow) => AgencyChoice & { contact?: string } {
  const mapped = new Map(agencies.map((e) => [e.indicator, e]));
  // A contact given on any row of an agency addresses the whole agency.
  const contacts = new Map<string, string>();
  for (const e of agencies)
    if (e.contact !== undefined && !contacts.has(agencyKey(e.agency)))
      contacts.set(agencyKey(e.agency), e.contact);
  return (row) => {
    const entry = mapped.get(row.indicator);
    const choice = entry
      ? { agency: entry.agency, named: true }
      : defaultRequestAgency(catalogue, row);
    const contact = contacts.get(agencyKey(choice.agency));
    return contact === undefined ? choice : { ...choice, contact };
  };
}

/** The map in force for every mappable row of the assessment, in matrix order, with names. */
export function currentAgencyMap(
  catalogue: Catalogue,
  assessment: Assessment,
  agencies?: readonly AgencyMapEntry[],
): (AgencyMapEntry & { name: string })[] {
  const resolve = agencyResolver(catalogue, agencies);
  return mappableRows(catalogue, assessment).map((row) => {
    const { agency, contact } = resolve(row);
    return {
      indicator: row.indicator,
      name: row.name,
      agency,
      ...(contact === undefined ? {} : { contact }),
    };
  });
}
