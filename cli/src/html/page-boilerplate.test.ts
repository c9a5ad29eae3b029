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
});
