import { describe, expect, it } from "vitest";
import type { IndicatorMatch } from "./schema";
import { headsWithShare, MIGRANT_SHARE_ID, withMigrantShare } from "./share-of-stock";

const match = (
  id: string,
  score: number,
  text: string,
  where: "title" | "header" = "title",
): IndicatorMatch => ({ id, score, evidence: [{ where, text, matched: id, words: [id] }] });

describe("headsWithShare", () => {
  it("reads a leading share word in our languages, '%' included", () => {
    expect(headsWithShare("Porcentaje de población extranjera")).toBe(true);
    expect(headsWithShare("% of foreign-born population, 2020")).toBe(true);
    expect(headsWithShare("Доля иностранцев в населении")).toBe(true);
  });

  it("reads no share in a distribution, or where the share is not the head", () => {
    expect(headsWithShare("Percent distribution of immigrants by country of birth")).toBe(false);
    expect(headsWithShare("Distribución porcentual de la población extranjera")).toBe(false);
    expect(headsWithShare("Foreign population, % of total")).toBe(false);
  });
});

describe("withMigrantShare", () => {
  it("puts the migrant share first when a share names the stock", () => {
    const title = "Porcentaje de población extranjera por distrito";
    const out = withMigrantShare([match("stock-foreign-citizens", 0.93, title)]);
    expect(out.map((m) => m.id)).toEqual([MIGRANT_SHARE_ID, "stock-foreign-citizens"]);
    expect(out[0]?.score).toBe(0.93);
  });

  it("leaves the stock first in a count, and a share column among counts", () => {
    const count = [match("stock-foreign-citizens", 0.93, "Población extranjera por distrito")];
    expect(withMigrantShare(count)).toEqual(count);
    const header = [match("stock-foreign-citizens", 0.8, "% población extranjera", "header")];
    expect(withMigrantShare(header)).toEqual(header);
  });
});
