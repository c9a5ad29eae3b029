import { describe, expect, it } from "vitest";
import type { Measure } from "../catalogue/vocabulary";
import { measureCuesIn } from "./measure-cues";
import type { IndicatorMatch } from "./schema";
import { CLOSE_SCORE_GAP, MEASURE_CUE_BONUS, settleStockOrFlow } from "./stock-or-flow";

const MEASURES: Record<string, Measure> = {
  "stock-immigrants": "stock",
  "flow-immigration": "flow",
  "remit-inflow": "amount",
  "ctx-population": "stock",
};
const measureOf = (id: string) => MEASURES[id];

function match(id: string, score: number): IndicatorMatch {
  return { id, score, evidence: [{ where: "title", text: id, matched: id, words: [id] }] };
}

describe("measureCuesIn", () => {
  it("reads a flow heading its label as the measure, not the residents it admits", () => {
    const kinds = (t: string) => new Set(measureCuesIn([t]).map((c) => c.kind));
    expect(kinds("Admissions of Permanent Residents by Province")).toEqual(new Set(["period"]));
    expect(kinds("Arrivals of foreign residents, 2020")).toEqual(new Set(["period"]));
    // Not headed by the flow: both kinds stay.
    expect(kinds("Permanent residents admitted")).toEqual(new Set(["period", "time-point"]));
  });

  it("reads a fiscal year, and the date that ends it, as a period", () => {
    const kinds = (t: string) => measureCuesIn([t]).map((c) => c.kind);
    expect(kinds("Immigrants by nationality, fiscal year ending 30 June 1910")).toEqual(["period"]);
    expect(kinds("Иммигранты в финансовый год, заканчивающийся 30 июня 1910")).toEqual(["period"]);
  });

  it("reads period and time-point cues in our languages", () => {
    const kinds = (t: string) => measureCuesIn([t]).map((c) => c.kind);
    expect(kinds("Permits issued during the year")).toContain("period");
    expect(kinds("Titres délivrés au cours de l'année")).toContain("period");
    expect(kinds("Прибывшие в течение года")).toContain("period");
    expect(kinds("Immigrants in 2023")).toContain("period");
    expect(kinds("Foreign residents as of 31 December")).toContain("time-point");
    expect(kinds("Población extranjera a 1 de enero")).toContain("time-point");
    expect(kinds("Число иностранцев на 1 января")).toContain("time-point");
    expect(kinds("Table 4")).toEqual([]);
  });

  it("reads one day-and-month date as a time point, in either order, and no more", () => {
    const cues = (t: string) => measureCuesIn([t]).map((c) => `${c.kind}:${c.cue}`);
    expect(cues("Work permit holders on December 31st, 2024")).toContain(
      "time-point:december 31st",
    );
    expect(cues("Foreign residents, 31 December 2020")).toContain("time-point:31 december");
    expect(cues("Población extranjera a 1 de enero")).toContain("time-point:1 enero");
    expect(cues("Иностранцы на 1 января 2020 г.")).toContain("time-point:1 января");
    expect(cues("Residents as at Dec 31 2023")).toContain("time-point:dec 31");
    // A year after a short month name, two dates (a period's ends) and a range of days are no time point.
    expect(cues("Applications - by category Dec 23")).toEqual([]);
    expect(cues("Entradas del 1 de enero al 31 de diciembre")).not.toContain(
      "time-point:31 diciembre",
    );
    expect(cues("Arrivals 1-31 December")).not.toContain("time-point:31 december");
  });

  it("reads holders and the year's end as a stock, a permit taking effect as a flow", () => {
    const kinds = (t: string) => measureCuesIn([t]).map((c) => c.kind);
    expect(kinds("Study permit holders")).toEqual(["time-point"]);
    expect(kinds("TR_work_program_year_end")).toEqual(["time-point"]);
    expect(kinds("Permits by year in which the permit became effective")).toEqual(["period"]);
    // How often a series is published says nothing about what it counts.
    expect(kinds("Annual foreign population estimates")).not.toContain("period");
    // A month after "year end" makes it the year ending then: a period.
    expect(kinds("Refugees at year end")).toEqual(["time-point"]);
    expect(kinds("applications - by nation year end dec 2023")).toEqual([]);
    expect(kinds("Refugees at year end, by year end December 2023")).toEqual(["time-point"]);
  });

  it("reads no cue inside a country's name", () => {
    const cues = (t: string) => measureCuesIn([t]).map((c) => c.cue);
    expect(cues("Australia and New Zealand")).toEqual([]);
    expect(cues("Papua New Guinea")).toEqual([]);
    expect(cues("New arrivals from New Zealand")).toEqual(["arrivals", "new"]);
  });

  it("finds a cue within one text only, and across texts the cues of each text", () => {
    const cues = (texts: string[]) => measureCuesIn(texts).map((c) => c.cue);
    expect(cues(["Foreign residents as", "of 31 December"])).not.toContain("as of");
    expect(cues(["Table 4", "Foreign residents as of 2020"])).toContain("as of");
    const texts = [
      "Permits issued during the year",
      "Population au 1er janvier",
      "Прибывшие в течение года",
      "Immigrants in 2023",
      "Residents",
      "Table 4",
    ];
    const keys = (found: ReturnType<typeof measureCuesIn>) =>
      found.map((c) => `${c.kind}:${c.cue}`);
    const each = new Set(texts.flatMap((t) => keys(measureCuesIn([t]))));
    expect(new Set(keys(measureCuesIn(texts)))).toEqual(each);
  });
});

