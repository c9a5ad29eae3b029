import { runSteps } from "@gapmap/core/tagging";
import { CATALOGUE_DATA_JSON } from "@gapmap/catalog/data-json";
import { describe, expect, it } from "vitest";
import { parseLinedJsonInSteps } from "./lined-json";

const parse = (text: string) => runSteps(parseLinedJsonInSteps(text));

describe("the catalogue's lined JSON parsed in steps", () => {
  it("gives JSON.parse's value for the catalogue's data, in many steps", () => {
    const steps = parseLinedJsonInSteps(CATALOGUE_DATA_JSON);
    let count = 0;
    let next = steps.next();
    for (; next.done !== true; next = steps.next()) count++;
    expect(next.value).toEqual(JSON.parse(CATALOGUE_DATA_JSON));
    expect(count).toBeGreaterThan(10);
  });

  it("gives JSON.parse's value for lists empty or short, and odd keys", () => {
    const text =
      '{\n"a":1,\n"__proto__":{"x":1},\n"b":[\n\n],\n"c":[\n{"d":"e,"},\n[1,2]\n],\n"f":"]"\n}';
    const value = parse(text) as Record<string, unknown>;
    expect(value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(Object.keys(JSON.parse(text) as object));
  });

  it("parses any other JSON whole, and throws as JSON.parse does on no JSON", () => {
    for (const text of ['{"a":[1,2]}', "[1,\n2]", "3", '{\n"a":[\n1,\n2\n}', '{\n"a":\n1\n}']) {
      let expected: unknown;
      try {
        expected = JSON.parse(text);
      } catch {
        expect(() => parse(text)).toThrow();
        continue;
      }
      expect(parse(text)).toEqual(expected);
    }
  });
});
