import { autoFillProcess, emptyTracking, processStepState } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { doneCount, withStepEdit } from "./process-edits";

const facts = {
  inventoryRecords: 4,
  returnedPacks: 0,
  validatedIndicators: 0,
  neededIndicators: 9,
};

describe("process step edits", () => {
  it("keeps all 15 steps, drops blank fields and takes a status the user set as theirs", () => {
    const auto = autoFillProcess(emptyTracking(), facts);
    expect(processStepState(auto, "existing-evidence")).toMatchObject({
      status: "in-progress",
      auto: true,
    });
    // An owner leaves Gapmap's mark alone; a status makes the step the user's.
    let edited = withStepEdit(auto, "existing-evidence", { owner: "NSO", notes: "" });
    expect(processStepState(edited, "existing-evidence")).toEqual({
      step: "existing-evidence",
      status: "in-progress",
      owner: "NSO",
      auto: true,
    });
    edited = withStepEdit(edited, "existing-evidence", { status: "done", due: "2026-03-01" });
    expect(edited.process).toHaveLength(15);
    expect(processStepState(edited, "existing-evidence")).toMatchObject({
      status: "done",
      auto: false,
      due: "2026-03-01",
    });
    // The facts no longer move it.
    expect(processStepState(autoFillProcess(edited, facts), "existing-evidence").status).toBe(
      "done",
    );
    expect(doneCount(edited)).toBe(1);
    expect(doneCount(undefined)).toBe(0);
  });

  it("refuses a date that is not a date", () => {
    expect(() => withStepEdit(undefined, "relevance", { start: "next week" })).toThrow();
  });
});
