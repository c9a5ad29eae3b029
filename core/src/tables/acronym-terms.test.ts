import { describe, expect, it } from "vitest";
import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { matchIndicators, writesAcronym } from "./match-indicators";

const ids = (text: string, where: "title" | "sheet" = "title") =>
  matchIndicators(getCatalogueIndex(), [{ where, text }]).map((m) => m.id);

describe("acronym terms", () => {
  it("are their own kind of term in the catalogue, with sources where verified", () => {
    const acronyms = getCatalogue().indicators.flatMap((i) =>
      i.synonyms.filter((s) => s.kind === "acronym").map((s) => ({ id: i.id, ...s })),
    );
    expect(acronyms.map((a) => a.text)).toEqual(
      expect.arrayContaining(["NRM", "OFW", "MRE", "РВП"]),
    );
    for (const a of acronyms.filter((x) => x.status === "verified"))
      expect(a.source, a.text).toMatch(/\S/);
  });

  it("match only as written, in the same case and as a word of their own", () => {
    expect(writesAcronym("NRM referrals by age", "NRM")).toBe(true);
    expect(writesAcronym("Transferts des MRE, 2023", "MRE")).toBe(true);
    expect(writesAcronym("nrm referrals", "NRM")).toBe(false);
    expect(writesAcronym("UNRMX", "NRM")).toBe(false);
    expect(writesAcronym("xMRE MRE", "MRE")).toBe(true);
  });

  it("name the indicator in sheet names and titles", () => {
    expect(ids("OFW deployment 2022")).toContain("stock-nationals-working-abroad");
    expect(ids("Transferts des MRE")).toContain("stock-emigrants");
    expect(ids("NRM by nationality", "sheet")).toContain("flow-trafficking-victims");
  });

  it("say nothing in another case, nor through typo tolerance or the fuzzy fallback", () => {
    expect(ids("ofw")).not.toContain("stock-nationals-working-abroad");
    expect(ids("Mre")).not.toContain("stock-emigrants");
    expect(ids("OCF 2020")).not.toContain("stock-nationals-working-abroad");
  });
});
