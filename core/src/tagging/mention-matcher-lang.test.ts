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

describe("acronym terms", () => {
  const matcher = createMentionMatcher(getCatalogueIndex());

  it("count only as written, in the same case", () => {
    const ids = (text: string) => matcher.findMentions(text).map((m) => m.id);
    expect(ids("In 2023, 17,000 people were referred to the NRM.")).toContain(
      "flow-trafficking-victims",
    );
    expect(ids("the nrm figures")).not.toContain("flow-trafficking-victims");
    expect(ids("the Nrm figures")).not.toContain("flow-trafficking-victims");
  });
});
