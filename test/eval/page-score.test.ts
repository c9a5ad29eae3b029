import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { countConfusions, measureShift, NONE, pageConfusions } from "./confusions";
import {
  addPageTallies,
  boilerplateKindOf,
  comparePageIndicators,
  lineAround,
  pageRates,
  pageTally,
} from "./page-score";
import { pageZones } from "./page-zones";

describe("page indicators against truth", () => {
  const truth = { wanted: ["a", "b"], acceptable: ["c"] };

  it("splits reported ids into hits, acceptable extras and false ones, and lists misses", () => {
    expect(comparePageIndicators(truth, ["a", "c", "d", "a"])).toEqual({
      hits: ["a"],
      extras: ["c"],
      falseIds: ["d"],
      missedIds: ["b"],
    });
  });

  it("counts acceptable extras as right for precision, and only wanted ones for recall", () => {
    const t = pageTally(comparePageIndicators(truth, ["a", "c", "d"]), 5, ["navigation"]);
    const r = pageRates(t);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(1 / 2);
    expect(r.boilerplateMentions).toBe(1);
  });

  it("adds tallies over pages and leaves rates unmeasured when nothing was reported", () => {
    const empty = pageTally(comparePageIndicators({ wanted: [], acceptable: [] }, []), 0, []);
    expect(pageRates(empty)).toEqual({ precision: null, recall: null, boilerplateMentions: 0 });
    const both = addPageTallies(empty, pageTally(comparePageIndicators(truth, ["d"]), 1, ["url"]));
    expect(both.pages).toBe(2);
    expect(pageRates(both).precision).toBe(0);
    expect(both.boilerplate.url).toBe(1);
  });
});

describe("boilerplate", () => {
  const html = `<html><body>
    <nav><ul><li>Home</li><li>Migration statistics</li></ul></nav>
    <main><p>Net migration was 12 000 in 2023.</p>
      <p>See <a href="https://x.org/migration">https://x.org/migration</a></p></main>
    <ol class="references"><li>Emigration report 2020</li></ol>
    <footer>Remittances portal</footer></body></html>`;
  const zones = pageZones(new JSDOM(html).window.document);

  it("finds navigation, references and URL link text, and keeps the article as content", () => {
    expect(boilerplateKindOf("Migration statistics", zones)).toBe("navigation");
    expect(boilerplateKindOf("Remittances portal", zones)).toBe("navigation");
    expect(boilerplateKindOf("Emigration report 2020", zones)).toBe("references");
    expect(boilerplateKindOf("https://x.org/migration", zones)).toBe("url");
    expect(boilerplateKindOf("Net migration was 12 000 in 2023.", zones)).toBeNull();
  });

  it("takes the block a mention sits in as its line", () => {
    const text = "Title\nHome\nNet migration was 12 000\nin 2023.";
    expect(lineAround(text, 18, 31)).toBe("Net migration was 12 000");
  });
});

describe("confusions", () => {
  it("pairs misses with false indicators of the same page, then leaves the rest unpaired", () => {
    expect(
      pageConfusions({ hits: [], extras: [], falseIds: ["x"], missedIds: ["a", "b"] }),
    ).toEqual([
      ["a", "x"],
      ["b", NONE],
    ]);
  });

  it("counts pairs, most frequent first", () => {
    const c = countConfusions([
      ["a", "b"],
      ["c", "d"],
      ["c", "d"],
    ]);
    expect(c.map((x) => [x.wanted, x.got, x.count])).toEqual([
      ["c", "d", 2],
      ["a", "b", 1],
    ]);
  });

  it("names a stock/flow shift", () => {
    const measure = (id: string) => ({ s: "stock", f: "flow" })[id];
    expect(measureShift("s", "f", measure)).toBe("stock ↔ flow");
    expect(measureShift("s", "s", measure)).toBeNull();
    expect(measureShift("s", NONE, measure)).toBeNull();
  });
});
