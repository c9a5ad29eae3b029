import { describe, expect, it } from "vitest";
import { cellKind, isMissingCode } from "./cell-values";

describe("missing codes", () => {
  it("reads runs of dashes as suppressed values (IRCC's '--' for 0 to 5)", () => {
    for (const t of ["--", " -- ", "---", "––", "——", "...."]) expect(isMissingCode(t)).toBe(true);
    expect(cellKind("--")).toBe("missing");
  });

  it("keeps dashes inside words and long rules as text", () => {
    for (const t of ["-----", "a--b", "--x", "Q1--Q2"]) expect(isMissingCode(t)).toBe(false);
    expect(cellKind("-----")).toBe("text");
    expect(cellKind("--5")).toBe("text");
  });
});
