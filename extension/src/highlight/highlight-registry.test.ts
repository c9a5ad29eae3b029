import { describe, expect, it } from "vitest";
import {
  highlightCss,
  highlightSubject,
  INDICATOR_HIGHLIGHT,
  RECORD_HIGHLIGHT,
} from "./highlight-registry";

describe("highlight rules", () => {
  it("scopes the rules to :root for Chromium, which inherits highlight styles", () => {
    const css = highlightCss(highlightSubject("chrome"));
    expect(css).toContain(`:root::highlight(${INDICATOR_HIGHLIGHT})`);
    expect(css).toContain(`:root::highlight(${RECORD_HIGHLIGHT})`);
  });

  it("keeps rules that match every element for other browsers", () => {
    for (const browser of ["firefox", undefined]) {
      const rules = highlightCss(highlightSubject(browser)).trim().split("\n");
      expect(rules).toHaveLength(2);
      for (const rule of rules) expect(rule.startsWith("::highlight(")).toBe(true);
    }
  });
});
