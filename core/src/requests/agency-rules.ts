/**
 * Who a data request goes to when the TWG has not said. A Technical Working Group asks
 * national agencies, never the international bodies that republish national figures (UNHCR,
 * UN DESA, the World Bank…), so every source type in the catalogue names the national agency
 * to ask (`requestAgency`): its own producer for national sources, the national statistics
 * office or the responsible ministry for international databases.
 */
import type { Catalogue, SourceType } from "../catalogue/schema";
import type { AssessmentRow } from "../matrix/assessment-schema";

const UNKNOWN_AGENCY = "Agency to be identified";

export interface AgencyChoice {
  agency: string;
  /** Named by the TWG in its agency map rather than derived from the catalogue. */
  named: boolean;
}

/** Agency names that differ only in case or spacing are one agency. */
export function agencyKey(agency: string): string {
  return agency.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/**
 * The default agency of a requested indicator: the national agency the catalogue names for
 * the source its first planned action is about (recognised by that source's producer), else
 * for the indicator's typical source. Producers the TWG wrote in its inventory are not used as
 * addressees: "Agency for Statistics" on one record and the catalogue's "National statistics
 * office" on another would split one office into two packs. The TWG names its agencies in the
 * agency map instead.
 */
export function defaultRequestAgency(catalogue: Catalogue, row: AssessmentRow): AgencyChoice {
  const indicator = catalogue.indicators.find((i) => i.id === row.indicator);
  const own = (indicator?.sourceTypes ?? [])
    .map((id) => catalogue.sourceTypes.find((s) => s.id === id))
    .filter((s): s is SourceType => s !== undefined);
  const key = agencyKey(row.actions[0]?.responsibleAgency ?? "");
  const source = own.find((s) => agencyKey(s.producer) === key) ?? own[0];
  return { agency: source?.requestAgency ?? UNKNOWN_AGENCY, named: false };
}
