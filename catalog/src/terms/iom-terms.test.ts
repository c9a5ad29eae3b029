import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("IOM's Spanish glossary terms", () => {
  it("name their indicator", () => {
    expect(first("Acuerdos bilaterales de migración laboral")).toBe("gov-bilateral-agreements");
    expect(first("Contingente de migrantes por país de origen")).toBe("stock-immigrants");
  });
});
