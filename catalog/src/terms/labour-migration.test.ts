import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";

const ids = (text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where: "title", text }]).map((m) => m.id);

describe("labour migration as the ILO names it", () => {
  it("is migrant workers or labour emigration, never the labour force first", () => {
    for (const title of [
      "Migration de main-d'œuvre",
      "Statistiques sur les migrations de main-d’œuvre",
      "Labour migration",
      "Migración laboral",
      "هجرة اليد العاملة",
      "Strategija o ekonomskim migracijama",
    ]) {
      const [top] = ids(title);
      expect(["stock-migrant-workers", "flow-labour-emigration"], title).toContain(top);
    }
  });

  it("reads the ILMS's international migrant workers as the stock of migrant workers", () => {
    expect(ids("travailleurs migrants internationaux")[0]).toBe("stock-migrant-workers");
    expect(ids("trabajadores migrantes internacionales")[0]).toBe("stock-migrant-workers");
  });

  it("leaves the labour force alone when no migration is named", () => {
    expect(ids("main-d'œuvre")[0]).toBe("ctx-labour-force");
  });
});
