import { describe, expect, it } from "vitest";
import { paperForLocale } from "./paper";

describe("paperForLocale", () => {
  it("prints on Letter in the Americas' Letter countries and on A4 elsewhere", () => {
    expect(paperForLocale("en-US")).toBe("letter");
    expect(paperForLocale("es_MX.UTF-8")).toBe("letter");
    expect(paperForLocale("fr-CA")).toBe("letter");
    expect(paperForLocale("en-GB")).toBe("a4");
    expect(paperForLocale("ru_RU.UTF-8")).toBe("a4");
    expect(paperForLocale("sr-Latn-RS")).toBe("a4");
    expect(paperForLocale("zh-Hant-US")).toBe("letter");
  });

  it("falls back to A4 without a region", () => {
    expect(paperForLocale("fr")).toBe("a4");
    expect(paperForLocale("C.UTF-8")).toBe("a4");
    expect(paperForLocale(undefined)).toBe("a4");
  });
});
