import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { buildTermIndex } from "../search/term-index";
import { testIndicator } from "../search/testing/test-indicator";
import { contextYields } from "./context-yields";
import { matchIndicators } from "./match-indicators";
import type { IndicatorMatch } from "./schema";

const title = "Population résidante selon le sexe et la nationalité";
function match(id: string, score: number, words: string[], text = title): IndicatorMatch {
  return { id, score, evidence: [{ where: "title", text, matched: id, words }] };
}
const context = new Set(["ctx-population"]);

describe("contextYields", () => {
  it("puts a migration indicator sharing the context's label word first, at its score", () => {
    const [first, second, third] = contextYields(
      [
        match("ctx-population", 0.9, ["population", "residante"]),
        match("stock-stateless", 0.6, ["apatride"], "Apatride"),
        match("stock-foreign-citizens", 0.5, ["population", "nationalite"]),
      ],
      context,
    );
    expect(first).toMatchObject({ id: "stock-foreign-citizens", score: 0.9 });
    expect(second?.id).toBe("ctx-population");
    // Named in another label only: it does not jump the queue.
    expect(third?.id).toBe("stock-stateless");
  });

  it("leaves the context first when no migration indicator shares its words or label", () => {
    const alone = [
      match("ctx-population", 0.9, ["population"]),
      match("stock-stateless", 0.6, ["apatride"], "Apatride"),
      match("flow-immigration", 0.5, ["immigration"]),
    ];
    expect(contextYields(alone, context).map((m) => m.id)).toEqual(alone.map((m) => m.id));
  });

  it("applies through matchIndicators with the catalogue's context section", () => {
    const index = buildTermIndex(
      [
        {
          ...testIndicator("ctx-population", { fr: ["population résidente"] }),
          section: "K",
        },
        testIndicator("stock-foreign-citizens", {
          fr: [{ text: "population par nationalité", ambiguous: true }],
        }),
      ].map((i) => indicatorSchema.parse(i)),
    );
    const ids = matchIndicators(index, [{ where: "title", text: title }]).map((m) => m.id);
    expect(ids).toEqual(["stock-foreign-citizens", "ctx-population"]);
  });
});
