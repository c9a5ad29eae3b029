import { describe, expect, it } from "vitest";
import { isCountOfPlaces, isNumberingLabel } from "./not-figures";

type FigureTest = (text: string, at: number, figure: string) => boolean;

/** `test` at the first place of `figure` in `text`. */
const atFirst =
  (test: FigureTest) =>
  (text: string, figure: string): boolean =>
    test(text, text.indexOf(figure), figure);
const numbering = atFirst(isNumberingLabel);
const places = atFirst(isCountOfPlaces);

describe("isNumberingLabel", () => {
  it("reads a number after an article, title or channel label as a name, in any language", () => {
    expect(numbering("Foreigners allowed to leave – Channel 4 News", "4")).toBe(true);
    expect(numbering("Under Title 42, migrants were expelled.", "42")).toBe(true);
    expect(numbering("Según el artículo 14 de la ley de extranjería", "14")).toBe(true);
    expect(numbering("по статье 322 УК РФ", "322")).toBe(true);
    expect(numbering("وفق المادة 12 من قانون", "12")).toBe(true);
  });

  it("leaves counts alone, also after a capitalised word", () => {
    expect(numbering("Some 300 refugees arrived in 2023.", "300")).toBe(false);
    expect(numbering("Turkey hosts 3,600,000 refugees.", "3,600,000")).toBe(false);
    expect(numbering("the article says 1,200 migrants", "1,200")).toBe(false);
  });
});

describe("isCountOfPlaces", () => {
  it("reads a number of countries, states or cities as no figure, in any language", () => {
    expect(places("its visa bond policy now includes 25 additional countries", "25")).toBe(true);
    expect(places("deportation flights to 192 nations, such as India", "192")).toBe(true);
    expect(places("across the 27 EU member states", "27")).toBe(true);
    expect(places("migrantes de 20 países", "20")).toBe(true);
    expect(places("мигранты из 15 стран СНГ", "15")).toBe(true);
    expect(places("لاجئون من 25 دولة", "25")).toBe(true);
  });

  it("leaves counts of people alone, also when places follow later", () => {
    expect(places("25 migrants from 3 countries", "25")).toBe(false);
    expect(places("Some 300 refugees arrived in 2023.", "300")).toBe(false);
    expect(places("3.6 million Syrian refugees", "3.6")).toBe(false);
  });
});
