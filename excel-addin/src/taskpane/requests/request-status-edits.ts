/**
 * Edits to the request status of indicators, as pure functions on the profile's tracking: what
 * saving packs, reading a returned pack, validating or sending questions does to each status.
 * Every result is checked against core's schema, so the pane never saves a status core refuses.
 */
import {
  emptyTracking,
  indicatorRequestStatusSchema,
  requestState,
  type IndicatorRequestStatus,
  type PackReading,
  type ProfileTracking,
  type RequestPack,
  type RequestState,
} from "@gapmap/core";

export function statusOf(tracking: ProfileTracking, indicator: string): IndicatorRequestStatus {
  return tracking.requests.find((r) => r.indicator === indicator) ?? { indicator };
}

/** Replaces (or adds) one indicator's status; one that says nothing at all is dropped. */
export function withStatus(
  tracking: ProfileTracking,
  next: IndicatorRequestStatus,
): ProfileTracking {
  const parsed = indicatorRequestStatusSchema.parse(next);
  const empty = Object.keys(parsed).length === 1;
  const others = tracking.requests.filter((r) => r.indicator !== next.indicator);
  const index = tracking.requests.findIndex((r) => r.indicator === next.indicator);
  const requests = empty
    ? others
    : index < 0
      ? [...tracking.requests, parsed]
      : tracking.requests.map((r, i) => (i === index ? parsed : r));
  return { ...tracking, requests };
}

/** A text field's value as the schema wants it: trimmed, and absent when blank. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Drops the keys whose value is undefined (the schemas are strict about optional keys). */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The packs were saved: each of their indicators is requested from the pack's agency. */
export function markRequested(
  tracking: ProfileTracking | undefined,
  packs: readonly RequestPack[],
): ProfileTracking {
  let next = tracking ?? emptyTracking();
  for (const pack of packs)
    for (const item of pack.items) {
      const current = statusOf(next, item.indicator);
      next = withStatus(
        next,
        defined({
          ...current,
          focalAgency: pack.agency,
          requestedOn: pack.requestedOn,
          due: pack.due ?? current.due,
        }),
      );
    }
  return next;
}

/** A returned pack was read: each table with figures is received, linked to its record. */
export function markReceived(
  tracking: ProfileTracking | undefined,
  reading: PackReading,
  recordIds: ReadonlyMap<string, readonly string[]>,
  today: string,
): ProfileTracking {
  let next = tracking ?? emptyTracking();
  for (const table of reading.tables) {
    const ids = recordIds.get(table.indicator) ?? [];
    if (ids.length === 0) continue;
    const current = statusOf(next, table.indicator);
    // A pack sent from elsewhere (the command line) still says when it was asked, and by when.
    next = withStatus(
      next,
      defined({
        ...current,
        focalAgency: current.focalAgency ?? reading.agency,
        requestedOn: current.requestedOn ?? reading.requestedOn,
        due: current.due ?? reading.due,
        received: { on: reading.returnedOn ?? today, recordIds: [...ids] },
      }),
    );
  }
  return next;
}

export function validate(
  tracking: ProfileTracking,
  indicator: string,
  by: string,
  on: string,
  comment: string,
): ProfileTracking {
  const note = optionalText(comment);
  return withStatus(tracking, {
    ...statusOf(tracking, indicator),
    validated: { by: by.trim(), on, ...(note === undefined ? {} : { comment: note }) },
  });
}

export function returnWithQuestions(
  tracking: ProfileTracking,
  indicator: string,
  text: string,
  on: string,
): ProfileTracking {
  return withStatus(tracking, {
    ...statusOf(tracking, indicator),
    questions: { on, text: text.trim() },
  });
}

/** Forgets one part of a status (a validation made by mistake, say). */
export function clearPart(
  tracking: ProfileTracking,
  indicator: string,
  part: "validated" | "questions" | "received",
): ProfileTracking {
  const rest = Object.entries(statusOf(tracking, indicator)).filter(([key]) => key !== part);
  return withStatus(tracking, Object.fromEntries(rest) as IndicatorRequestStatus);
}

/** What the TWG has to act on first: data to validate, answers awaited, then the rest. */
const STATE_ORDER: Readonly<Record<RequestState, number>> = {
  received: 0,
  questions: 1,
  requested: 2,
  validated: 3,
  "not-requested": 4,
};

/** The statuses to show, by state (STATE_ORDER) then the profile's order; a filter keeps one. */
export function shownStatuses(
  tracking: ProfileTracking | undefined,
  order: readonly string[],
  filter: RequestState | "",
): IndicatorRequestStatus[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return (tracking?.requests ?? [])
    .filter((s) => filter === "" || requestState(s) === filter)
    .sort(
      (a, b) =>
        STATE_ORDER[requestState(a)] - STATE_ORDER[requestState(b)] ||
        (rank.get(a.indicator) ?? order.length) - (rank.get(b.indicator) ?? order.length) ||
        a.indicator.localeCompare(b.indicator),
    );
}

/** Today as an ISO date in the user's time zone. */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO date `days` after `iso` (calendar days, no time zone shift). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
