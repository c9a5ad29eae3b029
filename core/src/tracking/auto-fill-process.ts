/**
 * Gapmap fills the process steps it can see progress on: "existing evidence" with the
 * inventory, "new evidence" with returned requests, "validation" with validated indicators.
 * A status a person set is never overwritten; only not-started steps and Gapmap's own
 * (auto) statuses follow the facts.
 */
import type { ProcessStepId, ProcessStepState, ProcessStepStatus } from "./process-steps";
import { completeProcess, type ProfileTracking } from "./profile-tracking";
import { requestState } from "./request-status";

export interface ProcessFacts {
  /** Source records in the inventory. */
  inventoryRecords: number;
  /** Returned data-request packs read so far. */
  returnedPacks: number;
  /** Indicators the TWG validated. */
  validatedIndicators: number;
  /** Indicators the needs profile asks for. */
  neededIndicators: number;
}

/** What the facts say about the three steps Gapmap can follow. */
function derivedStatuses(
  tracking: ProfileTracking,
  facts: ProcessFacts,
): Partial<Record<ProcessStepId, ProcessStepStatus>> {
  const requested = tracking.requests.filter((r) => requestState(r) !== "not-requested");
  const allReturned =
    requested.length > 0 &&
    requested.every((r) => ["received", "validated"].includes(requestState(r)));
  const progress = (started: boolean, done: boolean): ProcessStepStatus =>
    done ? "done" : started ? "in-progress" : "not-started";
  return {
    // Gapmap cannot know when the desk review is finished; the TWG marks it done.
    "existing-evidence": progress(facts.inventoryRecords > 0, false),
    "new-evidence": progress(facts.returnedPacks > 0, facts.returnedPacks > 0 && allReturned),
    validation: progress(
      facts.validatedIndicators > 0,
      facts.neededIndicators > 0 && facts.validatedIndicators >= facts.neededIndicators,
    ),
  };
}

function followsFacts(state: ProcessStepState): boolean {
  return state.auto === true || state.status === "not-started";
}

export function autoFillProcess(tracking: ProfileTracking, facts: ProcessFacts): ProfileTracking {
  const derived = derivedStatuses(tracking, facts);
  const process = completeProcess(tracking).map((state): ProcessStepState => {
    const status = derived[state.step];
    if (status === undefined || !followsFacts(state)) return state;
    if (status === "not-started" && state.auto !== true) return state;
    return { ...state, status, auto: true };
  });
  return { requests: tracking.requests, process };
}
