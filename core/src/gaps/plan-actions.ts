/**
 * One action per gap, chosen from the action library by gap type, the source type of the
 * record behind the gap (or the indicator's first source type when no record exists) and the
 * Migration Profile section; the most specific template wins.
 */
import type { Catalogue, Indicator } from "../catalogue/schema";
import type { SourceRecord } from "../inventory/source-record";
import type { IndicatorNeed } from "../needs/needs-profile";
import type { ActionLibrary, ActionTemplate, PlannedAction } from "./action-schema";
import type { ElementCheck, ElementStatus } from "./gap-schema";

/** Specificity: a source-type match says more about the fix than a section match. */
const SOURCE_TYPE_MATCH_POINTS = 2;
const SECTION_MATCH_POINTS = 1;
export const UNKNOWN_AGENCY = "to be agreed by the TWG";
/** What {breakdowns} says when the need lists none. */
export const REQUIRED_BREAKDOWNS = "the required breakdowns";

const PRIORITY_ORDER = ["high", "medium", "low"] as const;

/** High-priority needs with an unmet element get high priority; a partly met one drops a step. */
export function actionPriority(
  needPriority: IndicatorNeed["priority"],
  status: ElementStatus,
): IndicatorNeed["priority"] {
  const step = PRIORITY_ORDER.indexOf(needPriority) + (status === "partly-met" ? 1 : 0);
  return PRIORITY_ORDER[Math.min(step, PRIORITY_ORDER.length - 1)] ?? "low";
}

export function chooseTemplate(
  library: ActionLibrary,
  gapType: ElementCheck["type"],
  sourceType: string | undefined,
  indicator: Indicator,
): ActionTemplate | undefined {
  let best: { template: ActionTemplate; points: number } | undefined;
  for (const template of library) {
    if (template.gapType !== gapType) continue;
    const typeOk =
      template.sourceTypes.length === 0 ||
      (sourceType !== undefined && template.sourceTypes.includes(sourceType));
    const sectionOk =
      template.sections.length === 0 || template.sections.includes(indicator.section);
    if (!typeOk || !sectionOk) continue;
    const points =
      (template.sourceTypes.length > 0 ? SOURCE_TYPE_MATCH_POINTS : 0) +
      (template.sections.length > 0 ? SECTION_MATCH_POINTS : 0);
    if (best === undefined || points > best.points) best = { template, points };
  }
  return best?.template;
}

/** A template with its {placeholders} filled; an unknown placeholder stays as written. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export interface ActionContext {
  catalogue: Catalogue;
  indicator: Indicator;
  need: IndicatorNeed;
  records: readonly SourceRecord[];
  library: ActionLibrary;
  referenceYear: number;
}

export function planAction(context: ActionContext, gap: ElementCheck): PlannedAction {
  const { catalogue, indicator, need, library, referenceYear } = context;
  const record = context.records.find((r) => r.id === gap.recordIds[0]);
  // A record without a source type gets the indicator's typical one, so the action and
  // agency are still concrete suggestions.
  const sourceTypeId = record?.sourceType ?? indicator.sourceTypes[0];
  const sourceType = catalogue.sourceTypes.find((s) => s.id === sourceTypeId);
  const template = chooseTemplate(library, gap.type, sourceTypeId, indicator);
  if (template === undefined) {
    throw new Error(`the action library has no action for ${gap.type} gaps`);
  }
  const agency = record?.producer ?? sourceType?.producer ?? UNKNOWN_AGENCY;
  const targetYear = referenceYear + template.leadYears;
  const values = {
    indicator: indicator.name,
    breakdowns: (gap.missingBreakdowns ?? need.breakdowns).join(", ") || REQUIRED_BREAKDOWNS,
    producer: agency,
    frequency: need.frequency,
    geography: need.geography,
    year: String(targetYear),
  };
  return {
    id: `${indicator.id}:${gap.type}`,
    indicator: indicator.id,
    gapType: gap.type,
    template: template.id,
    title: fillTemplate(template.title, values),
    description: fillTemplate(template.description, values),
    responsibleAgency: agency,
    priority: actionPriority(need.priority, gap.status),
    status: "proposed",
    timeline: template.timeline,
    targetYear,
  };
}
