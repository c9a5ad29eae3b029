import { getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { createMentionMatcher } from "./mention-matcher";

describe("a passive auxiliary inside a phrase", () => {
  const index = getCatalogueIndex();
  const found = (lang: "es" | "fr", text: string) =>
    createMentionMatcher(index, { lang })
      .findMentions(text)
      .map((m) => `${m.text}→${m.id}`);

  it("joins a noun and its participle, as the catalogue phrase holds them", () => {
    expect(found("es", "Tan solo 92.400 refugiados fueron reasentados en 2018.")).toEqual([
      "refugiados fueron reasentados→flow-resettlement",
    ]);
    expect(found("es", "5.000 refugiados han sido reasentados")).toEqual([
      "refugiados han sido reasentados→flow-resettlement",
    ]);
    expect(found("fr", "5 000 réfugiés ont été réinstallés en 2019")).toEqual([
      "réfugiés ont été réinstallés→flow-resettlement",
    ]);
  });

  it("never starts or ends a phrase", () => {
    expect(found("es", "fueron reasentados")).toEqual([]);
    expect(found("es", "los refugiados fueron")).toEqual(["refugiados→stock-refugees-hosted"]);
  });
});
