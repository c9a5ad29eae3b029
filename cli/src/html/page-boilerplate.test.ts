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

  it("reads sibling cards of one link each as a list (an SDG goal page's indicator titles)", () => {
    const card = (code: string, title: string) =>
      `<div class="indicator-cards row"><div class="goal-indicator"><span>${code} <span class="status">Reported online</span></span> <a href="/${code}">${title}</a></div></div>`;
    const page = parsePage(`<!doctype html><html lang="en"><body>
<div id="main-content" role="main"><h1>Goal 10: Reduced inequalities</h1>
<div class="target">10.7 Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</div>
${card("10.7.3", "Number of people who died or disappeared in the process of migration towards an international destination")}
<div class="target">10.c By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances</div>
${card("10.c.1", "Remittance costs as a proportion of the amount remitted")}
${card("10.b.1", "Total resource flows for development, by recipient and donor countries")}
<div class="teaser row"><p>In 2023, 8,565 migrants died on migration routes worldwide, the deadliest year on record, as the new report shows in detail.</p> <a href="/more">More</a></div>
</div></body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).toContain("Remittance costs as a proportion");
    expect(spans).toContain("died or disappeared");
    expect(spans).not.toContain("Facilitate orderly");
    expect(spans).not.toContain("8,565 migrants died");
  });

  it("finds carousels and 'more news' blocks of other articles' teasers, camelCase classes too", () => {
    const promo = (title: string, summary: string) =>
      `<div class="ListJ-slide"><div class="PromoXSmall-content"><a href="/c">Nation</a> <a href="/t">${title}</a><div class="PromoXSmall-description">${summary}</div></div></div>`;
    const page = parsePage(`<!doctype html><html lang="en"><body>
<main><h1>Stadium operator</h1><p>The university wants an experienced firm to run the 35,000-seat venue on its behalf, the board said on Tuesday after a long debate.</p>
<div class="ListJ-slides">${promo("Report on detention centers", "Researchers analyzed case files of asylum seekers held from October 2018 to June.")}${promo("Autism dogs graduate", "A training program for service dogs.")}</div>
<div class="view noticias-more"><div><a href="/e">Brigade for foreign students</a><p>The migration office presented 3 mobile brigades for foreign students.</p></div></div>
</main></body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).toContain("asylum seekers held");
    expect(spans).toContain("3 mobile brigades");
    expect(spans).not.toContain("35,000-seat venue");
  });

  it("reads a row of teaser cards with a summary each as other articles: sibling <article>s, stretched links", () => {
    const teaser = (title: string, summary: string) =>
      `<article class="story"><h3><a href="/s">${title}</a></h3><p>${summary}</p></article>`;
    const stretched = (title: string, summary: string) =>
      `<div class="card"><img alt=""><div class="card-body"><h5>${title}</h5><p>${summary} The full story tells how the figures were gathered over the year.</p><a class="stretched-link" href="/c">Read</a></div></div>`;
    const page = parsePage(`<!doctype html><html lang="en"><body><main>
<article><h1>Harbour works</h1><p>The port authority said 1,200 workers would rebuild the quay by 2026, at a cost the council has not yet approved, after a long winter of storms that closed the harbour twice and left the fishing fleet idle for weeks.</p></article>
<section>
${teaser("Border arrivals", "In 2023, 52,000 migrants crossed the sea to the islands.")}
${teaser("Asylum backlog", "The backlog reached 98,000 asylum applications in May.")}
${teaser("Storm damage", "Repairs will cost 4 million euros.")}
</section>
<div class="cards">${stretched("Refugees in numbers", "Turkey hosts 3.6 million refugees.")}${stretched("Remittances", "Remittances rose 5% in 2023.")}${stretched("Ports", "Cargo grew 2%.")}</div>
</main></body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).toContain("52,000 migrants");
    expect(spans).toContain("98,000 asylum applications");
    expect(spans).toContain("3.6 million refugees");
    expect(spans).not.toContain("1,200 workers");
    expect(tagPage(page).mentions.map((m) => m.id)).toEqual([]);
  });

  it("keeps a live blog's entries: siblings that are not headline links", () => {
    const entry = (time: string, body: string) =>
      `<article class="entry"><p>${time}</p><p>${body} <a href="/src">Source</a></p></article>`;
    const page = parsePage(`<!doctype html><html lang="en"><body><main>
${entry("10:02", "The ministry said 3,400 asylum applications were lodged last week.")}
${entry("10:30", "Another boat reached the island with 80 migrants.")}
${entry("11:15", "The coast guard rescued 45 people overnight.")}
</main></body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).not.toContain("3,400 asylum applications");
  });

  it("reads embedded social posts as another voice, not the article", () => {
    const page = parsePage(`<!doctype html><html lang="en"><body><article>
<p>The ministry published its yearly figures on Monday.</p>
<blockquote class="twitter-tweet"><p>In 2023, 6,000 refugees were resettled here</p>&mdash; A (@a)</blockquote>
<twitter-widget class="twitter-tweet twitter-tweet-rendered"><p>3,000 asylum applications in 2023</p></twitter-widget>
<blockquote class="instagram-media"><p>5,000 migrants in 2024</p></blockquote>
<p>In 2023, 84,000 asylum applications were lodged.</p>
</article></body></html>`);
    const spans = page.boilerplateSpans.map((s) => page.text.slice(s.start, s.end)).join(" | ");
    expect(spans).toContain("6,000 refugees");
    expect(spans).toContain("3,000 asylum applications");
    expect(spans).toContain("5,000 migrants");
    expect(spans).not.toContain("84,000");
    expect(tagPage(page).mentions.map((m) => m.id)).toEqual(["flow-asylum-applications"]);
  });
});
