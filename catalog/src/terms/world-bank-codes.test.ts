import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";

const first = (where: "sheet" | "file" | "title", text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }])[0]?.id;

describe("World Bank indicator codes", () => {
  it("name the indicator of a World Bank download, by file name or code column", () => {
    expect(first("file", "API_SM.POP.NETM_DS2_en_csv_v2.csv")).toBe("flow-net-migration");
    expect(first("title", "SM.POP.TOTL")).toBe("stock-immigrants");
    expect(first("title", "SM.POP.TOTL.ZS")).toBe("demo-migrant-share");
    expect(first("sheet", "sm.pop.frgn")).toBe("stock-foreign-citizens");
    expect(first("title", "SM.EMI.TERT.ZS")).toBe("edu-tertiary-emigration-rate");
  });

  it("keep an amount apart from a share of GDP and receipts apart from payments", () => {
    expect(first("title", "BX.TRF.PWKR.CD.DT")).toBe("remit-inflow");
    expect(first("title", "BX.TRF.PWKR.DT.GD.ZS")).toBe("remit-inflow-gdp");
    expect(first("title", "BM.TRF.PWKR.CD.DT")).toBe("remit-outflow");
    expect(first("title", "SI.RMT.COST.OB.ZS")).toBe("remit-cost");
  });

  it("tell a code from a longer code that starts with it", () => {
    expect(first("title", "SM.POP.REFG")).toBe("stock-refugees-hosted");
    expect(first("file", "API_SM.POP.REFG_DS2_en_csv_v2.csv")).toBe("stock-refugees-hosted");
    expect(first("title", "SM.POP.REFG.OR")).toBe("stock-refugees-abroad");
    expect(first("file", "API_SM.POP.REFG.OR_DS2_en_csv_v2.csv")).toBe("stock-refugees-abroad");
    const share = matchIndicators(getCatalogueIndex(), [
      { where: "title", text: "SM.POP.TOTL.ZS" },
    ]);
    expect(share.map((m) => m.id)).not.toContain("stock-immigrants");
  });

  it("match whole codes only: a code that differs in one part names nothing", () => {
    expect(first("title", "SP.POP.TOTL")).toBeUndefined();
    expect(first("title", "SM.POP.GROW")).toBeUndefined();
  });
});
