/**
 * Tracking updated from what Gapmap did or read: packs sent (requested, focal agency, due) and
 * packs returned (received, linked to the records read from them). Validation and questions
 * come from the TWG, never from here.
 */
import { packRecordId } from "../requests/pack-records";
import type { PackReading, RequestPack } from "../requests/request-pack-schema";
import { emptyTracking, type ProfileTracking } from "./profile-tracking";
import type { IndicatorRequestStatus } from "./request-status";

/** The tracking with one indicator's status replaced by `update` of it (or of a new one). */
export function withRequestStatus(
  base: ProfileTracking,
  indicator: string,
  update: (status: IndicatorRequestStatus) => IndicatorRequestStatus,
): ProfileTracking {
  const index = base.requests.findIndex((r) => r.indicator === indicator);
  const requests = [...base.requests];
  if (index === -1) requests.push(update({ indicator }));
  else requests[index] = update(requests[index] ?? { indicator });
  return { ...base, requests };
}

/** Each indicator of each pack: requested now, from this agency, by this date. */
export function recordRequests(
  tracking: ProfileTracking | undefined,
  packs: readonly Pick<RequestPack, "agency" | "requestedOn" | "due" | "items">[],
): ProfileTracking {
  let next = tracking ?? emptyTracking();
  for (const pack of packs)
    for (const item of pack.items)
      next = withRequestStatus(next, item.indicator, (s) => ({
        ...s,
        focalAgency: pack.agency,
        requestedOn: pack.requestedOn,
        ...(pack.due === undefined ? {} : { due: pack.due }),
      }));
  return next;
}

/**
 * Each table of a returned pack that holds at least one number is received on the pack's
 * return date (`today` when the pack does not say), linked to the record read from it. An
 * empty table leaves its indicator as it was: nothing came back for it.
 */
export function recordReturns(
  tracking: ProfileTracking | undefined,
  readings: readonly PackReading[],
  today: string,
): { tracking: ProfileTracking; received: string[] } {
  let next = tracking ?? emptyTracking();
  const received: string[] = [];
  for (const reading of readings)
    for (const table of reading.tables) {
      if (table.filledCells === 0) continue;
      received.push(table.indicator);
      next = withRequestStatus(next, table.indicator, (s) => ({
        ...s,
        focalAgency: s.focalAgency ?? reading.agency,
        ...(s.requestedOn === undefined && reading.requestedOn !== undefined
          ? { requestedOn: reading.requestedOn }
          : {}),
        ...(s.due === undefined && reading.due !== undefined ? { due: reading.due } : {}),
        received: {
          on: reading.returnedOn ?? today,
          recordIds: [packRecordId(reading.requestId, table.indicator)],
        },
      }));
    }
  return { tracking: next, received };
}
