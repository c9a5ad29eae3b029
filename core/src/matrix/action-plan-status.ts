/**
 * The request-status columns of the Action plan sheet (issue 14): shown when the profile has
 * tracking, so workbooks from profiles without it keep their columns.
 */
import { requestState, type IndicatorRequestStatus } from "../tracking/request-status";
import type { ProfileTracking } from "../tracking/profile-tracking";

export const STATUS_COLUMNS = ["Request status", "Validation"] as const;
export const STATUS_WIDTHS = [16, 20];

const STATE_WORDS = {
  "not-requested": "Not requested",
  requested: "Requested",
  received: "Received",
  validated: "Validated",
  questions: "Returned with questions",
} as const;

/** "Received 2027-01-15 (Central bank)": the state, its date and the focal agency. */
function requestText(s: IndicatorRequestStatus): string {
  const state = requestState(s);
  const date =
    state === "requested"
      ? `${s.requestedOn ?? ""}${s.due === undefined ? "" : `, due ${s.due}`}`
      : state === "received"
        ? s.received?.on
        : state === "validated"
          ? s.validated?.on
          : state === "questions"
            ? s.questions?.on
            : undefined;
  const agency = s.focalAgency === undefined ? "" : ` (${s.focalAgency})`;
  return `${STATE_WORDS[state]}${date === undefined || date === "" ? "" : ` ${date}`}${agency}`;
}

function validationText(s: IndicatorRequestStatus): string {
  if (requestState(s) === "questions" && s.questions !== undefined)
    return `Questions: ${s.questions.text}`;
  if (s.validated === undefined) return "";
  const comment = s.validated.comment === undefined ? "" : `: ${s.validated.comment}`;
  return `${s.validated.by}, ${s.validated.on}${comment}`;
}

/** The two status cells of an indicator's actions. */
export function statusCells(tracking: ProfileTracking, indicator: string): [string, string] {
  const status = tracking.requests.find((r) => r.indicator === indicator) ?? { indicator };
  return [requestText(status), validationText(status)];
}
