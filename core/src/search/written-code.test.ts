import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { buildTermIndex } from "./term-index";
import { testIndicator } from "./testing/test-indicator";
import { writesCode, writesCodeWhole } from "./written-code";

describe("writesCode", () => {
  it("finds a code written whole, in any case and with any separator", () => {
    expect(writesCode("SM.POP.REFG", "SM.POP.REFG")).toBe(true);
    expect(writesCode("API_SM.POP.REFG_DS2_en_csv_v2", "SM.POP.REFG")).toBe(true);
    expect(writesCode("series sm_pop_refg_or, 2020", "SM.POP.REFG.OR")).toBe(true);
    expect(writesCode("estat_migr_resfam_en", "migr_resfam")).toBe(true);
    expect(writesCode("ESTAT:MIGR_RESFIRST(1.0)", "migr_resfirst")).toBe(true);
  });

  it("refuses a code a letter or digit touches, and finds a later whole one", () => {
    expect(writesCode("XSM.POP.TOTL", "SM.POP.TOTL")).toBe(false);
    expect(writesCode("tps001760", "tps00176")).toBe(false);
    expect(writesCode("migr_resfirsts", "migr_resfirst")).toBe(false);
    expect(writesCode("tps001760 and tps00176", "tps00176")).toBe(true);
  });
});

describe("writesCodeWhole", () => {
  const code = (text: string) => ({ text, kind: "code" as const });
  const index = buildTermIndex(
    [
      testIndicator("stock-refugees-hosted", { en: [code("SM.POP.REFG")] }),
      testIndicator("stock-refugees-abroad", { en: [code("SM.POP.REFG.OR")] }),
    ].map((i) => indicatorSchema.parse(i)),
  );
  const [asylum, origin] = index.phrases.filter((p) => p.code === true);

  it("refuses a code inside a longer catalogue code written there", () => {
    if (!asylum || !origin) throw new Error("no code phrases");
    expect(writesCodeWhole(index, asylum, "API_SM.POP.REFG_DS2_en_csv_v2")).toBe(true);
    expect(writesCodeWhole(index, asylum, "API_SM.POP.REFG.OR_DS2_en_csv_v2")).toBe(false);
    expect(writesCodeWhole(index, origin, "API_SM.POP.REFG.OR_DS2_en_csv_v2")).toBe(true);
    expect(writesCodeWhole(index, origin, "SM.POP.REFG")).toBe(false);
  });
});
