/**
 * The profile's process: the steps of IOM's guidance note "Migration Profiles: Making the Most
 * of the Process" (2011), in its three stages, each with an owner, dates, a status and notes.
 *
 * The guidance counts 15 steps, with "validation of content" as step 12, but the issue lists
 * 16 names. Seven framework names and four implementation names must then come before step
 * 12, so two of the sixteen are one step. We join "verify preliminary progress" and "adjust the
 * template" (step 10): verifying what the first data collection produced is what tells the TWG
 * how to adjust the template, and both are done at the same TWG meeting. The framework names
 * are each a distinct task with a different owner (funding, objectives, stakeholders...).
 */
import { z } from "zod";

export const PROCESS_STAGES = ["framework", "implementation", "launch"] as const;
export const processStageSchema = z.enum(PROCESS_STAGES);
export type ProcessStage = (typeof PROCESS_STAGES)[number];

/** Step IDs in the guidance note's order; the number of a step is its position + 1. */
export const PROCESS_STEP_IDS = [
  // Framework setting
  "support-resources",
  "goals-objectives",
  "relevance",
  "stakeholders",
  "coordination-platform",
  "operational-framework",
  "expert-team",
  // Implementation
  "existing-evidence",
  "new-evidence",
  "verify-adjust",
  "analyse-draft",
  // Launch and follow-up
  "validation",
  "apply-findings",
  "evidence-based-policy",
  "sustainability",
] as const;
export const processStepIdSchema = z.enum(PROCESS_STEP_IDS);
export type ProcessStepId = (typeof PROCESS_STEP_IDS)[number];

/** Where each stage starts in PROCESS_STEP_IDS (0-based). */
const STAGE_STARTS: readonly [ProcessStage, number][] = [
  ["framework", 0],
  ["implementation", 7],
  ["launch", 11],
];

function stageOf(index: number): ProcessStage {
  let stage: ProcessStage = "framework";
  for (const [name, start] of STAGE_STARTS) if (index >= start) stage = name;
  return stage;
}

export interface ProcessStep {
  readonly id: ProcessStepId;
  readonly stage: ProcessStage;
  /** 1–15, as the guidance note numbers them. */
  readonly number: number;
}

export const PROCESS_STEPS: readonly ProcessStep[] = PROCESS_STEP_IDS.map((id, index) => ({
  id,
  stage: stageOf(index),
  number: index + 1,
}));

export const PROCESS_STEP_STATUSES = ["not-started", "in-progress", "done"] as const;
export const processStepStatusSchema = z.enum(PROCESS_STEP_STATUSES);
export type ProcessStepStatus = (typeof PROCESS_STEP_STATUSES)[number];

export const processStepStateSchema = z.strictObject({
  step: processStepIdSchema,
  owner: z.string().optional(),
  start: z.iso.date().optional(),
  due: z.iso.date().optional(),
  status: processStepStatusSchema,
  notes: z.string().optional(),
  /** True when Gapmap set the status from what it knows; a person's status is never overwritten. */
  auto: z.boolean().optional(),
});
export type ProcessStepState = z.infer<typeof processStepStateSchema>;
