// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { cssPathOf, seedSiblingPositions, type CssPathCache } from "./css-path";

describe("cssPathOf", () => {
  it("finds every element again, sharing one cache across calls", () => {
    document.body.innerHTML = `<p>a</p><table id="t"></table><div><p>b</p><table></table><p>c</p><table></table></div><section><table></table></section><table></table>`;
    const paths: CssPathCache = new Map();
    const elements = [...document.querySelectorAll("table, p")];
    const selectors = elements.map((el) => cssPathOf(el, paths));
    expect(new Set(selectors).size).toBe(elements.length);
    selectors.forEach((selector, i) => {
      expect(document.querySelector(selector)).toBe(elements[i]);
    });
  });

  it("numbers only repeated tags and stops at a unique id", () => {
    document.body.innerHTML = `<div id="main"><h3>x</h3><table></table><table></table></div>`;
    const second = document.querySelectorAll("table")[1];
    expect(second && cssPathOf(second)).toBe("#main > table:nth-of-type(2)");
    const heading = document.querySelector("h3");
    expect(heading && cssPathOf(heading)).toBe("#main > h3");
  });

  it("gives the same selectors with positions seeded from the page's tables in order", () => {
    document.body.innerHTML = `<p>a</p><table></table><div><table><tr><td><table></table><table></table></td></tr></table><p>b</p><table></table></div><table></table><section><table></table></section><table></table>`;
    const tables = [...document.querySelectorAll("table")];
    const seeded: CssPathCache = new Map();
    seedSiblingPositions(seeded, "table", tables);
    const selectors = tables.map((el) => cssPathOf(el, seeded));
    expect(selectors).toEqual(tables.map((el) => cssPathOf(el, new Map())));
    selectors.forEach((selector, i) => {
      expect(document.querySelector(selector)).toBe(tables[i]);
    });
  });
});
