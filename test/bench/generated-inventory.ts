/** A reproducible inventory of generated source records over the whole catalogue, for benchmarks. */
import type { Catalogue } from "@gapmap/core";
import {
  DIMENSION_KINDS,
  INVENTORY_SCHEMA_VERSION,
  inventorySchema,
  type Inventory,
  type SourceRecordInput,
} from "@gapmap/core";

export function generatedInventory(catalogue: Catalogue, count: number): Inventory {
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const records: SourceRecordInput[] = Array.from({ length: count }, (_, i) => {
    const indicator = pick(catalogue.indicators);
    const first = 1995 + Math.floor(random() * 25);
    return {
      id: `r${i}`,
      indicators: [indicator.id],
      location: {
        kind: "workbook",
        file: `ministry-${i % 40}.xlsx`,
        sheet: `T${i % 30}`,
        range: "A5:F40",
      },
      producer: `Agency ${i % 25}`,
      sourceType: pick(indicator.sourceTypes),
      years: Array.from({ length: 1 + Math.floor(random() * 10) }, (_, k) => first + k),
      periodicity: pick(["annual", "quarterly", "monthly", "multi-year"] as const),
      breakdowns: DIMENSION_KINDS.filter(() => random() < 0.3).map((kind) => ({ kind })),
      geography: pick(["national", "admin-1", "admin-2"] as const),
      access: pick(["public", "on-request", "restricted"] as const),
      quality: random() < 0.2 ? ["estimate"] : [],
      origin: "scan",
    };
  });
  return inventorySchema.parse({ schemaVersion: INVENTORY_SCHEMA_VERSION, records });
}
