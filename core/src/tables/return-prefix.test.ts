import { describe, expect, it } from "vitest";
import type { IndicatorMatch } from "./schema";
import { RETURN_ID, withReEmigration } from "./return-prefix";

const match = (id: string, score: number): IndicatorMatch => ({
  id,
  score,
  evidence: [{ where: "title", text: id, matched: id, words: [id] }],
});

describe("withReEmigration", () => {
  it("reads re-emigrants in a table's name as the return flow, in any inflection or script", () => {
    for (const text of [
      "Разбивка по народностям реэмигрантов из США в Россию",
      "Re-emigrants by country of previous residence",
      "Reemigrantes por provincia",
    ]) {
      const out = withReEmigration([], [{ where: "title", text }]);
      expect(out.map((m) => m.id)).toEqual([RETURN_ID]);
    }
  });

  it("keeps a stronger match first and a return flow the catalogue already named as it was", () => {
    const text = "Emigration and re-emigration, 1900-1915";
    const out = withReEmigration([match("flow-emigration", 0.9)], [{ where: "title", text }]);
    expect(out.map((m) => m.id)).toEqual(["flow-emigration", RETURN_ID]);
    const named = [match(RETURN_ID, 0.7)];
    expect(withReEmigration(named, [{ where: "title", text }])).toEqual(named);
  });

  it("reads nothing in emigrants, or in a body label", () => {
    expect(withReEmigration([], [{ where: "title", text: "Emigrants, 1910" }])).toEqual([]);
    expect(withReEmigration([], [{ where: "labels", text: "Re-emigrants" }])).toEqual([]);
  });
});
