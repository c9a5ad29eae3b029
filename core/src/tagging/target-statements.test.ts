import { describe, expect, it } from "vitest";
import { isInTargetStatement, isNamedNumber, isOrdinal } from "./target-statements";

/** Offset of `figure` in `text` (its first place). */
function figureAt(text: string, figure: string): [string, number, string] {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`no "${figure}" in the text`);
  return [text, at, figure];
}

describe("isOrdinal", () => {
  it("reads numbers with an ordinal's ending as ordinals, and plain numbers not", () => {
    expect(isOrdinal(...figureAt("the 14th Amendment confers", "14"))).toBe(true);
    expect(isOrdinal(...figureAt("au 2e trimestre", "2"))).toBe(true);
    expect(isOrdinal(...figureAt("el 3.º informe", "3"))).toBe(true);
    expect(isOrdinal(...figureAt("на 14-й сессии", "14"))).toBe(true);
    expect(isOrdinal(...figureAt("14 thousand refugees", "14"))).toBe(false);
    expect(isOrdinal(...figureAt("in the 1990s", "1990"))).toBe(false);
    expect(isOrdinal(...figureAt("3.6 million", "3.6"))).toBe(false);
  });
});

describe("isNamedNumber", () => {
  it("reads a number glued to a word by a hyphen as part of a name, not a dated year", () => {
    const covid = "Un preot răpus de Covid-19, înmormântat";
    expect(isNamedNumber(covid, covid.indexOf("19"))).toBe(true);
    const mid = "By mid-2023 refugees had left.";
    expect(isNamedNumber(mid, mid.indexOf("2023"))).toBe(false);
    const span = "in 2014-2015 refugees";
    expect(isNamedNumber(span, span.indexOf("2015"))).toBe(false);
  });
});

describe("isInTargetStatement", () => {
  it("reads the numbers of a deadline statement as the target's, in several languages", () => {
    const targets: [string, string][] = [
      [
        "10.c By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances",
        "3",
      ],
      ["Target 10.c: By 2030, reduce to less than 3 per cent the costs", "3"],
      ["D'ici à 2030, faire baisser au-dessous de 3 % les coûts de transaction", "3"],
      ["De aquí a 2030, reducir a menos del 3% los costos de transacción", "3"],
      ["К 2030 году сократить до менее 3 процентов операционные затраты", "3"],
      ["Do 2030. godine smanjiti na manje od 3% transakcione troškove", "3"],
      ["Title of a chart\nBy 2030, reduce to less than 3 per cent the costs", "2030"],
    ];
    for (const [text, figure] of targets)
      expect(isInTargetStatement(text, text.indexOf(figure)), text).toBe(true);
  });

  it("reads a two-part code that opens a line as the target's number", () => {
    const text =
      "Targets\n8.8 Protect labour rights and promote safe working environments for all workers, including migrant workers";
    expect(isInTargetStatement(text, text.indexOf("8.8"))).toBe(true);
  });

  it("leaves figures about the future and plain figures alone", () => {
    const texts: [string, string][] = [
      ["By 2030, the number of migrants will reach 300 million.", "300"],
      ["By 2030 nearly 300 million people will live abroad.", "300"],
      ["In 2023, 3.6 million refugees lived in Turkey.", "3.6"],
      ["Refugees\n3.6 Million Syrians live in Turkey.", "3.6"],
      ["She said 8.8 percent of workers were migrants.", "8.8"],
    ];
    for (const [text, figure] of texts)
      expect(isInTargetStatement(text, text.indexOf(figure)), text).toBe(false);
  });
});
