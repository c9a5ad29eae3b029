import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeInventories, type MergeInput } from "./merge-inventories";
import { inventorySchema, type Inventory, type SourceRecord } from "./source-record";
import { inventoryArb } from "./testing/arbitrary-inventory";
import { overlappingInventoryArb, ownerArb } from "./testing/arbitrary-overlapping-inventories";

const base = {
  indicators: ["stock-immigrants"],
  producer: "Statistics Office",
  years: [2019, 2020],
  periodicity: "annual",
  breakdowns: [],
  geography: "national",
  access: "public",
  quality: [],
  origin: "import",
} as const;

const inventory = (records: object[]): Inventory =>
  inventorySchema.parse({ schemaVersion: 1, records });
const sortById = (records: readonly SourceRecord[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const interior = inventory([
  { ...base, id: "moi-1", location: { kind: "workbook", file: "stock.xlsx", sheet: "T1" } },
  {
    ...base,
    id: "moi-2",
    indicators: ["stock-refugees-hosted"],
    location: { kind: "other", description: "Asylum register" },
  },
  {
    ...base,
    id: "shared",
    producer: "МВД",
    location: { kind: "workbook", file: "shared.xlsx", sheet: "A" },
  },
]);
const statistics = inventory([
  {
    ...base,
    id: "so-9",
    origin: "scan",
    location: { kind: "workbook", file: "stock.xlsx", sheet: "T1" },
  },
  {
    ...base,
    id: "so-10",
    indicators: ["stock-refugees-hosted"],
    years: [2020, 2021],
    location: { kind: "web", url: "https://stat.example.org/r", selectors: [] },
  },
  {
    ...base,
    id: "shared",
    indicators: ["stock-emigrants"],
    location: { kind: "workbook", file: "other.xlsx", sheet: "B" },
  },
]);

describe("mergeInventories, by example", () => {
  const result = mergeInventories([
    { owner: "Ministry of Interior", inventory: interior },
    { owner: "Statistics Office", inventory: statistics },
  ]);

  it("keeps one copy of records identical apart from ID and origin", () => {
    expect(result.duplicates).toEqual([
      {
        kept: [{ owner: "Ministry of Interior", id: "moi-1" }],
        dropped: [{ owner: "Statistics Office", id: "so-9" }],
      },
    ]);
    expect(result.inventory.records.map((r) => r.id)).not.toContain("so-9");
  });

  it("keeps every version of a conflict, marked, with the differing fields listed", () => {
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict?.records).toEqual([
      { owner: "Ministry of Interior", id: "moi-2" },
      { owner: "Statistics Office", id: "so-10" },
    ]);
    expect(conflict?.differences.map((d) => d.field)).toEqual([
      "years",
      "location.kind",
      "location.url",
      "location.selectors",
      "location.description",
    ]);
    expect(conflict?.differences[0]?.values.map((v) => v.value)).toEqual([
      "2019-2020",
      "2020-2021",
    ]);
    const byId = new Map(result.inventory.records.map((r) => [r.id, r]));
    expect(byId.get("moi-2")?.conflictsWith).toEqual(["so-10"]);
    expect(byId.get("so-10")?.conflictsWith).toEqual(["moi-2"]);
  });

  it("renames a clashing ID rather than dropping a record", () => {
    expect(result.renamed).toEqual([
      { owner: "Statistics Office", from: "shared", to: "shared@Statistics Office" },
    ]);
    expect(result.inventory.records).toHaveLength(5);
    expect(() => inventorySchema.parse(result.inventory)).not.toThrow();
  });
});

describe("mergeInventories, properties", () => {
  const inputsArb = fc.array(fc.record({ owner: ownerArb, inventory: overlappingInventoryArb }), {
    minLength: 1,
    maxLength: 3,
  });

  it("is idempotent: merge(A, A) reports only duplicates and returns A's records", () => {
    fc.assert(
      fc.property(fc.oneof(inventoryArb, overlappingInventoryArb), ownerArb, (a, owner) => {
        const result = mergeInventories([
          { owner, inventory: a },
          { owner, inventory: a },
        ]);
        expect(result.conflicts).toEqual([]);
        expect(result.renamed).toEqual([]);
        expect(result.inventory.records).toStrictEqual(a.records);
        expect(result.duplicates.flatMap((d) => d.dropped)).toHaveLength(a.records.length);
      }),
    );
  });

  it("never loses a record: each is kept, dropped as a duplicate, or renamed", () => {
    fc.assert(
      fc.property(inputsArb, (inputs: MergeInput[]) => {
        const result = mergeInventories(inputs);
        const total = inputs.reduce((n, input) => n + input.inventory.records.length, 0);
        const dropped = result.duplicates.flatMap((d) => d.dropped);
        expect(result.inventory.records.length + dropped.length).toBe(total);
        const outputIds = new Set(result.inventory.records.map((r) => r.id));
        for (const { owner, inventory: input } of inputs) {
          for (const record of input.records) {
            const accounted =
              outputIds.has(record.id) ||
              dropped.some((ref) => ref.owner === owner && ref.id === record.id) ||
              result.renamed.some(
                (r) => r.owner === owner && r.from === record.id && outputIds.has(r.to),
              );
            expect(accounted, `${owner}/${record.id}`).toBe(true);
          }
        }
        expect(() => inventorySchema.parse(result.inventory)).not.toThrow();
        for (const record of result.inventory.records) {
          for (const other of record.conflictsWith ?? []) expect(outputIds.has(other)).toBe(true);
        }
      }),
    );
  });

  it("reports the same whatever the order of its inputs", () => {
    fc.assert(
      fc.property(inputsArb, fc.func(fc.integer()), (inputs, order) => {
        const shuffled = [...inputs].sort((a, b) => order(a) - order(b));
        const forward = mergeInventories(inputs);
        const other = mergeInventories(shuffled);
        expect(other.duplicates).toEqual(forward.duplicates);
        expect(other.conflicts).toEqual(forward.conflicts);
        expect(other.renamed).toEqual(forward.renamed);
        expect(sortById(other.inventory.records)).toStrictEqual(
          sortById(forward.inventory.records),
        );
      }),
    );
  });

  it("finds conflicts in overlapping inventories often enough to be tested", () => {
    const samples = fc.sample(inputsArb, { numRuns: 200, seed: 42 });
    const withConflicts = samples.filter((inputs) => mergeInventories(inputs).conflicts.length > 0);
    expect(withConflicts.length).toBeGreaterThan(20);
  });
});
