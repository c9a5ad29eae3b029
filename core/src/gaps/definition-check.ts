/**
 * Definition element: compares each record's definition (concept, national variant, params)
 * with the standard params of the indicator's concepts, field by field, and says how it
 * differs, e.g. "residence threshold 9 months vs 12 months (standard: UN 1998)".
 */
import type {
  Catalogue,
  Concept,
  DefinitionParams,
  Indicator,
  NationalVariant,
} from "../catalogue/schema";
import type { SourceRecord } from "../inventory/source-record";
import type { DefinitionDifference, ElementCheck } from "./gap-schema";
import { describeParam, standardLabel, COMPARED_FIELDS } from "./definition-labels";

interface ResolvedDefinition {
  concept?: Concept;
  variant?: NationalVariant;
  params: DefinitionParams;
}

function resolveDefinition(
  catalogue: Catalogue,
  indicator: Indicator,
  definition: NonNullable<SourceRecord["definition"]>,
): ResolvedDefinition {
  const ownConcepts = catalogue.concepts.filter((c) => indicator.concepts.includes(c.id));
  const concept =
    definition.concept === undefined
      ? definition.variant === undefined
        ? undefined
        : [...ownConcepts, ...catalogue.concepts].find((c) =>
            c.variants.some((v) => v.id === definition.variant),
          )
      : catalogue.concepts.find((c) => c.id === definition.concept);
  const variant = concept?.variants.find((v) => v.id === definition.variant);
  const params = { ...concept?.params, ...variant?.params, ...definition.params };
  return {
    ...(concept === undefined ? {} : { concept }),
    ...(variant === undefined ? {} : { variant }),
    params,
  };
}

/** The concept that sets the standard for a field: the record's own, else the indicator's first that defines it. */
function standardFor(
  field: keyof DefinitionParams,
  resolved: ResolvedDefinition,
  ownConcepts: readonly Concept[],
): Concept | undefined {
  if (resolved.concept !== undefined) return resolved.concept;
  return ownConcepts.find((concept) => concept.params[field] !== undefined);
}

export function compareDefinition(
  catalogue: Catalogue,
  indicator: Indicator,
  definition: NonNullable<SourceRecord["definition"]>,
): DefinitionDifference[] {
  const resolved = resolveDefinition(catalogue, indicator, definition);
  const ownConcepts = catalogue.concepts.filter((c) => indicator.concepts.includes(c.id));
  const differences: DefinitionDifference[] = [];
  for (const field of COMPARED_FIELDS) {
    const recordValue = resolved.params[field];
    const concept = standardFor(field, resolved, ownConcepts);
    const standardValue = concept?.params[field];
    if (recordValue === undefined || standardValue === undefined || concept === undefined) continue;
    if (recordValue === standardValue) continue;
    const standardId = concept.standards[0];
    const standard = catalogue.standards.find((s) => s.id === standardId);
    const described = describeParam(field, recordValue, standardValue);
    const source = standard === undefined ? concept.name : standardLabel(standard);
    differences.push({
      field,
      record: described.record,
      standard: described.standard,
      ...(standardId === undefined ? {} : { standardId }),
      text: `${described.label} ${described.record} vs ${described.standard} (standard: ${source})`,
    });
  }
  // A named national variant is a deviation even when only its note says how.
  if (differences.length === 0 && resolved.variant !== undefined) {
    differences.push({
      field: "variant",
      record: resolved.variant.label,
      standard: resolved.concept?.name ?? "standard definition",
      text: `national variant "${resolved.variant.label}": ${resolved.variant.criterion}`,
    });
  }
  return differences;
}

export function checkDefinition(
  catalogue: Catalogue,
  indicator: Indicator,
  records: readonly SourceRecord[],
): ElementCheck {
  const documented = records.filter((record) => record.definition !== undefined);
  const undocumented = records.filter((record) => record.definition === undefined);
  const compared = documented.map((record) => ({
    record,
    differences:
      record.definition === undefined
        ? []
        : compareDefinition(catalogue, indicator, record.definition),
  }));
  const conforming = compared.filter((entry) => entry.differences.length === 0);
  if (conforming.length > 0 || (indicator.concepts.length === 0 && documented.length === 0)) {
    return {
      type: "definition",
      status: "met",
      detail:
        indicator.concepts.length === 0
          ? "no standard definition to compare with"
          : "follows the standard definition",
      recordIds: conforming.map((entry) => entry.record.id),
    };
  }
  if (undocumented.length > 0) {
    return {
      type: "definition",
      status: "partly-met",
      detail: "definition not documented; cannot compare with the standard",
      recordIds: undocumented.map((record) => record.id),
    };
  }
  const first = compared[0];
  const differences = first?.differences ?? [];
  return {
    type: "definition",
    status: "not-met",
    detail: `differs from the standard: ${differences.map((d) => d.text).join("; ")}`,
    recordIds: compared.map((entry) => entry.record.id),
    differences,
  };
}
