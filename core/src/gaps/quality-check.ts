/**
 * Quality element: records carrying quality flags (estimates, minimum counts, breaks in
 * series...) partly meet it. The record with the fewest flags counts. ODIN does not score
 * quality; flags are shown so the TWG can weigh them.
 */
import type { SourceRecord } from "../inventory/source-record";
import type { ElementCheck } from "./gap-schema";
import { withMessage } from "./with-message";

export function checkQuality(records: readonly SourceRecord[]): ElementCheck {
  const best = [...records].sort((a, b) => a.quality.length - b.quality.length)[0];
  if (best === undefined) {
    return withMessage(
      { type: "quality", status: "not-met", recordIds: [] },
      { id: "records.none" },
    );
  }
  const [first, ...more] = best.quality;
  return first === undefined
    ? withMessage({ type: "quality", status: "met", recordIds: [best.id] }, { id: "quality.met" })
    : withMessage(
        { type: "quality", status: "partly-met", recordIds: [best.id] },
        { id: "quality.flags", flags: [first, ...more] },
      );
}
