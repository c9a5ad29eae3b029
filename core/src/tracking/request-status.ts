/**
 * Where each indicator's data request stands: who was asked, when, by when, what came back
 * (linked to the source records it became), and whether the TWG validated it (the guidance
 * note's step 12, "validation of content") or sent it back with questions.
 */
import { z } from "zod";
import { catalogueIdSchema } from "../catalogue/vocabulary";

/** An ISO calendar date, "YYYY-MM-DD". */
export const isoDateSchema = z.iso.date();

export const REQUEST_STATES = [
  "not-requested",
  "requested",
  "received",
  "validated",
  "questions",
] as const;
export const requestStateSchema = z.enum(REQUEST_STATES);
export type RequestState = (typeof REQUEST_STATES)[number];

export const indicatorRequestStatusSchema = z.strictObject({
  indicator: catalogueIdSchema,
  /** The agency asked for this indicator (its focal point's institution). */
  focalAgency: z.string().trim().min(1).optional(),
  requestedOn: isoDateSchema.optional(),
  due: isoDateSchema.optional(),
  /** The return, and the IDs of the source records read from it. */
  received: z.strictObject({ on: isoDateSchema, recordIds: z.array(z.string()) }).optional(),
  validated: z
    .strictObject({
      by: z.string().trim().min(1),
      on: isoDateSchema,
      comment: z.string().optional(),
    })
    .optional(),
  /** The TWG returned the data to the agency with these questions. */
  questions: z.strictObject({ on: isoDateSchema, text: z.string().trim().min(1) }).optional(),
});
export type IndicatorRequestStatus = z.infer<typeof indicatorRequestStatusSchema>;

/** Ties on the same day: validation wins over questions, and questions over the receipt they answer. */
const EVENT_RANK = { received: 0, questions: 1, validated: 2 } as const;

/**
 * The state is derived from the dates, never stored, so it cannot disagree with them: the
 * latest of received / questions / validated wins (an agency that answers questions with a new
 * return is "received" again); otherwise "requested" once a request date is known.
 */
export function requestState(s: IndicatorRequestStatus): RequestState {
  const events: { state: keyof typeof EVENT_RANK; on: string }[] = [];
  if (s.received) events.push({ state: "received", on: s.received.on });
  if (s.questions) events.push({ state: "questions", on: s.questions.on });
  if (s.validated) events.push({ state: "validated", on: s.validated.on });
  events.sort((a, b) => a.on.localeCompare(b.on) || EVENT_RANK[a.state] - EVENT_RANK[b.state]);
  const latest = events.at(-1);
  if (latest !== undefined) return latest.state;
  return s.requestedOn !== undefined ? "requested" : "not-requested";
}
