// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { TableReview } from "./model/review";
import { useReviewHistory } from "./use-review-history";

const pending: TableReview = {
  status: "pending",
  indicators: ["stock-total"],
  producer: "",
  access: "public",
  concept: "",
};

describe("review history", () => {
  it("undoes single decisions and bulk accepts in order, back to the scan's state", () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useReviewHistory(onChange));
    act(() => {
      result.current.reset(
        new Map([
          ["a", pending],
          ["b", pending],
          ["c", pending],
        ]),
      );
    });
    expect(result.current.canUndo).toBe(false);
    act(() => {
      result.current.review("a", { ...pending, status: "accepted" });
    });
    act(() => {
      result.current.reviewMany([
        ["b", { ...pending, status: "accepted" }],
        ["c", { ...pending, status: "accepted" }],
      ]);
    });
    act(() => {
      result.current.review("a", { ...pending, status: "rejected", indicators: [] });
    });
    const statuses = () => ["a", "b", "c"].map((k) => result.current.reviews.get(k)?.status);
    expect(statuses()).toEqual(["rejected", "accepted", "accepted"]);
    act(() => {
      result.current.undo();
    });
    expect(statuses()).toEqual(["accepted", "accepted", "accepted"]);
    expect(result.current.reviews.get("a")?.indicators).toEqual(["stock-total"]);
    act(() => {
      result.current.undo();
    });
    expect(statuses()).toEqual(["accepted", "pending", "pending"]);
    act(() => {
      result.current.undo();
    });
    expect(statuses()).toEqual(["pending", "pending", "pending"]);
    expect(result.current.canUndo).toBe(false);
    // Each change and each undo is saved.
    expect(onChange).toHaveBeenCalledTimes(6);
  });
});
