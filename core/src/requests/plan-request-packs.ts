/**
 * Which indicators to ask which agency for: every needed indicator that is not fully available
 * and is counted in numbers (policy indicators are documents, not tables, so they are left
 * out), grouped by agency: the TWG's agency map where it lists the indicator, else the default
 * rules (agency-rules.ts), which send nothing to international bodies. Pure: the catalogue
 * and the assessment come in, the pack models go out.
 */
import { displayName } from "../catalogue/display-name";
import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../catalogue/vocabulary";
import type { Assessment, AssessmentRow } from "../matrix/assessment-schema";
import type { AgencyMapEntry } from "./agency-map";
import { agencyKey } from "./agency-rules";
import { agencyResolver, mappableRows } from "./resolve-agencies";
import { REQUEST_ID_PREFIX, type RequestItem, type RequestPack } from "./request-pack-schema";

/** Years asked for: this many calendar years up to the one before the reference year. */
export const REQUESTED_YEAR_COUNT = 5;
const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export interface RequestPackOptions {
  /** ISO date the packs are sent. */
  requestedOn: string;
  due?: string;
  contact?: string;
  /** The language of each agency's pack (default English). */
  languageOf?: (agency: string) => Language;
  /** The TWG's map; indicators it does not list go to their default agency. */
  agencies?: readonly AgencyMapEntry[];
}

/** A file-name and ID friendly form of an agency name (letters of any script kept). */
export function agencySlug(agency: string): string {
  const slug = agency
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60) || "agency";
}

function requestItem(
  catalogue: Catalogue,
  assessment: Assessment,
  row: AssessmentRow,
  lang: Language,
): RequestItem {
  const indicator = catalogue.indicators.find((i) => i.id === row.indicator);
  const need = assessment.profile.indicators.find((n) => n.indicator === row.indicator);
  const name = displayName(catalogue, "indicator", row.indicator, lang);
  const last = assessment.profile.referenceYear - 1;
  const standards = (indicator?.standards ?? []).map(
    (id) => catalogue.standards.find((s) => s.id === id)?.name ?? id,
  );
  return {
    indicator: row.indicator,
    name: name.text,
    nameIsFallback: name.fallback,
    definition: indicator?.definition ?? "",
    standards,
    breakdowns: need?.breakdowns ?? indicator?.requiredDimensions ?? [],
    years: Array.from(
      { length: REQUESTED_YEAR_COUNT },
      (_, i) => last - REQUESTED_YEAR_COUNT + 1 + i,
    ),
    frequency: need?.frequency ?? "annual",
    priority: row.priority,
    themes: row.themes.map((id) => displayName(catalogue, "theme", id, lang).text),
  };
}

/** One pack per agency, agencies in alphabetical order, items by priority then matrix order. */
export function planRequestPacks(
  catalogue: Catalogue,
  assessment: Assessment,
  options: RequestPackOptions,
): RequestPack[] {
  const resolve = agencyResolver(catalogue, options.agencies);
  // Keyed by agencyKey; the name shown is the TWG's own spelling when it gave one.
  const groups = new Map<
    string,
    { agency: string; named: boolean; contact?: string; rows: AssessmentRow[] }
  >();
  for (const row of mappableRows(catalogue, assessment)) {
    if (row.availability === "available") continue;
    const choice = resolve(row);
    const key = agencyKey(choice.agency);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { ...choice, rows: [row] });
    else {
      group.rows.push(row);
      if (choice.named && !group.named)
        Object.assign(group, { agency: choice.agency, named: true });
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.agency.localeCompare(b.agency));
  const slugs = new Set<string>();
  return sorted.map(({ agency, contact, rows: agencyRows }) => {
    // Two long agency names can shorten to the same slug; a number keeps their files apart.
    let slug = agencySlug(agency);
    for (let n = 2; slugs.has(slug); n++) slug = `${agencySlug(agency)}-${String(n)}`;
    slugs.add(slug);
    const lang = options.languageOf?.(agency) ?? "en";
    const rows = [...agencyRows].sort(
      (a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority],
    );
    const areas = new Set(
      rows.flatMap((row) =>
        row.themes.map((id) => catalogue.policyThemes.find((t) => t.id === id)?.area),
      ),
    );
    return {
      requestId: `${REQUEST_ID_PREFIX}${options.requestedOn}-${slug}`,
      slug,
      agency,
      ...(contact === undefined ? {} : { agencyContact: contact }),
      lang,
      profile: {
        name: assessment.profile.name,
        ...(assessment.profile.preset === undefined ? {} : { preset: assessment.profile.preset }),
      },
      catalogueVersion: assessment.catalogueVersion,
      requestedOn: options.requestedOn,
      ...(options.due === undefined ? {} : { due: options.due }),
      ...(options.contact === undefined ? {} : { contact: options.contact }),
      policyAreas: [...areas]
        .filter((area) => area !== undefined)
        .map((area) => displayName(catalogue, "policyArea", area, lang).text),
      items: rows.map((row) => requestItem(catalogue, assessment, row, lang)),
    };
  });
}
