import { describe, expect, it } from "vitest";
import { delimiterConsistency, sniffDelimiter } from "./csv-delimiter";

const rows = (delimiter: string, lines: string[][]) =>
  lines.map((l) => l.join(delimiter)).join("\n");
const table = [
  ["country", "year", "value"],
  ["Armenia", "2020", "12"],
  ["Georgia", "2021", "7"],
  ["Moldova", "2022", "3"],
];

describe("sniffDelimiter", () => {
  it.each([",", ";", "\t", "|"])("finds %j in a plain table", (d) => {
    expect(sniffDelimiter(rows(d, table))).toBe(d);
  });

  it("looks past blank lines and key/value metadata before the table", () => {
    const text = `\n\nSource: UNHCR\nExtracted: 2022-02-08\n\n${rows(";", table)}\n`;
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("ignores delimiters inside quoted fields", () => {
    const text = [
      '"Congo, Dem. Rep.";2020;5',
      '"Korea, Rep.";2021;6',
      '"Iran, Islamic Rep.";2022;7',
    ].join("\n");
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("prefers the semicolon when every value also carries a decimal comma", () => {
    const text = ["a;1,5;2,5", "b;3,5;4,5", "c;5,5;6,5"].join("\n");
    expect(sniffDelimiter(text)).toBe(";");
  });

  it("finds nothing in a one-column file", () => {
    expect(sniffDelimiter("Armenia\nGeorgia\nMoldova\n")).toBeUndefined();
  });
});

describe("delimiterConsistency", () => {
  it("scores tables high and prose low", () => {
    expect(delimiterConsistency(rows(",", table), ",")).toBe(1);
    const prose =
      "Hello, this is a note.\nIt has, here and there, commas.\nNot a table at all\nreally.";
    expect(delimiterConsistency(prose, ",")).toBeLessThan(0.6);
  });
});
