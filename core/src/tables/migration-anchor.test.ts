import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/normalize";
import { hasMigrationAnchor, isAnchorWord } from "./migration-anchor";

const words = (...labels: string[]) => labels.map((l) => normalizeText(l).split(" "));

describe("migration anchor", () => {
  it("finds anchor words in the seven languages, inflected", () => {
    for (const w of [
      "nationality",
      "refugees",
      "extranjeras",
      "étrangères",
      "иностранных",
      "беженцев",
      "străini",
      "izbeglice",
      "избеглице",
      "اللاجئين",
      "remesas",
    ])
      expect(isAnchorWord(normalizeText(w)), w).toBe(true);
    for (const w of ["population", "unemployment", "fertilité", "exchange", "доходы"])
      expect(isAnchorWord(normalizeText(w)), w).toBe(false);
  });

  it("needs an anchor in some label", () => {
    expect(hasMigrationAnchor(words("Tasa de paro", "Nacionalidad"))).toBe(true);
    expect(hasMigrationAnchor(words("Population by age", "Sex"))).toBe(false);
  });

  it("ignores an anchor beside another domain's word", () => {
    expect(hasMigrationAnchor(words("Bird migration density"))).toBe(false);
    expect(hasMigrationAnchor(words("Data migration plan"))).toBe(false);
    expect(hasMigrationAnchor(words("Bird migration density", "Refugees"))).toBe(true);
  });
});
