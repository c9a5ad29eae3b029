/**
 * Tracking saved with a needs profile: the request status of each indicator and the state of
 * each process step. Optional on the profile, so profiles saved before it stay valid.
 */
import { z } from "zod";
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
    const indicators = new Set<string>();
    tracking.requests.forEach((r, index) => {
      if (indicators.has(r.indicator)) {
        ctx.addIssue({
          code: "custom",
          path: ["requests", index, "indicator"],
          message: `indicator "${r.indicator}" has two request statuses`,
        });
      }
      indicators.add(r.indicator);
    });
    const steps = new Set<string>();
    tracking.process.forEach((s, index) => {
      if (steps.has(s.step)) {
        ctx.addIssue({
          code: "custom",
          path: ["process", index, "step"],
          message: `process step "${s.step}" is listed twice`,
        });
      }
      steps.add(s.step);
    });
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
