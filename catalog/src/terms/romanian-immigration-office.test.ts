import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Romania's immigration inspectorate", () => {
  it("reports removals as return decisions and removals under escort", () => {
    expect(first("Decizii de returnare emise, pe cetățenii")).toBe("flow-removals");
    expect(first("Străini îndepărtați sub escortă")).toBe("flow-removals");
  });

  it("reports work permits as employment approvals", () => {
    expect(first("Avize de angajare eliberate pe tipuri de lucrători")).toBe("flow-work-permits");
  });
});
