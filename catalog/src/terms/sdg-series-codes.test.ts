import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";
import { sdgSeriesCodeTerms } from "./sdg-series-codes";

const ids = (where: "sheet" | "file" | "title", text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }]).map((m) => m.id);

describe("UN SDG database series codes", () => {
  it("name the indicator a file, an SDMX series column or a title is about", () => {
    expect(ids("file", "16-2-2-VC_HTF_DETVSX.csv")[0]).toBe("flow-trafficking-victims");
    expect(ids("file", "SI_RMT_COST_BC")[0]).toBe("remit-cost");
    expect(ids("title", "SERIES: SM_POP_REFG_OR")[0]).toBe("stock-refugees-abroad");
    expect(ids("sheet", "SL_EMP_FTLINJUR")[0]).toBe("labour-occupational-injuries");
    expect(ids("file", "SG_CPA_MIGRS.csv")[0]).toBe("gov-migration-policy");
    expect(ids("file", "SL_EMP_RCOST_MO")[0]).toBe("labour-recruitment-cost");
  });

  it("match only whole and letter for letter: another series names nothing", () => {
    expect(ids("file", "VC_HTF_DETVSY.csv")).toEqual([]);
    expect(ids("file", "SI_RMT_CASH.csv")).toEqual([]);
    expect(ids("file", "SL_EMP_PCAP.csv")).toEqual([]);
    expect(ids("file", "VC_HTF.csv")).toEqual([]);
  });

  it("sit under the indicator whose SDG number the database gives the series", () => {
    const sdgOf = new Map(getCatalogue().indicators.map((i) => [i.id, i.sdg]));
    let checked = 0;
    for (const [id, byLang] of Object.entries(sdgSeriesCodeTerms)) {
      for (const term of byLang.en ?? []) {
        if (typeof term === "string") throw new Error(`${id}: a bare string is no verified code`);
        expect(term.kind, term.text).toBe("code");
        expect(term.verified, term.text).toBe(true);
        expect(term.source, term.text).toMatch(/open-numbers\/ddf--unstats--sdg_indicators/);
        expect(term.source, term.text).toContain(`indicator ${sdgOf.get(id) ?? "?"}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});
