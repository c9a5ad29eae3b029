import { describe, expect, it } from "vitest";
import { tagConfirmedTable } from "./tag-table";
import { FakeExcel } from "./testing/fake-excel";
import {
  loadWorkbookState,
  saveWorkbookState,
  STATE_NAMESPACE,
  stateFromXml,
  stateToXml,
  WorkbookStateError,
  type WorkbookState,
} from "./workbook-state";

const STATE: WorkbookState = {
  schemaVersion: 1,
  needsProfile: { preset: "core", extra: ["x"] },
  confirmations: [
    {
      id: "t1",
      sheet: "Data",
      address: "A5:F40",
      indicatorIds: ["stock-total"],
      confirmedAt: "2026-01-02T10:00:00Z",
    },
  ],
};

describe("workbook state", () => {
  it("round-trips through the custom XML part, even with ']]>' inside a string", async () => {
    const fake = new FakeExcel({ sheets: [] });
    expect(await loadWorkbookState(fake.excel)).toBeUndefined();
    const tricky = { ...STATE, needsProfile: { note: "a ]]> b <c>" } };
    await saveWorkbookState(tricky, fake.excel);
    expect(fake.customXml.get(STATE_NAMESPACE)).toContain(STATE_NAMESPACE);
    expect(await loadWorkbookState(fake.excel)).toEqual(tricky);
  });

  it("refuses state that fails the schema", () => {
    const xml = stateToXml(STATE).replace('"schemaVersion":1', '"schemaVersion":9');
    expect(() => stateFromXml(xml)).toThrow(WorkbookStateError);
    expect(() => stateFromXml("<gapmapState/>")).toThrow(WorkbookStateError);
  });
});

describe("tagConfirmedTable", () => {
  it("adds a gapmap_ named range and validates the id", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Data", values: [["a"]] }] });
    await tagConfirmedTable({ id: "t1", sheet: "Data", address: "A1:B4" }, fake.excel);
    expect([...fake.names.keys()]).toEqual(["gapmap_t1"]);
    await expect(
      tagConfirmedTable({ id: "bad id!", sheet: "Data", address: "A1" }, fake.excel),
    ).rejects.toThrow(RangeError);
  });
});
