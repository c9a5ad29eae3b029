import { describe, expect, it } from "vitest";
import { createMentionMatcher, searchCatalogue } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";

const top = (q: string) => searchCatalogue(getCatalogueIndex(), q, { limit: 1 })[0]?.id;

describe("phrases of the SDG target texts", () => {
  it("name the remittance cost and migration policy indicators in the target's own words", () => {
    expect(top("transaction costs of migrant remittances")).toBe("remit-cost");
    expect(top("costos de transacción de las remesas de los migrantes")).toBe("remit-cost");
    expect(top("تكاليف معاملات تحويلات المهاجرين")).toBe("remit-cost");
    expect(top("politiques migratoires planifiées et bien gérées")).toBe("gov-migration-policy");
  });

  it("find migrant workers in a target's genitive, verified against the target", () => {
    const ru = createMentionMatcher(getCatalogueIndex(), { lang: "ru" });
    expect(
      ru.findMentions("для всех трудящихся, включая трудящихся-мигрантов").map((m) => m.id),
    ).toContain("stock-migrant-workers");
    const term = getCatalogue()
      .indicators.find((i) => i.id === "stock-migrant-workers")
      ?.synonyms.find((s) => s.lang === "ar" && s.text === "العمال المهاجرون");
    expect(term?.status).toBe("verified");
    expect(term?.source).toMatch(/8\.8/);
  });
});
