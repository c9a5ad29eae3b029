import { describe, expect, it } from "vitest";
import { labelClauses } from "./label-clauses";

describe("a generic word modifying an administrative noun", () => {
  it("is no plain measure word: immigration detention, judges, enforcement, abuse", () => {
    for (const label of [
      "Transferred to Immigration Detention 30",
      "of which:- Immigration Judge grants bail",
      "Immigration Enforcement Data - Q3 2023",
      "pregnant women detained in the immigration detention estate",
      "Immigration and Naturalization Service",
      "Reports of immigration and commodity abuse1",
    ])
      expect(labelClauses(label).plain).not.toContain("immigration");
  });

  it("stays plain where it names what is counted", () => {
    for (const label of ["Immigration by citizenship", "Immigration and emigration", "Immigration"])
      expect(labelClauses(label).plain).toContain("immigration");
  });
});
