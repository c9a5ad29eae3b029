/**
 * Which IDs each kind of display name may name: the catalogue's own entries for indicators and
 * themes, the closed vocabularies for the rest. A name for any other ID is stale.
 */
import { ACTION_STATUSES } from "../gaps/action-schema";
import { AVAILABILITIES, ELEMENT_STATUSES, GAP_TYPES } from "../gaps/gap-schema";
import { PROCESS_STAGES, PROCESS_STEP_IDS, PROCESS_STEP_STATUSES } from "../tracking/process-steps";
import { REQUEST_STATES } from "../tracking/request-status";
import { DISPLAY_NAME_KINDS, type DisplayNameKind } from "./display-names-schema";
import { policyThemeSchema, priorities, type Catalogue } from "./schema";
import { DIMENSION_KINDS, MEASURES, SECTIONS } from "./vocabulary";

/** The IDs that `kind` names in this catalogue, in their usual order. */
export function displayNameIds(
  catalogue: Pick<Catalogue, "indicators" | "policyThemes">,
  kind: DisplayNameKind,
): readonly string[] {
  switch (kind) {
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
    const known = new Set(displayNameIds(catalogue, kind));
    for (const id of Object.keys(catalogue.displayNames[kind])) {
      if (!known.has(id)) problems.push(`display name for unknown ${kind} "${id}"`);
    }
  }
  return problems;
}
