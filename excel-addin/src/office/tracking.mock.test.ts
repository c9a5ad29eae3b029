// @vitest-environment jsdom
/**
 * Issue 14 on Microsoft's office-addin-mock: the TWG's request statuses (requested, due,
 * received, validated) and the profile's process steps are saved in the workbook with the needs
 * profile (a custom XML part) by the Office host, come back in a pane opened on the same file
 * later, and show in the Action plan sheet's status columns. jsdom supplies the DOMParser that
 * reads the part, as in a browser.
 */
import {
  emptyTracking,
  requestState,
  type Assessment,
  type AssessmentRow,
  type ProfileTracking,
} from "@gapmap/core";
import { OfficeMockObject } from "office-addin-mock";
import { beforeAll, describe, expect, it } from "vitest";
import { createOfficeHost } from "../host/office-host";
import { testEnvironment } from "../host/testing/office-environment";
import { assessmentSheets, SHEET_NAMES } from "../taskpane/model/assessment-sheets";
import { assessSampleData } from "../taskpane/testing/sample-data";
import type { ExcelRunner } from "./excel-types";
import type { WorkbookState } from "./state-schema";
import { MockWorkbook, type MockPart } from "./testing/mock-workbook";
import { STATE_NAMESPACE, stateFromXml } from "./workbook-state";

const NO_TAGS = { add: [], remove: [] };

let assessment: Assessment;
let tracking: ProfileTracking;
/** Three indicators with actions: one requested, one received, one validated. */
let asked: AssessmentRow[];

beforeAll(async () => {
  assessment = await assessSampleData();
  asked = assessment.rows.filter((r) => r.actions.length > 0).slice(0, 3);
  const [requested, received, validated] = asked.map((r) => r.indicator);
  if (validated === undefined) throw new Error("the sample data leave fewer than 3 gaps");
  const process = emptyTracking().process.map((step) =>
    step.step === "expert-team"
      ? { ...step, owner: "TWG chair", start: "2025-03-01", status: "done" as const }
      : step.step === "existing-evidence"
        ? { ...step, status: "in-progress" as const, auto: true }
        : step,
  );
  tracking = {
    requests: [
      {
        indicator: requested ?? "",
        focalAgency: "Ministry of Interior",
        requestedOn: "2025-07-01",
        due: "2025-09-30",
      },
      {
        indicator: received ?? "",
        focalAgency: "Central Bank",
        requestedOn: "2025-07-01",
        received: { on: "2025-09-12", recordIds: ["GMREQ-1:x"] },
      },
      {
        indicator: validated,
        focalAgency: "National Statistics Office",
        requestedOn: "2025-07-01",
        received: { on: "2025-09-01", recordIds: [] },
        validated: { by: "A. Petrova", on: "2025-10-02", comment: "Checked against the yearbook" },
      },
    ],
    process,
  };
}, 60_000);

function officeHost(workbook: MockWorkbook) {
  const excel = new OfficeMockObject(workbook.data) as unknown as ExcelRunner;
  return createOfficeHost(excel, testEnvironment());
}

function stateWith(t: ProfileTracking): WorkbookState {
  return {
    schemaVersion: 1,
    needsProfile: { ...assessment.profile, tracking: t },
    confirmations: [],
  };
}

/** The same file opened again: a new mock over the parts the last one saved. */
function reopened(parts: readonly MockPart[]): MockWorkbook {
  return new MockWorkbook({ sheets: [{ name: "Data", values: [["x"]] }], parts: [...parts] });
}

describe("request status and process in the workbook, on office-addin-mock", () => {
  it("saves them in one custom XML part with the profile and loads them back", async () => {
    const workbook = new MockWorkbook({ sheets: [{ name: "Data", values: [["x"]] }] });
    await officeHost(workbook).saveState("workbook", stateWith(tracking), NO_TAGS);
    const [xml, ...others] = workbook.partsIn(STATE_NAMESPACE);
    expect(others).toEqual([]);
    expect(xml).toContain("A. Petrova");
    expect(stateFromXml(xml ?? "").needsProfile?.tracking).toEqual(tracking);

    const later = reopened(workbook.parts);
    const loaded = await officeHost(later).loadState("workbook");
    if (loaded.status !== "loaded") throw new Error(`state ${loaded.status}`);
    const back = loaded.state.needsProfile?.tracking;
    expect(back).toEqual(tracking);
    expect(back?.requests.map(requestState)).toEqual(["requested", "received", "validated"]);
    expect(back?.process.find((s) => s.step === "expert-team")).toEqual({
      step: "expert-team",
      owner: "TWG chair",
      start: "2025-03-01",
      status: "done",
    });
    expect(back?.process).toHaveLength(15);
  });

  it("a later save replaces the part: one part, the new statuses", async () => {
    const workbook = new MockWorkbook({ sheets: [{ name: "Data", values: [["x"]] }] });
    await officeHost(workbook).saveState("workbook", stateWith(tracking), NO_TAGS);
    const [first] = tracking.requests;
    if (first === undefined) throw new Error("no request");
    const answered: ProfileTracking = {
      ...tracking,
      requests: [
        { ...first, questions: { on: "2025-10-05", text: "Which year is the census base?" } },
        ...tracking.requests.slice(1),
      ],
    };
    const later = reopened(workbook.parts);
    await officeHost(later).saveState("workbook", stateWith(answered), NO_TAGS);
    expect(later.parts).toHaveLength(1);
    expect(later.log.filter((entry) => entry.startsWith("set part"))).toHaveLength(1);
    const loaded = await officeHost(reopened(later.parts)).loadState("workbook");
    if (loaded.status !== "loaded") throw new Error(`state ${loaded.status}`);
    expect(loaded.state.needsProfile?.tracking?.requests.map(requestState)).toEqual([
      "questions",
      "received",
      "validated",
    ]);
  });

  it("writes the statuses into the Action plan sheet's status columns", async () => {
    const workbook = new MockWorkbook({ sheets: [{ name: "Data", values: [["x"]] }] });
    const result = await officeHost(workbook).writeSheets?.(
      assessmentSheets(assessment, tracking),
      false,
    );
    expect(result?.status).toBe("written");
    const rows = workbook.sheet(SHEET_NAMES.actions)?.values ?? [];
    expect(rows[0]?.slice(-3)).toEqual(["Timeline", "Request status", "Validation"]);
    const statusOf = (row: AssessmentRow | undefined) =>
      rows.find((cells) => cells[0] === row?.name)?.slice(-2);
    const [requested, received, validated] = asked;
    expect(statusOf(requested)).toEqual([
      "Requested 2025-07-01, due 2025-09-30 (Ministry of Interior)",
      "",
    ]);
    expect(statusOf(received)).toEqual(["Received 2025-09-12 (Central Bank)", ""]);
    expect(statusOf(validated)).toEqual([
      "Validated 2025-10-02 (National Statistics Office)",
      "A. Petrova, 2025-10-02: Checked against the yearbook",
    ]);
    const untracked = assessment.rows.find(
      (r) => r.actions.length > 0 && !asked.some((a) => a.indicator === r.indicator),
    );
    expect(statusOf(untracked)).toEqual(["Not requested", ""]);
    // Without tracking the sheet keeps its seven columns.
    const plain = assessmentSheets(assessment).find((s) => s.name === SHEET_NAMES.actions);
    expect(plain?.columns).toHaveLength(7);
  });
});
