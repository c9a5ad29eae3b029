/**
 * Small inventories drawn from tiny pools of IDs, locations, producers and indicators, so that
 * merges meet duplicates, conflicts and ID clashes often.
 */
import fc from "fast-check";
import { inventorySchema, type Inventory } from "../source-record";

const LOCATIONS = [
  { kind: "workbook", file: "migration.xlsx", sheet: "T1", range: "A1:D9" },
  { kind: "workbook", file: "Migration.XLSX", sheet: "t1", range: "$A$1:$D$9" },
  { kind: "workbook", file: "migration.xlsx", sheet: "T2" },
  { kind: "web", url: "https://stat.example.org/table", selectors: [] },
  { kind: "other", description: "Перепись 2021, том 4" },
] as const;

const overlappingRecordArb = fc.record(
  {
    id: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
    indicators: fc.subarray(["stock-immigrants", "stock-emigrants", "stock-refugees-hosted"], {
      minLength: 1,
    }),
    location: fc.constantFrom(...LOCATIONS),
    producer: fc.constantFrom("Statistics Office", "statistics office ", "МВД"),
    years: fc.subarray([2018, 2019, 2020, 2021]),
    periodicity: fc.constantFrom("annual", "unknown"),
    breakdowns: fc.constant([]),
    geography: fc.constantFrom("national", "admin-1"),
    access: fc.constant("public"),
    quality: fc.constant([]),
    origin: fc.constantFrom("scan", "import"),
  },
  {
    requiredKeys: [
      "id",
      "indicators",
      "location",
      "years",
      "periodicity",
      "breakdowns",
      "geography",
      "access",
      "quality",
      "origin",
    ],
  },
);

export const overlappingInventoryArb: fc.Arbitrary<Inventory> = fc
  .uniqueArray(overlappingRecordArb, { selector: (r) => r.id, maxLength: 5 })
  .map((records) => inventorySchema.parse({ schemaVersion: 1, records }));

export const ownerArb = fc.constantFrom(
  "Ministry of Interior",
  "Statistics Office",
  "Ministry of Labour",
);
