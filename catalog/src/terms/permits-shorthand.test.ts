import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";

const ids = (text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where: "title", text }]).map((m) => m.id);
const synonym = (id: string, text: string) =>
  getCatalogue()
    .indicators.find((i) => i.id === id)
    ?.synonyms.find((s) => s.text === text);

describe("permit shorthand read again this session", () => {
  it("name Canada's temporary resident permits, the acronym only as written", () => {
    expect(ids("Temporary resident permits issued, 2015-2019")[0]).toBe("flow-residence-permits");
    expect(ids("TRPs issued by ground of inadmissibility")).toContain("flow-residence-permits");
    expect(ids("trps")).not.toContain("flow-residence-permits");
    expect(synonym("flow-residence-permits", "TRP")).toMatchObject({
      kind: "acronym",
      ambiguous: true,
      status: "verified",
    });
  });

  it("read the Russian form's holders columns as the stock of permit holders", () => {
    expect(ids("Проживает по ВнЖ")[0]).toBe("stock-permit-holders");
    expect(synonym("stock-permit-holders", "проживает по РВП")?.source).toMatch(/2-РД/);
  });

  it("claim no publication for IBC, which the Frontex abbreviation lists read do not give", () => {
    const ibc = synonym("flow-irregular-entries", "IBC");
    expect(ibc).toMatchObject({ kind: "acronym", status: "unverified" });
    expect(ibc?.source).toBeUndefined();
  });
});
