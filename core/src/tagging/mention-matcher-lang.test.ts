import { getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { createMentionMatcher } from "./mention-matcher";

describe("a matcher for the page language", () => {
  const index = getCatalogueIndex();

  it("matches the phrases of that language only", () => {
    const text = "demandes d'asile / asylum applications";
    const all = createMentionMatcher(index)
      .findMentions(text)
      .map((m) => m.text);
    const french = createMentionMatcher(index, { lang: "fr" })
      .findMentions(text)
      .map((m) => m.text);
    expect(all).toEqual(expect.arrayContaining(["demandes d'asile", "asylum applications"]));
    expect(french).toContain("demandes d'asile");
    expect(french).not.toContain("asylum applications");
  });

  it("stems words with that language's stemmer alone", () => {
    // French "visé" (aimed) is no inflection of a visa phrase on a French page.
    const french = createMentionMatcher(index, { lang: "fr" });
    expect(french.findMentions("l'armée avait visé le camp").map((m) => m.id)).toEqual([]);
  });
});
