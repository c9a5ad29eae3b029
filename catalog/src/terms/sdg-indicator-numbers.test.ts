import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";

const ids = (where: "sheet" | "file" | "title", text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }]).map((m) => m.id);

describe("SDG indicator numbers as codes", () => {
  it("name the migration indicator an Open SDG file or sheet is numbered by", () => {
    expect(ids("file", "10-7-4")[0]).toBe("stock-refugees-abroad");
    expect(ids("sheet", "10-c-1")[0]).toBe("remit-cost");
    expect(ids("title", "Indicator 17.3.2")[0]).toBe("remit-inflow-gdp");
  });

  it("match only whole and as numbered: another indicator's number names nothing", () => {
    expect(ids("file", "10-7-5")).toEqual([]);
    expect(ids("file", "1-1-1")).toEqual([]);
    expect(ids("file", "10-7")).toEqual([]);
  });

  it("agree with the catalogue's own SDG number of each indicator", () => {
    let checked = 0;
    for (const ind of getCatalogue().indicators) {
      for (const s of ind.synonyms) {
        if (s.kind !== "code" || !/^\d+\.[\dc]+\.\d+$/.test(s.text)) continue;
        expect(ind.sdg).toBe(s.text);
        checked++;
      }
    }
    expect(checked).toBe(9);
  });
});
