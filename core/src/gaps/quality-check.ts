/**
 * Quality element: records carrying quality flags (estimates, minimum counts, breaks in
 * series...) partly meet it. The record with the fewest flags counts. ODIN does not score
 * quality; flags are shown so the TWG can weigh them.
 */
import type { SourceRecord } from "../inventory/source-record";
import type { ElementCheck } from "./gap-schema";

export function checkQuality(records: readonly SourceRecord[]): ElementCheck {
  const best = [...records].sort((a, b) => a.quality.length - b.quality.length)[0];
  if (best === undefined) {
    return { type: "quality", status: "not-met", detail: "no records", recordIds: [] };
  }
  return best.quality.length === 0
    ? { type: "quality", status: "met", detail: "no quality flags", recordIds: [best.id] }
    : {
        type: "quality",
        status: "partly-met",
        detail: `quality flags: ${best.quality.join(", ")}`,
        recordIds: [best.id],
      };
}
