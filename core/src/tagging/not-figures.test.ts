import { describe, expect, it } from "vitest";
import { isNumberingLabel } from "./not-figures";

/** isNumberingLabel at the first place of `figure` in `text`. */
function numbering(text: string, figure: string): boolean {
  return isNumberingLabel(text, text.indexOf(figure), figure);
}

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
