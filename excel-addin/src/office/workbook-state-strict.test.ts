// @vitest-environment jsdom
/**
 * The saved session against the strict fake: several parts in our namespace (autosaves that
 * overlapped, two co-authors), two panes saving in turn, a renamed sheet, a long tag comment,
 * the state part as Excel may hand it back, and the request cap.
 */
import { describe, expect, it } from "vitest";
import { OfficeAdapterError } from "./office-errors";
import { saveSessionWithTags } from "./save-session";
import type { Confirmation, WorkbookState } from "./state-schema";
import { FakeExcel } from "./testing/fake-excel";
import {
  loadWorkbookState,
  saveWorkbookState,
  STATE_NAMESPACE,
  stateFromXml,
  stateToXml,
} from "./workbook-state";

function decision(id: string, status: Confirmation["status"], decidedAt: string): Confirmation {
  return {
    id,
    sheet: "Data",
    address: "A1:C9",
    status,
    indicatorIds: ["stock-total"],
    producer: "",
    access: "public",
    concept: "",
    decidedAt,
  };
}

const state = (savedAt: string, ...confirmations: Confirmation[]): WorkbookState => ({
  schemaVersion: 1,
  savedAt,
  confirmations,
});

const dataSheet = () => new FakeExcel({ sheets: [{ name: "Data", values: [["a"]] }] });

describe("several parts in our namespace", () => {
  it("loads the newest, deletes the others and says they differed", async () => {
    const older = state("2026-01-01T10:00:00Z", decision("t1", "accepted", "2026-01-01T09:00Z"));
    const newer = state("2026-01-02T10:00:00Z", decision("t1", "rejected", "2026-01-02T09:00Z"));
    const fake = new FakeExcel({
      sheets: [],
      customXml: [
        { id: "{a}", namespace: STATE_NAMESPACE, xml: stateToXml(newer) },
        { id: "{b}", namespace: STATE_NAMESPACE, xml: stateToXml(older) },
      ],
    });
    const loaded = await loadWorkbookState(fake.excel);
    expect(loaded?.state).toEqual(newer);
    expect(loaded?.differed).toBe(true);
    expect(fake.partsIn(STATE_NAMESPACE)).toEqual([stateToXml(newer)]);
  });

  it("keeps one part however many saves ran, and loads it", async () => {
    const fake = dataSheet();
    await Promise.all([
      saveWorkbookState(state("2026-01-01T10:00:00Z"), fake.excel),
      saveWorkbookState(state("2026-01-01T10:00:01Z"), fake.excel),
    ]);
    await saveWorkbookState(state("2026-01-01T10:00:02Z"), fake.excel);
    expect(fake.partsIn(STATE_NAMESPACE)).toHaveLength(1);
    expect((await loadWorkbookState(fake.excel))?.differed).toBe(false);
  });
});

describe("co-authoring: two panes saving in turn", () => {
  it("keeps both panes' decisions, and the later one where both decided a table", async () => {
    const fake = dataSheet();
    // Both panes opened the workbook when it held no state.
    const paneA = state("2026-03-01T10:00:00Z", decision("a1", "accepted", "2026-03-01T09:59Z"));
    const paneB = state(
      "2026-03-01T10:01:00Z",
      decision("b1", "accepted", "2026-03-01T10:00Z"),
      decision("a1", "rejected", "2026-03-01T09:58Z"),
    );
    await saveWorkbookState(paneA, fake.excel);
    await saveWorkbookState(paneB, fake.excel);
    const saved = (await loadWorkbookState(fake.excel))?.state;
    const byId = new Map(saved?.confirmations.map((c) => [c.id, c.status]));
    expect(byId).toEqual(
      new Map([
        ["a1", "accepted"],
        ["b1", "accepted"],
      ]),
    );
  });
});

describe("saving with tags", () => {
  it("saves the state even when a tagged table's sheet was renamed", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Old name", values: [["a"]] }] });
    fake.renameSheet("Old name", "New name");
    const saved = state("2026-01-01T10:00:00Z", decision("t1", "accepted", "2026-01-01T09:00Z"));
    await saveSessionWithTags(
      saved,
      { add: [{ id: "t1", sheet: "Old name", address: "A1:B2" }], remove: [] },
      fake.excel,
    ).catch(() => undefined);
    expect((await loadWorkbookState(fake.excel))?.state.confirmations).toEqual(saved.confirmations);
  });

  it("tags a table with many indicators: the name comment stays within 255 characters", async () => {
    const fake = dataSheet();
    const ids = Array.from({ length: 40 }, (_, i) => `indicator-number-${i}`);
    await saveSessionWithTags(
      state("2026-01-01T10:00:00Z"),
      { add: [{ id: "t1", sheet: "Data", address: "A1:B2", indicatorIds: ids }], remove: [] },
      fake.excel,
    );
    const comment = fake.names.get("gapmap_t1")?.comment ?? "";
    expect(comment.length).toBeGreaterThan(0);
    expect(comment.length).toBeLessThanOrEqual(255);
    expect(comment).toContain("indicator-number-0");
  });
});

describe("the state part as Excel may hand it back", () => {
  it("reads JSON stored as escaped text or in several CDATA sections", () => {
    const json = JSON.stringify(state("2026-01-01T10:00:00Z"));
    const escaped = json.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
    const asText = `<gapmapState xmlns="${STATE_NAMESPACE}">${escaped}</gapmapState>`;
    const split = `<gapmapState xmlns="${STATE_NAMESPACE}"><![CDATA[${json.slice(0, 10)}]]><![CDATA[${json.slice(10)}]]></gapmapState>`;
    const commented = `<!-- <![CDATA[{}]]> --><gapmapState xmlns="${STATE_NAMESPACE}"><![CDATA[${json}]]></gapmapState>`;
    for (const xml of [asText, split, commented])
      expect(stateFromXml(xml)).toEqual(state("2026-01-01T10:00:00Z"));
  });
});

describe("the state's size", () => {
  it("refuses a state too large for one request, with advice, and writes nothing", async () => {
    const fake = dataSheet();
    const many = Array.from({ length: 12_000 }, (_, i) =>
      decision(`t${i}`, "accepted", "2026-01-01T09:00Z"),
    );
    for (const c of many)
      c.producer = 'Ministry of the Interior "Migration" \\ Statistics'.repeat(4);
    const error = await saveWorkbookState(state("2026-01-01T10:00:00Z", ...many), fake.excel).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect((error as OfficeAdapterError).kind).toBe("state-too-large");
    expect((error as OfficeAdapterError).userMessage).toMatch(/too large/);
    expect(fake.partsIn(STATE_NAMESPACE)).toEqual([]);
  });
});
