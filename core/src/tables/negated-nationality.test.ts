import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { buildTermIndex } from "../search/term-index";
import { testIndicator } from "../search/testing/test-indicator";
import { bestIndicatorForLabel, matchIndicators } from "./match-indicators";
import { negatedNationalityReading } from "./negated-nationality";

describe("negatedNationalityReading", () => {
  it("puts any country's negated nationality in catalogue words", () => {
    expect(negatedNationalityReading("Non-Saudis")).toBe("non nationals");
    expect(negatedNationalityReading("Non-Kuwaitis by age, 2020")).toBe(
      "non nationals by age 2020",
    );
    expect(negatedNationalityReading("Non-Omani workers")).toBe("foreign workers");
    expect(negatedNationalityReading("non-citoyens")).toBe("non nationals");
    expect(negatedNationalityReading("غير السعوديين")).toBe("غير المواطنين");
    expect(negatedNationalityReading("العمال غير البحرينيين")).toBe("العمال الاجانب");
  });

  it("leaves other negations alone", () => {
    expect(negatedNationalityReading("Non-EU citizens")).toBeUndefined();
    expect(negatedNationalityReading("non-migrants")).toBeUndefined();
    expect(negatedNationalityReading("Non-response")).toBeUndefined();
    expect(negatedNationalityReading("غير محدد")).toBeUndefined();
  });
});

describe("a negated nationality in a label", () => {
  const index = buildTermIndex(
    [
      testIndicator("stock-foreign-citizens", {
        en: ["non-nationals", "foreign population"],
        ar: ["غير المواطنين", "السكان الأجانب"],
      }),
      testIndicator("stock-migrant-workers", { en: ["foreign workers"], ar: ["العمال الأجانب"] }),
    ].map((i) => indicatorSchema.parse(i)),
  );
  const titled = (text: string) => matchIndicators(index, [{ where: "title", text }])[0]?.id;

  it("names the foreign population, or the foreign group its noun says", () => {
    expect(titled("Population by nationality: Non-Saudis")).toBe("stock-foreign-citizens");
    expect(titled("Non-Qatari population, 2015")).toBe("stock-foreign-citizens");
    expect(titled("Non-Bahraini workers by sector")).toBe("stock-migrant-workers");
    expect(titled("السكان غير السعوديين")).toBe("stock-foreign-citizens");
    expect(titled("العمال غير الكويتيين")).toBe("stock-migrant-workers");
    expect(bestIndicatorForLabel(index, "Non-Saudis")?.id).toBe("stock-foreign-citizens");
  });
});
