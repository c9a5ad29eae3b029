import { sourceRecordSchema } from "@gapmap/core/inventory";
import { describe, expect, test } from "vitest";
import { webRecord } from "../testing/web-record";
import { searchRecords } from "./inventory-search";

const records = [
  sourceRecordSchema.parse(
    webRecord("a", "https://stat.example/asile", { title: "Demandes d'asile 2014" }),
  ),
  sourceRecordSchema.parse(
    webRecord("b", "https://stat.example/transferts", {
      title: "Remittances",
      indicators: ["flow-remittances-received"],
      producer: "Banque centrale",
    }),
  ),
];

describe("inventory search", () => {
  test("matches every word, in any field, ignoring case", () => {
    const names = (id: string) =>
      id === "flow-remittances-received" ? "Remittances received" : id;
    expect(searchRecords(records, "", names).map((r) => r.id)).toEqual(["a", "b"]);
    expect(searchRecords(records, "ASILE", names).map((r) => r.id)).toEqual(["a"]);
    expect(searchRecords(records, "banque received", names).map((r) => r.id)).toEqual(["b"]);
    expect(searchRecords(records, "banque asile", names)).toEqual([]);
    expect(searchRecords(records, "2014", names).map((r) => r.id)).toEqual(["a", "b"]);
  });
});
