/**
 * parsePage reports where a page's boilerplate lies (core's findBoilerplate over jsdom), and
 * `gapmap tag` reports no mention there.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "./load-page";
import { tagPage } from "./tag-page";

const PAGE = `<!doctype html><html lang="en"><head><title>Asylum in 2023</title></head><body>
<nav><a href="/immigration">Immigration</a> <a href="/visas">Visas</a></nav>
<div class="sidebar-widget"><p>Most read: refugees arrive at the border</p></div>
<main><article><h1>Asylum statistics</h1>
<p>In 2023, 84,000 asylum applications were lodged, and 1.2 million refugees lived in the country.</p>
<ul><li><a href="/a">Immigration</a></li><li><a href="/b">Refugees news</a></li></ul>
<p>Source: <a href="https://example.org/refugees">https://example.org/refugees</a></p>
</article></main>
<footer>Immigration office · refugees helpline</footer>
</body></html>`;

describe("page boilerplate", () => {
  const page = parsePage(PAGE);
  const spanText = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end));

  it("finds menus, sidebars, link lists, footers and URL link text", () => {
    expect(spanText.join(" | ")).toContain("Immigration Visas");
    expect(spanText.join(" | ")).toContain("Most read: refugees arrive at the border");
    expect(spanText.join(" | ")).toContain("Refugees news");
    expect(spanText.join(" | ")).toContain("https://example.org/refugees");
    expect(spanText.join(" | ")).toContain("Immigration office");
    expect(spanText.join(" | ")).not.toContain("asylum applications were lodged");
  });

  it("tags the article only", () => {
    const tagged = tagPage(page);
    expect(tagged.mentions.length).toBeGreaterThan(0);
    for (const m of tagged.mentions) {
      const inside = page.boilerplateSpans.some((s) => m.start < s.end && s.start < m.end);
      expect(inside, `${m.text} at ${m.start}`).toBe(false);
    }
    expect(tagged.mentions.map((m) => m.id)).toEqual(
      expect.arrayContaining(["flow-asylum-applications", "stock-refugees-hosted"]),
    );
  });

  it("keeps an article's own header, and finds tag lists, teaser lists and related blocks", () => {
    const page = parsePage(`<!doctype html><html lang="en"><body>
<header><ul class="menu"><li>Migrant Flows</li></ul></header>
<article><header><h1>Migrant flows</h1><p>Migrant flow patterns over the past 30 years.</p></header>
<p>In 2023, 84,000 asylum applications were lodged.</p>
<p class="terms">Topics: <a href="/t/i">Immigration</a>, <a href="/t/u">Unauthorized Immigration</a></p>
</article>
<div><h2>Explore More:</h2><div><h4>Migrant Populations</h4><a href="/s">Totals</a><a href="/x">Sex-Specific</a></div></div>
<div class="row"><article><a href="/1">7 hostages including 3 foreigners died</a> 01/11</article>
<article><a href="/2">Refugee camp shelled again</a> 31/10</article></div>
</body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).toContain("Migrant Flows");
    expect(spans).not.toContain("past 30 years");
    expect(spans).not.toContain("asylum applications");
    expect(spans).toContain("Unauthorized Immigration");
    expect(spans).toContain("Migrant Populations");
    expect(spans).toContain("3 foreigners");
    expect(spans).toContain("Refugee camp");
  });

  it("keeps a data table DataTables marks 'no-footer', and tags nothing in a code list printed as text", () => {
    const rows = Array.from(
      { length: 3 },
      (_, i) => `<tr><td>${2020 + i}</td><td>${1000 + i}</td></tr>`,
    ).join("");
    const page = parsePage(`<!doctype html><html lang="en"><body>
<main><h1>Refugees by country of origin</h1><p>A long introduction to the series, with its sources, its definitions and how the figures were collected over the years by the office.</p>
<table class="table dataTable no-footer"><caption>Refugees, 2020–2022</caption><tr><th>Year</th><th>Refugees</th></tr>${rows}</table>
<table class="table"><tr><th>{"SM_POP_REFG_OR"=>"Refugees by country of origin", "VC_HTF_DETV"=>"Detected victims of human trafficking", "BX_TRF_PWKR"=>"Personal remittances received (% of GDP)"}</th></tr></table>
</main></body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).not.toContain("Refugees, 2020");
    const ids = tagPage(page).mentions.map((m) => m.id);
    expect(ids).toContain("stock-refugees-abroad");
    expect(ids).not.toContain("flow-trafficking-victims");
    expect(ids).not.toContain("remit-inflow-gdp");
  });
});
