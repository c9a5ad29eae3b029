/**
 * Tracking saved with a needs profile: the request status of each indicator and the state of
 * each process step. Optional on the profile, so profiles saved before it stay valid.
 */
import { z } from "zod";
import { addDuplicateIssues } from "../catalogue/unique-keys";
import {
  PROCESS_STEP_IDS,
  processStepStateSchema,
  type ProcessStepId,
  type ProcessStepState,
} from "./process-steps";
import { indicatorRequestStatusSchema } from "./request-status";

export const profileTrackingSchema = z
  .strictObject({
    requests: z.array(indicatorRequestStatusSchema),
    process: z.array(processStepStateSchema),
  })
  .superRefine((tracking, ctx) => {
    addDuplicateIssues(
      ctx,
      tracking.requests,
      ["requests"],
      "indicator",
      (r) => r.indicator,
      (id) => `indicator "${id}" has two request statuses`,
    );
    addDuplicateIssues(
      ctx,
      tracking.process,
      ["process"],
      "step",
      (s) => s.step,
      (id) => `process step "${id}" is listed twice`,
    );
  });
export type ProfileTracking = z.infer<typeof profileTrackingSchema>;

/** No request yet, and all 15 steps not started. */
export function emptyTracking(): ProfileTracking {
  return {
    requests: [],
    process: PROCESS_STEP_IDS.map((step) => ({ step, status: "not-started" })),
  };
}

/** The state of one step; a step the tracking does not list yet is not started. */
export function processStepState(tracking: ProfileTracking, step: ProcessStepId): ProcessStepState {
  return tracking.process.find((s) => s.step === step) ?? { step, status: "not-started" };
}

/** All 15 steps, in the guidance note's order, whatever order (or gaps) the saved list has. */
export function completeProcess(tracking: ProfileTracking): ProcessStepState[] {
  return PROCESS_STEP_IDS.map((step) => processStepState(tracking, step));
}
