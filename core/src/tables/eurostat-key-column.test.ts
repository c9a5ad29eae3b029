import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { cellKind, cellNumber } from "./cell-values";
import { detectTables } from "./detect-tables";
import { eurostatKey, keyColumnParts } from "./eurostat-key-column";
import { grid } from "./testing/grid";

describe("Eurostat's flagged values", () => {
  it.each([
    ["38 u", 38],
    ["3670 p", 3670],
    ["12.5 bep", 12.5],
    ["1 234", 1234],
  ])("reads %j as the number %d", (text, n) => {
    expect(cellNumber(text)).toBe(n);
    expect(cellKind(text)).toBe("number");
  });

  it("reads ': c' as missing and leaves words alone", () => {
    expect(cellKind(": c")).toBe("missing");
    expect(cellKind(": bu")).toBe("missing");
    expect(cellKind("Flat 3 b")).toBe("text");
    expect(cellKind("38 x")).toBe("text");
    expect(cellKind("Vitamin e")).toBe("text");
  });
});

describe("a Eurostat key column", () => {
  it("names the dimensions down the rows and the one across", () => {
    expect(eurostatKey("sex,age,reason,c_birth,time\\geo")).toEqual({
      rowCodes: ["sex", "age", "reason", "c_birth", "time"],
      across: "geo",
    });
    expect(eurostatKey("geo\\time")).toEqual({ rowCodes: ["geo"], across: "time" });
    expect(eurostatKey("Country, year")).toBeUndefined();
    expect(eurostatKey("C:\\data")).toBeUndefined();
  });

  it("splits into one readable column per dimension, skipping rows of another shape", () => {
    const key = eurostatKey("unit,na_item,geo\\time");
    if (!key) throw new Error("no key");
    expect(keyColumnParts(key, ["CLV10_EUR_HAB,B1GQ,AT", "bad,row", "PCH,B1GQ,BE"])).toEqual([
      { header: "unit", values: ["CLV10_EUR_HAB", "PCH"] },
      { header: "na item", values: ["B1GQ", "B1GQ"] },
      { header: "country", values: ["AT", "BE"] },
    ]);
  });

  it("gives one table with each coded breakdown, groups of birth countries as status", () => {
    const rows: CellValue[][] = [["sex,age,reason,c_birth,time\\geo", "BE ", "DE ", "IE "]];
    for (const sex of ["F", "M"])
      for (const age of ["Y15-24", "Y25-54"])
        for (const reason of ["EDUC", "FAM", "WRK_JOB"])
          for (const birth of ["FOR", "NAT", "EU27_FOR"])
            rows.push([`${sex},${age},${reason},${birth},2008`, "38 u", ": c", "12 "]);
    const tables = detectTables(grid(rows), { index: null });
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t?.range).toBe(`A1:D${rows.length}`);
    expect(t?.dimensions.map((d) => `${d.kind}:${d.source}`).sort()).toEqual([
      "age:rows",
      "country:columns",
      "migratory-status:rows",
      "reason:rows",
      "sex:rows",
    ]);
    expect(t?.periods.years).toContain(2008);
  });

  it("keeps a coded country of birth a country breakdown", () => {
    const rows: CellValue[][] = [["c_birth,time\\geo", "BE", "DE"]];
    for (const birth of ["AT", "FR", "IT", "EL", "UK", "PL", "RO", "ES"])
      for (const year of ["2019", "2020"]) rows.push([`${birth},${year}`, "5 e", "7"]);
    const [t] = detectTables(grid(rows), { index: null });
    expect(t?.dimensions.map((d) => d.kind)).toContain("country");
    expect(t?.dimensions.map((d) => d.kind)).not.toContain("migratory-status");
    expect(t?.dimensions.map((d) => d.kind)).toContain("time");
  });
});
