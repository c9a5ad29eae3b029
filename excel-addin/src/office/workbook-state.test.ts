// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { locateTaggedTables, splitRangeAddress } from "./locate-tags";
import { saveSessionWithTags } from "./save-session";
import { STATE_SCHEMA_VERSION, WorkbookStateError, type WorkbookState } from "./state-schema";
import { tagConfirmedTable } from "./tag-table";
import { FakeExcel } from "./testing/fake-excel";
import {
  loadWorkbookState,
  saveWorkbookState,
  STATE_NAMESPACE,
  stateFromXml,
  stateToXml,
} from "./workbook-state";

const STATE: WorkbookState = {
  schemaVersion: 1,
  confirmations: [
    {
      id: "t1",
      sheet: "Data",
      address: "A5:F40",
      status: "accepted",
      indicatorIds: ["stock-total"],
      producer: "INE ]]> <b>",
      access: "public",
      concept: "",
      decidedAt: "2026-01-02T10:00:00Z",
    },
  ],
};

const dataSheet = () => new FakeExcel({ sheets: [{ name: "Data", values: [["a"]] }] });

async function rejection(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("workbook state", () => {
  it("round-trips through the custom XML part, even with ']]>' inside a string", async () => {
    const fake = new FakeExcel({ sheets: [] });
    expect(await loadWorkbookState(fake.excel)).toBeUndefined();
    await saveWorkbookState(STATE, fake.excel);
    expect(fake.partsIn(STATE_NAMESPACE)).toEqual([expect.stringContaining(STATE_NAMESPACE)]);
    expect((await loadWorkbookState(fake.excel))?.state).toEqual({
      ...STATE,
      savedAt: expect.any(String) as string,
    });
  });

  it("reports a damaged part as corrupt and a newer one as newer, with a user message", async () => {
    const newer = stateToXml(STATE).replace(
      `"schemaVersion":${STATE_SCHEMA_VERSION}`,
      `"schemaVersion":${STATE_SCHEMA_VERSION + 1}`,
    );
    expect(() => stateFromXml(newer)).toThrow(/newer/);
    const damaged = new FakeExcel({
      sheets: [],
      customXml: { [STATE_NAMESPACE]: stateToXml(STATE).replace('"accepted"', '"maybe"') },
    });
    const error = await rejection(loadWorkbookState(damaged.excel));
    expect(error).toBeInstanceOf(WorkbookStateError);
    expect((error as WorkbookStateError).problem).toBe("corrupt");
    expect((error as WorkbookStateError).userMessage).toMatch(/damaged/);
    expect(() => stateFromXml("<gapmapState/>")).toThrow(WorkbookStateError);
  });
});

describe("tagConfirmedTable", () => {
  it("adds a gapmap_ named range holding the catalogue IDs and validates the id", async () => {
    const fake = dataSheet();
    await tagConfirmedTable(
      { id: "t1", sheet: "Data", address: "A1:B4", indicatorIds: ["stock-total"] },
      fake.excel,
    );
    expect(fake.names.get("gapmap_t1")).toEqual({
      comment: "Gapmap: stock-total",
      sheet: "Data",
      address: "A1:B4",
    });
    await expect(
      tagConfirmedTable({ id: "bad id!", sheet: "Data", address: "A1" }, fake.excel),
    ).rejects.toThrow(RangeError);
  });
});

describe("saveSessionWithTags", () => {
  it("saves the state in its own batch first, then the tags in a second", async () => {
    const fake = dataSheet();
    await tagConfirmedTable({ id: "old", sheet: "Data", address: "A1:A2" }, fake.excel);
    const [runsBefore, syncsBefore] = [fake.runCount, fake.syncCount];
    await saveSessionWithTags(
      STATE,
      { add: [{ id: "t1", sheet: "Data", address: "A5:F40" }], remove: ["old"] },
      fake.excel,
    );
    expect(fake.runCount - runsBefore).toBe(2);
    expect(fake.syncCount - syncsBefore).toBe(3 + 2);
    const firstTagLookup = fake.log.findIndex((e, i) => i > 0 && e.startsWith("delete name"));
    expect(fake.log.findIndex((e) => e.startsWith("load parts"))).toBeLessThan(firstTagLookup);
    expect([...fake.names.keys()]).toEqual(["gapmap_t1"]);
    expect((await loadWorkbookState(fake.excel))?.state.confirmations).toEqual(STATE.confirmations);
  });
});

describe("locateTaggedTables", () => {
  it("follows a tag whose range moved and skips tags that are gone", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "It's data", values: [["a"]] }] });
    await tagConfirmedTable({ id: "t1", sheet: "It's data", address: "A5:F40" }, fake.excel);
    const tag = fake.names.get("gapmap_t1");
    if (tag) tag.address = "A8:F43"; // three rows inserted above the table
    const found = await locateTaggedTables(["t1", "gone"], fake.excel);
    expect(found).toEqual(new Map([["t1", { sheet: "It's data", address: "A8:F43" }]]));
  });

  it("splits sheet-qualified addresses, quoted or not", () => {
    expect(splitRangeAddress("'It''s'!$A$1:$B$2")).toEqual({ sheet: "It's", address: "A1:B2" });
    expect(splitRangeAddress("Data!C3")).toEqual({ sheet: "Data", address: "C3" });
    expect(splitRangeAddress("#REF!")).toBeUndefined();
  });
});
