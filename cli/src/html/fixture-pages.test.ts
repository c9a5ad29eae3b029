/**
 * Anchoring baselines: each fixture page lists the mentions a reader expects (id and text);
 * the tagger must find exactly those, in order, from the visible text only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "./load-page";
import { tagPage } from "./tag-page";

const PAGES = join(import.meta.dirname, "../../../test/fixtures/pages");

interface Expected {
  lang: string;
  mentions: { id: string; text: string }[];
}

const names = readdirSync(PAGES)
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.replace(/\.html$/, ""));

describe("fixture pages", () => {
  it("has one page per non-English catalogue language", () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names)("%s: finds the expected mentions, language and table", (name) => {
    const page = parsePage(readFileSync(join(PAGES, `${name}.html`), "utf8"));
    const expected = JSON.parse(
      readFileSync(join(PAGES, `${name}.expected.json`), "utf8"),
    ) as Expected;
    const tagged = tagPage(page);
    expect(tagged.lang).toBe(expected.lang);
    // HTML source may wrap a phrase across lines; a reader sees one space.
    const seen = tagged.mentions.map((m) => ({ id: m.id, text: m.text.replace(/\s+/g, " ") }));
    expect(seen).toEqual(expected.mentions);
    for (const m of tagged.mentions) expect(page.text.slice(m.start, m.end)).toBe(m.text);
    expect(page.tables.html).toHaveLength(1);
    // Script and style text is never page text.
    expect(page.text).not.toContain("dataLayer");
    expect(page.text).not.toContain("content:");
  });
});
