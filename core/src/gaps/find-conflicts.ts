/**
 * Conflicting records for one indicator: pairs a merge marked as conflicting, and direct
 * records covering the same years with different definitions. The analysis keeps the best
 * coverage and lists conflicts so the TWG settles them.
 */
import type { Catalogue, Indicator } from "../catalogue/schema";
import type { SourceRecord } from "../inventory/source-record";
import { compareDefinition } from "./definition-check";

export interface RecordConflict {
  recordIds: [string, string];
  reason: string;
}

function definitionKey(catalogue: Catalogue, indicator: Indicator, record: SourceRecord): string {
  if (record.definition === undefined) return "";
  const differences = compareDefinition(catalogue, indicator, record.definition);
  return differences.map((d) => `${d.field}=${d.record}`).join("|") || "standard";
}

export function findConflicts(
  catalogue: Catalogue,
  indicator: Indicator,
  records: readonly SourceRecord[],
): RecordConflict[] {
  const conflicts: RecordConflict[] = [];
  records.forEach((a, index) => {
    for (const b of records.slice(index + 1)) {
      if (a.conflictsWith?.includes(b.id) === true || b.conflictsWith?.includes(a.id) === true) {
        conflicts.push({ recordIds: [a.id, b.id], reason: "marked as conflicting when merged" });
        continue;
      }
      if (a.proxy || b.proxy) continue;
      const shared = a.years.filter((year) => b.years.includes(year));
      const keyA = definitionKey(catalogue, indicator, a);
      const keyB = definitionKey(catalogue, indicator, b);
      // Undocumented definitions cannot be said to disagree.
      if (shared.length > 0 && keyA !== "" && keyB !== "" && keyA !== keyB) {
        conflicts.push({
          recordIds: [a.id, b.id],
          reason: `different definitions for the same years (${shared[0] ?? ""}–${shared.at(-1) ?? ""})`,
        });
      }
    }
  });
  return conflicts;
}
