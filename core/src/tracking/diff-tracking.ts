/** Status changes between two editions' tracking, for `gapmap diff`. */
import { PROCESS_STEP_IDS, type ProcessStepId, type ProcessStepStatus } from "./process-steps";
import { processStepState, type ProfileTracking } from "./profile-tracking";
import { requestState, type RequestState } from "./request-status";

export type TrackingChange =
  | { kind: "request"; indicator: string; from: RequestState; to: RequestState }
  | { kind: "process"; step: ProcessStepId; from: ProcessStepStatus; to: ProcessStepStatus };

/** Request states keyed by indicator; an indicator without a status is not requested. */
function statesByIndicator(tracking: ProfileTracking | undefined): Map<string, RequestState> {
  return new Map((tracking?.requests ?? []).map((r) => [r.indicator, requestState(r)]));
}

/** Request changes in indicator order, then process changes in step order. */
export function diffTracking(
  prev: ProfileTracking | undefined,
  next: ProfileTracking | undefined,
): TrackingChange[] {
  const before = statesByIndicator(prev);
  const after = statesByIndicator(next);
  const indicators = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: TrackingChange[] = [];
  for (const indicator of indicators) {
    const from = before.get(indicator) ?? "not-requested";
    const to = after.get(indicator) ?? "not-requested";
    if (from !== to) changes.push({ kind: "request", indicator, from, to });
  }
  const empty: ProfileTracking = { requests: [], process: [] };
  for (const step of PROCESS_STEP_IDS) {
    const from = processStepState(prev ?? empty, step).status;
    const to = processStepState(next ?? empty, step).status;
    if (from !== to) changes.push({ kind: "process", step, from, to });
  }
  return changes;
}
