import { describe, expect, test } from "vitest";
import { recordStatus } from "./record-status";

describe("record status in the side panel", () => {
  test("on this page: anchored, re-anchored, changed or orphaned; elsewhere: another page", () => {
    const anchor = (
      status: "anchored" | "changed" | "orphaned",
      method?: "position" | "quote-exact" | "quote-fuzzy",
    ) => ({
      recordId: "r",
      status,
      ...(method === undefined ? {} : { method }),
    });
    expect(recordStatus(anchor("anchored", "position"))).toBe("anchored");
    expect(recordStatus(anchor("anchored", "quote-exact"))).toBe("re-anchored");
    expect(recordStatus(anchor("changed", "quote-fuzzy"))).toBe("changed");
    expect(recordStatus(anchor("orphaned"))).toBe("orphaned");
    expect(recordStatus(undefined)).toBe("other-page");
  });
});
