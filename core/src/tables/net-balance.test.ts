import { describe, expect, it } from "vitest";
import type { LabelSource } from "./match-indicators";
import { NET_MIGRATION_ID, withNetBalance } from "./net-balance";
import type { IndicatorMatch } from "./schema";

const FLOWS = new Set(["flow-immigration", "flow-emigration", "flow-return", NET_MIGRATION_ID]);
const isFlow = (id: string) => FLOWS.has(id);

const match = (id: string, score: number, text: string): IndicatorMatch => ({
  id,
  score,
  evidence: [{ where: "title", text, matched: id, words: [id] }],
});
const ids = (m: readonly IndicatorMatch[]) => m.map((x) => x.id);

describe("withNetBalance", () => {
  it("puts net migration first when the title is a balance of the flow it names", () => {
    const title = "Баланс чистой иммиграции (иммиграция минус реэмиграция) для фин. лет";
    const sources: LabelSource[] = [{ where: "title", text: title }];
    const out = withNetBalance(
      [match("flow-immigration", 0.67, title), match("flow-return", 0.65, title)],
      sources,
      isFlow,
    );
    expect(ids(out)).toEqual([NET_MIGRATION_ID, "flow-immigration", "flow-return"]);
    expect(out[0]?.score).toBe(0.67);
  });

  it("reads a balance adjective and English 'minus' too, even with nothing else named", () => {
    for (const text of ["Общий эмиграционный баланс из России", "Immigration minus emigration"]) {
      const out = withNetBalance([], [{ where: "title", text }], isFlow);
      expect(ids(out)).toEqual([NET_MIGRATION_ID]);
    }
  });

  it("leaves a balance of something else, and migrants without a balance, alone", () => {
    for (const text of ["Balance of payments: personal remittances", "Net earnings of migrants"]) {
      const before = [match("remit-inflow", 0.8, text)];
      expect(withNetBalance(before, [{ where: "title", text }], isFlow)).toEqual(before);
    }
  });

  it("does not read a balance word among the body's labels as the table's name", () => {
    const before = [match("flow-immigration", 0.8, "Immigration")];
    const sources: LabelSource[] = [
      { where: "title", text: "Immigration" },
      { where: "labels", text: "Migration balance" },
    ];
    expect(withNetBalance(before, sources, isFlow)).toEqual(before);
  });
});