describe("settleStockOrFlow", () => {
  const close = [match("stock-immigrants", 0.7), match("flow-immigration", 0.65)];

  it("lets period cues lift the flow over a close stock, and keeps the stock as runner-up", () => {
    const [best, second] = settleStockOrFlow(
      close,
      ["Immigrants arrived during the year"],
      measureOf,
    );
    expect(best?.id).toBe("flow-immigration");
    expect(best?.runnerUp).toMatchObject({ id: "stock-immigrants", reason: "stock-or-flow" });
    expect(best?.runnerUp?.cues).toContain("during the year");
    expect(second?.id).toBe("stock-immigrants");
  });

  it("lets time-point cues keep the stock first", () => {
    const [best] = settleStockOrFlow(close, ["Immigrants resident on 1 January"], measureOf);
    expect(best?.id).toBe("stock-immigrants");
    expect(best?.runnerUp?.id).toBe("flow-immigration");
  });

  it("reports a near tie without cues, and leaves a clear winner alone", () => {
    const [best] = settleStockOrFlow(close, ["Immigrants"], measureOf);
    expect(best?.runnerUp).toEqual({
      id: "flow-immigration",
      score: 0.65,
      reason: "stock-or-flow",
      cues: [],
    });
    const other = settleStockOrFlow(
      [match("stock-immigrants", 0.7), match("remit-inflow", 0.6)],
      ["x"],
      measureOf,
    );
    expect(other[0]?.runnerUp?.reason).toBe("close-score");
    const clear = [
      match("stock-immigrants", 0.9),
      match("flow-immigration", 0.9 - CLOSE_SCORE_GAP - 0.01),
    ];
    expect(settleStockOrFlow(clear, ["during the year"], measureOf)).toEqual(clear);
  });

  const counterparts: Record<string, string> = {
    "stock-immigrants": "flow-immigration",
    "flow-immigration": "stock-immigrants",
  };
  const counterpartOf = (id: string) => counterparts[id];

  it("switches a lone stock to its flow counterpart when the cues say period", () => {
    const lone = [match("stock-immigrants", 0.6), match("remit-inflow", 0.3)];
    const [best, second, third] = settleStockOrFlow(
      lone,
      ["Immigrants registered during the year"],
      measureOf,
      counterpartOf,
    );
    expect(best).toMatchObject({ id: "flow-immigration", score: 0.6 });
    expect(best?.runnerUp).toMatchObject({ id: "stock-immigrants", reason: "stock-or-flow" });
    expect(best?.runnerUp?.cues).toContain("during the year");
    expect([second?.id, third?.id]).toEqual(["stock-immigrants", "remit-inflow"]);
  });

  it("keeps the winner when the cues agree with it, disagree among themselves or are absent", () => {
    const lone = [match("stock-immigrants", 0.6)];
    for (const text of ["Immigrants resident on 1 January", "Immigrants", "Residents arrived"])
      expect(settleStockOrFlow(lone, [text], measureOf, counterpartOf)).toEqual(lone);
    // Without a counterpart in the catalogue nothing changes.
    expect(settleStockOrFlow(lone, ["during the year"], measureOf)).toEqual(lone);
  });

  it("gives a tie after the cues' bonus to the measure the cues name", () => {
    const behind = [
      match("flow-immigration", 0.555),
      match("stock-immigrants", 0.555 - MEASURE_CUE_BONUS),
    ];
    const [best, second] = settleStockOrFlow(behind, ["Immigrants on December 31st"], measureOf);
    expect(best).toMatchObject({ id: "stock-immigrants", score: 0.555 });
    expect(second?.id).toBe("flow-immigration");
  });

  it("keeps the matcher's order on an exact tie, whatever the names", () => {
    const tied = [match("remit-inflow", 0.059), match("ctx-population", 0.059)];
    const [best, second] = settleStockOrFlow(tied, ["Table"], measureOf);
    expect(best?.id).toBe("remit-inflow");
    expect(best?.runnerUp).toMatchObject({ id: "ctx-population", reason: "close-score" });
    expect(second?.id).toBe("ctx-population");
  });
});
