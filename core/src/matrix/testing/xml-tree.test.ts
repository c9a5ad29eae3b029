import { describe, expect, it } from "vitest";
import { findAll, parseXml } from "./xml-tree";

describe("parseXml (test helper)", () => {
  it("builds the tree with prefixed names, decoded attributes and text", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<a:r x="1 &amp; 2"><b:f>&apos;O&apos;&apos;B&apos;!$A$1</b:f><b:f/></a:r>',
    );
    expect(root.name).toBe("a:r");
    expect(root.attributes.x).toBe("1 & 2");
    expect(findAll(root, "b:f").map((f) => f.text)).toEqual(["'O''B'!$A$1", ""]);
  });

  it.each([
    ["mismatched tags", "<a><b></a></b>"],
    ["an unclosed root", "<a><b/>"],
    ["a bare ampersand", "<a>Q&A</a>"],
    ["an unquoted attribute", "<a x=1/>"],
    ["a duplicate attribute", '<a x="1" x="2"/>'],
    ["two roots", "<a/><b/>"],
  ])("rejects %s", (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
