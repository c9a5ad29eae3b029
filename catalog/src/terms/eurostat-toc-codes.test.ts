import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";

const scored = (where: "file" | "title", text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }]).map((m) => [m.id, m.score] as const);
const best = (where: "file" | "title", text: string) => scored(where, text)[0]?.[0];

describe("Eurostat codes and titles from the table of contents", () => {
  it("name the indicator a downloaded file or an SDMX-CSV dataflow is about", () => {
    expect(best("title", "ESTAT:TPS00170(1.0)")).toBe("flow-residence-permits");
    expect(best("file", "lfso_08cobr.tsv")).toBe("stock-immigrants");
    expect(best("file", "sdg_08_10.tsv")).toBe("ctx-gdp-per-capita");
    expect(best("file", "estat_migr_resfam_en.csv")).toBe("flow-family-reunification");
    expect(best("file", "tps00178.csv")).toBe("stock-immigrants");
    expect(best("file", "tps00157.xls")).toBe("stock-foreign-citizens");
  });

  it("take a title that names one indicator as a phrase", () => {
    expect(best("title", "First permits by reason")).toBe("flow-residence-permits");
    expect(best("title", "All valid permits by reason on 31 December of each year")).toBe(
      "stock-permit-holders",
    );
  });

  it("leave population by citizenship undecided between the total and the foreign population", () => {
    const hits = scored("title", "migr_pop1ctz");
    expect(hits.map(([id]) => id).sort()).toEqual(["ctx-population", "stock-foreign-citizens"]);
    expect(hits[0]?.[1]).toBe(hits[1]?.[1]);
    expect(hits[0]?.[1]).toBeLessThan(1);
  });

  it("cite the table of contents with the code's own title", () => {
    const codes = getCatalogue().indicators.flatMap((i) =>
      i.synonyms.filter((s) => s.kind === "code" && s.source?.includes("table_of_contents_en")),
    );
    expect(codes.length).toBeGreaterThanOrEqual(30);
    for (const c of codes) expect(c.source, c.text).toContain(`: ${c.text}, "`);
  });
});
