import { describe, expect, it } from "vitest";
import { decideDecimalMark, decimalMarkEvidence, parseCsvNumber } from "./csv-numbers";

describe("parseCsvNumber", () => {
  it("reads plain integers, decimals, signs and exponents", () => {
    expect(parseCsvNumber("2015", "unknown")).toBe(2015);
    expect(parseCsvNumber(" -42 ", "unknown")).toBe(-42);
    expect(parseCsvNumber("+7", "unknown")).toBe(7);
    expect(parseCsvNumber("0.125", "unknown")).toBe(0.125);
    expect(parseCsvNumber("12.5", "unknown")).toBe(12.5);
    expect(parseCsvNumber("1.5e3", "unknown")).toBe(1500);
    expect(parseCsvNumber("0", "unknown")).toBe(0);
  });

  it("keeps placeholders, codes with leading zeros and long identifiers as text", () => {
    for (const raw of [
      "-",
      "*",
      "..",
      ":",
      "x",
      "n/a",
      "",
      "004",
      "00",
      "12%",
      "(1,234)",
      "1 2",
      "12345678901234567",
    ]) {
      expect(parseCsvNumber(raw, "unknown"), raw).toBeUndefined();
    }
  });

  it("reads space-grouped thousands with either decimal mark", () => {
    expect(parseCsvNumber("1 234", "unknown")).toBe(1234);
    expect(parseCsvNumber("1\u00a0234\u00a0567", "unknown")).toBe(1234567);
    expect(parseCsvNumber("1 234,5", "unknown")).toBe(1234.5);
    expect(parseCsvNumber("1 234.5", "unknown")).toBe(1234.5);
    expect(parseCsvNumber("1 234,567", "unknown")).toBe(1234.567);
    expect(parseCsvNumber("12 34", "unknown")).toBeUndefined();
  });

  it("reads unambiguous grouped numbers and leaves the ambiguous '1,234' alone without evidence", () => {
    expect(parseCsvNumber("1,234,567", "unknown")).toBe(1234567);
    expect(parseCsvNumber("1,234.5", "unknown")).toBe(1234.5);
    expect(parseCsvNumber("1.234,5", "unknown")).toBe(1234.5);
    expect(parseCsvNumber("1.234.567", "unknown")).toBe(1234567);
    expect(parseCsvNumber("12,5", "unknown")).toBe(12.5);
    expect(parseCsvNumber("1,234", "unknown")).toBeUndefined();
  });

  it("resolves '1,234' and '1.234' by the file's decimal mark", () => {
    expect(parseCsvNumber("1,234", "dot")).toBe(1234);
    expect(parseCsvNumber("1,234", "comma")).toBe(1.234);
    expect(parseCsvNumber("1.234", "dot")).toBe(1.234);
    expect(parseCsvNumber("1.234", "comma")).toBe(1234);
    expect(parseCsvNumber("-1.234", "comma")).toBe(-1234);
  });

  it("refuses forms that contradict the file's decimal mark", () => {
    expect(parseCsvNumber("12,5", "dot")).toBeUndefined();
    expect(parseCsvNumber("1,234,567", "comma")).toBeUndefined();
    expect(parseCsvNumber("1.234.567", "dot")).toBeUndefined();
  });
});

describe("decimal mark evidence", () => {
  it("counts only cells that prove a convention", () => {
    expect(decimalMarkEvidence("12.5")).toBe("dot");
    expect(decimalMarkEvidence("1,234,567")).toBe("dot");
    expect(decimalMarkEvidence("12,5")).toBe("comma");
    expect(decimalMarkEvidence("1.234,5")).toBe("comma");
    expect(decimalMarkEvidence("1,234")).toBeUndefined();
    expect(decimalMarkEvidence("1.234")).toBeUndefined();
    expect(decimalMarkEvidence("2015")).toBeUndefined();
  });

  it("needs a clear majority before choosing", () => {
    expect(decideDecimalMark(20, 0)).toBe("dot");
    expect(decideDecimalMark(0, 3)).toBe("comma");
    expect(decideDecimalMark(100, 10)).toBe("dot");
    expect(decideDecimalMark(5, 4)).toBe("unknown");
    expect(decideDecimalMark(0, 0)).toBe("unknown");
  });
});
