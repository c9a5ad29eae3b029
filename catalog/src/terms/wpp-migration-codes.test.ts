import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";

const first = (where: "sheet" | "file", text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }])[0]?.id;

describe("the wpp2015BayesMig data set codes", () => {
  it("name net migration and its rate by the file's code alone", () => {
    expect(first("sheet", "mrateproj")).toBe("flow-net-migration");
    expect(first("file", "data/migproj.txt")).toBe("flow-net-migration");
  });

  it("match only whole codes", () => {
    expect(first("sheet", "mrateprojection")).toBeUndefined();
  });
});
