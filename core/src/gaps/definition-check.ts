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
import { englishDeviation, englishNames } from "./gap-detail-text";
import type { DefinitionDeviation } from "./gap-message";
import type { DefinitionDifference, ElementCheck } from "./gap-schema";
import { withMessage } from "./with-message";
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

/** How a record's definition departs from the standard, as data (see gap-message.ts). */
export function definitionDeviations(
  catalogue: Catalogue,
  indicator: Indicator,
  definition: NonNullable<SourceRecord["definition"]>,
): { deviation: DefinitionDeviation; standardId?: string; standardText: string }[] {
  const resolved = resolveDefinition(catalogue, indicator, definition);
  const ownConcepts = catalogue.concepts.filter((c) => indicator.concepts.includes(c.id));
  const out: { deviation: DefinitionDeviation; standardId?: string; standardText: string }[] = [];
  for (const field of COMPARED_FIELDS) {
    const recordValue = resolved.params[field];
    const concept = standardFor(field, resolved, ownConcepts);
    const standardValue = concept?.params[field];
    if (recordValue === undefined || standardValue === undefined || concept === undefined) continue;
    if (recordValue === standardValue) continue;
    const standardId = concept.standards[0];
    const standard = catalogue.standards.find((s) => s.id === standardId);
    out.push({
      deviation: {
        field,
        record: recordValue,
        standard: standardValue,
        ...(standard === undefined
          ? { concept: concept.id }
          : { standardLabel: standardLabel(standard) }),
      },
      ...(standardId === undefined ? {} : { standardId }),
      standardText: describeParam(field, recordValue, standardValue).standard,
    });
  }
  // A named national variant is a deviation even when only its note says how.
  if (out.length === 0 && resolved.variant !== undefined && resolved.concept !== undefined) {
    out.push({
      deviation: { variant: resolved.variant.id, concept: resolved.concept.id },
      standardText: resolved.concept.name,
    });
  }
  return out;
}

export function compareDefinition(
  catalogue: Catalogue,
  indicator: Indicator,
  definition: NonNullable<SourceRecord["definition"]>,
): DefinitionDifference[] {
  return definitionDeviations(catalogue, indicator, definition).map(
    ({ deviation, standardId, standardText }) => ({
      field: "variant" in deviation ? "variant" : deviation.field,
      record:
        "variant" in deviation
          ? englishNames(catalogue).variant(deviation.concept, deviation.variant).label
          : describeParam(deviation.field, deviation.record, deviation.standard).record,
      standard: standardText,
      ...(standardId === undefined ? {} : { standardId }),
      text: englishDeviation(deviation, catalogue),
    }),
  );
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
    deviations:
      record.definition === undefined
        ? []
        : definitionDeviations(catalogue, indicator, record.definition),
  }));
  const conforming = compared.filter((entry) => entry.deviations.length === 0);
  if (conforming.length > 0 || (indicator.concepts.length === 0 && documented.length === 0)) {
    return withMessage(
      {
        type: "definition",
        status: "met",
        recordIds: conforming.map((entry) => entry.record.id),
      },
      indicator.concepts.length === 0
        ? { id: "definition.noStandard" }
        : { id: "definition.standard" },
    );
  }
  if (undocumented.length > 0) {
    return withMessage(
      {
        type: "definition",
        status: "partly-met",
        recordIds: undocumented.map((record) => record.id),
      },
      { id: "definition.undocumented" },
    );
  }
  const first = compared[0];
  const found = first?.deviations ?? [];
  return withMessage(
    {
      type: "definition",
      status: "not-met",
      recordIds: compared.map((entry) => entry.record.id),
      differences:
        first === undefined || first.record.definition === undefined
          ? []
          : compareDefinition(catalogue, indicator, first.record.definition),
    },
    { id: "definition.differs", deviations: found.map((d) => d.deviation) },
    catalogue,
  );
}
