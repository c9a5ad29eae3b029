/**
 * Which IDs each kind of display name may name: the catalogue's own entries for indicators and
 * themes, the closed vocabularies for the rest. A name for any other ID is stale.
 */
import { ACTION_STATUSES, type ActionTemplateInput } from "../gaps/action-schema";
import { AVAILABILITIES, ELEMENT_STATUSES, GAP_TYPES } from "../gaps/gap-schema";
import { PROCESS_STAGES, PROCESS_STEP_IDS, PROCESS_STEP_STATUSES } from "../tracking/process-steps";
import { REQUEST_STATES } from "../tracking/request-status";
import { DISPLAY_NAME_KINDS, type DisplayNameKind } from "./display-names-schema";
import { policyThemeSchema, priorities, type Catalogue } from "./schema";
import { DIMENSION_KINDS, MEASURES, SECTIONS } from "./vocabulary";

/** Kinds named after the action library, which is handed in beside the catalogue. */
export const ACTION_NAME_KINDS = ["action", "actionDescription", "timeline"] as const;

type ActionKind = (typeof ACTION_NAME_KINDS)[number];

function actionIds(
  actions: readonly Pick<ActionTemplateInput, "id" | "timeline">[],
  kind: ActionKind,
): string[] {
  // Timelines are named by their English words, which a user may also type by hand.
  return kind === "timeline"
    ? [...new Set(actions.map((a) => a.timeline))]
    : actions.map((a) => a.id);
}

/**
 * The IDs that `kind` names in this catalogue, in their usual order. The action kinds need the
 * action library (`actions`); without it they are undefined (not checked).
 */
export function displayNameIds(
  catalogue: Pick<Catalogue, "indicators" | "policyThemes" | "presets" | "concepts">,
  kind: DisplayNameKind,
  actions?: readonly Pick<ActionTemplateInput, "id" | "timeline">[],
): readonly string[] | undefined {
  switch (kind) {
    case "preset":
    case "presetDescription":
      return catalogue.presets.map((p) => p.id);
    case "concept":
      return catalogue.concepts.map((c) => c.id);
    case "variant":
      return catalogue.concepts.flatMap((c) => c.variants.map((v) => `${c.id}/${v.id}`));
    case "action":
    case "actionDescription":
    case "timeline":
      return actions === undefined ? undefined : actionIds(actions, kind);
    case "indicator":
      return catalogue.indicators.map((i) => i.id);
    case "theme":
      return catalogue.policyThemes.map((t) => t.id);
    case "section":
      return SECTIONS;
    case "policyArea":
      return policyThemeSchema.shape.area.options;
    case "gapType":
      return GAP_TYPES;
    case "elementStatus":
      return ELEMENT_STATUSES;
    case "availability":
      return AVAILABILITIES;
    case "actionStatus":
      return ACTION_STATUSES;
    case "priority":
      return priorities;
    case "measure":
      return MEASURES;
    case "dimension":
      return DIMENSION_KINDS;
    case "requestState":
      return REQUEST_STATES;
    case "processStep":
      return PROCESS_STEP_IDS;
    case "processStage":
      return PROCESS_STAGES;
    case "processStatus":
      return PROCESS_STEP_STATUSES;
  }
}

/** Names whose ID does not exist, as readable sentences. */
export function findStaleDisplayNames(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const kind of DISPLAY_NAME_KINDS) {
    const ids = displayNameIds(catalogue, kind);
    if (ids === undefined) continue;
    const known = new Set(ids);
    for (const id of Object.keys(catalogue.displayNames[kind])) {
      if (!known.has(id)) problems.push(`display name for unknown ${kind} "${id}"`);
    }
  }
  return problems;
}
