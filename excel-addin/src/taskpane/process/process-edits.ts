/**
 * Edits to the profile's process steps. A status the user sets is theirs from then on (auto
 * false), so Gapmap's facts never overwrite it; owner, dates and notes leave the mark alone.
 */
import {
  completeProcess,
  emptyTracking,
  processStepStateSchema,
  type ProcessStepState,
  type ProfileTracking,
} from "@gapmap/core";

export type StepPatch = Partial<Omit<ProcessStepState, "step" | "auto">>;

export function withStepEdit(
  tracking: ProfileTracking | undefined,
  step: ProcessStepState["step"],
  patch: StepPatch,
): ProfileTracking {
  const base = tracking ?? emptyTracking();
  const process = completeProcess(base).map((state) => {
    if (state.step !== step) return state;
    const next = { ...state, ...patch, ...(patch.status === undefined ? {} : { auto: false }) };
    // Blank fields are dropped: the schema's optional keys take no empty values.
    const kept = Object.entries(next).filter(([, value]) => value !== undefined && value !== "");
    return processStepStateSchema.parse(Object.fromEntries(kept));
  });
  return { ...base, process };
}

export function doneCount(tracking: ProfileTracking | undefined): number {
  return completeProcess(tracking ?? emptyTracking()).filter((s) => s.status === "done").length;
}
