import { emptyTracking, requestState } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import {
  addDays,
  clearPart,
  returnWithQuestions,
  shownStatuses,
  statusOf,
  validate,
  withStatus,
} from "./request-status-edits";

describe("request status edits", () => {
  it("validates, returns with questions and clears, each state derived from the dates", () => {
    let t = withStatus(emptyTracking(), {
      indicator: "stock-total",
      focalAgency: "NSO",
      requestedOn: "2025-07-01",
      received: { on: "2025-09-01", recordIds: ["GMREQ-1:stock-total"] },
    });
    expect(requestState(statusOf(t, "stock-total"))).toBe("received");
    t = returnWithQuestions(t, "stock-total", "  Which census round?  ", "2025-09-02");
    expect(statusOf(t, "stock-total").questions).toEqual({
      on: "2025-09-02",
      text: "Which census round?",
    });
    expect(requestState(statusOf(t, "stock-total"))).toBe("questions");
    t = validate(t, "stock-total", "A. Petrova", "2025-09-10", "");
    expect(statusOf(t, "stock-total").validated).toEqual({ by: "A. Petrova", on: "2025-09-10" });
    expect(requestState(statusOf(t, "stock-total"))).toBe("validated");
    t = clearPart(t, "stock-total", "validated");
    expect(requestState(statusOf(t, "stock-total"))).toBe("questions");
    expect(t.requests).toHaveLength(1);
  });

  it("drops a status that says nothing, and refuses what the schema refuses", () => {
    const t = withStatus(emptyTracking(), { indicator: "stock-total", due: "2025-09-30" });
    expect(withStatus(t, { indicator: "stock-total" }).requests).toEqual([]);
    expect(() => validate(t, "stock-total", "   ", "2025-09-10", "")).toThrow();
    expect(() => withStatus(t, { indicator: "stock-total", due: "30/09/2025" })).toThrow();
  });

  it("lists statuses in the profile's order, filtered by state", () => {
    let t = emptyTracking();
    for (const [indicator, requestedOn] of [
      ["b", "2025-07-01"],
      ["a", "2025-07-01"],
      ["c", undefined],
    ] as const)
      t = withStatus(t, { indicator, focalAgency: "X", ...(requestedOn ? { requestedOn } : {}) });
    expect(shownStatuses(t, ["a", "b", "c"], "").map((s) => s.indicator)).toEqual(["a", "b", "c"]);
    expect(shownStatuses(t, ["a", "b", "c"], "requested").map((s) => s.indicator)).toEqual([
      "a",
      "b",
    ]);
    expect(addDays("2025-12-15", 30)).toBe("2026-01-14");
  });
});
