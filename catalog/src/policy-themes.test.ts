import { describe, expect, it } from "vitest";
import { policyThemes } from "./policy-themes";

const SHARED_THEME_IDS = [
  "labour-migration",
  "return-reintegration",
  "diaspora-remittances",
  "protection",
  "irregular-migration",
  "border-management",
  "trafficking-smuggling",
  "integration-inclusion",
  "family-migration",
  "student-mobility",
  "internal-migration",
  "environment-climate",
  "population-dynamics",
  "health-migration",
  "governance-coordination",
  "data-statistics",
];

describe("policy themes", () => {
  it("are exactly the shared theme IDs", () => {
    expect(policyThemes.map((t) => t.id).sort()).toEqual([...SHARED_THEME_IDS].sort());
  });

  it("use all three policy areas of the seed template", () => {
    expect(new Set(policyThemes.map((t) => t.area))).toEqual(
      new Set(["trends", "impact", "governance"]),
    );
  });
});
