import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { GUESS_CEILING, guessIndicators, MAX_GUESSES } from "./label-retrieval";
import type { LabelSource } from "./match-indicators";

const index = buildTermIndex(
  [
    testIndicator("labour-unemployment-by-status", {
      es: ["tasa de desempleo de los extranjeros", "paro de la población extranjera"],
      en: ["unemployment rate of foreign citizens"],
    }),
    testIndicator("ctx-unemployment-rate", {
      es: ["tasa de desempleo"],
      en: ["unemployment rate"],
    }),
    testIndicator("stock-foreign-citizens", {
      es: ["población extranjera", "residentes extranjeros"],
      en: ["foreign population"],
    }),
    testIndicator("labour-earnings-by-status", {
      es: ["salario medio de los trabajadores extranjeros"],
      en: ["average wage of migrant workers"],
    }),
    testIndicator("flow-residence-permits", {
      en: ["first residence permits issued", "residence permits granted", "permits by reason"],
    }),
    // Shares the same words as the residence permits, in one of its names only.
    testIndicator("flow-family-permits", {
      en: ["family reunion", "family reunion permits issued", "reunited families"],
    }),
    testIndicator("sdg-violence-by-status", { en: ["sexual violence by migratory status"] }),
    testIndicator("ctx-gdp", { en: ["gross domestic product"] }),
    testIndicator("flow-visas", { en: ["visas granted"] }),
    // A catalogue has many indicators: a word two of them use is still telling.
    ...["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa", "lambda"].map((w) =>
      testIndicator(`filler-${w}`, { en: [`${w} index`] }),
    ),
  ].map((i) => indicatorSchema.parse(i)),
);

const ids = (sources: LabelSource[]) => guessIndicators(index, sources).map((g) => g.id);

describe("guessIndicators", () => {
  it("ranks the indicator sharing the most telling words first, as a marked guess", () => {
    const guesses = guessIndicators(index, [
      { where: "title", text: "Tasas de paro según nacionalidad y desempleados extranjeros" },
      { where: "header", text: "Nacionalidad" },
    ]);
    expect(guesses[0]?.id).toBe("labour-unemployment-by-status");
    expect(guesses.every((g) => g.guess === true)).toBe(true);
    expect(guesses.every((g) => g.score > 0 && g.score <= GUESS_CEILING)).toBe(true);
    expect(guesses.length).toBeLessThanOrEqual(MAX_GUESSES);
    // The evidence names the label and the words it shares.
    const evidence = guesses[0]?.evidence[0];
    expect(evidence?.where).toBe("title");
    expect(evidence?.words).toEqual(expect.arrayContaining(["tasas", "paro"]));
    expect(evidence?.matched).not.toBe("");
  });

  it("reads the file and sheet name words (codes and underscores split)", () => {
    expect(
      ids([
        { where: "sheet", text: "migration_permits_issued" },
        { where: "header", text: "reason" },
      ])[0],
    ).toBe("flow-residence-permits");
  });

  it("breaks a tie by how central the shared words are to each indicator, not by its name", () => {
    const guesses = guessIndicators(index, [{ where: "sheet", text: "migration_permits_issued" }]);
    const [first, second] = guesses;
    expect(first?.score).toBe(second?.score);
    // "family…" sorts first by name; "permits" is in every name of the residence permits.
    expect(first?.id).toBe("flow-residence-permits");
    expect(second?.id).toBe("flow-family-permits");
  });

  it("makes no guess without a migration anchor", () => {
    expect(ids([{ where: "title", text: "Residence permits issued for building works" }])).toEqual(
      [],
    );
    expect(ids([{ where: "title", text: "Tasa de paro y desempleo por provincia" }])).toEqual([]);
  });

  it("makes no guess when the anchor is another domain's migration", () => {
    expect(ids([{ where: "title", text: "Bird migration: permits issued for ringing" }])).toEqual(
      [],
    );
  });

  it("needs telling words besides the anchor and the table's frame", () => {
    // Only the anchor and frame words (total, year, sex) are shared.
    expect(
      ids([
        { where: "title", text: "Extranjeros: total por año y sexo" },
        { where: "header", text: "Total" },
      ]),
    ).toEqual([]);
    // One shared word ("sexual") next to one the catalogue does not know ("offences").
    expect(ids([{ where: "title", text: "Sexual offences by nationality" }])).toEqual([]);
  });

  it("does not count words of cell labels or place names as telling", () => {
    expect(
      ids([
        { where: "header", text: "Nacionalidad" },
        { where: "labels", text: "Salario medio" },
        { where: "header", text: "Spain" },
      ]),
    ).toEqual([]);
  });
});
