import { describe, expect, it } from "vitest";
import { serbianLatinOf } from "./serbian-transliteration";

describe("serbianLatinOf", () => {
  it("spells a Serbian Cyrillic label in Latin", () => {
    expect(serbianLatinOf("Тражиоци азила")).toBe("Tražioci azila");
    expect(serbianLatinOf("Интерно расељена лица (ИРЛ)")).toBe("Interno raseljena lica (IRL)");
  });

  it("leaves Latin text and Russian, Ukrainian or Belarusian Cyrillic alone", () => {
    expect(serbianLatinOf("Tražioci azila")).toBeUndefined();
    expect(serbianLatinOf("Число прибывших")).toBeUndefined();
    expect(serbianLatinOf("Кількість іммігрантів")).toBeUndefined();
  });
});
