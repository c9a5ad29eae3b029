import { describe, expect, it } from "vitest";
import { isRelatedHeading } from "./related-headings";

describe("isRelatedHeading", () => {
  it("reads 'other news' headings as a block of links to other pages, in several languages", () => {
    for (const heading of [
      "Other News Articles",
      "Other stories",
      "Autres actualités",
      "Otras noticias",
      "Другие статьи",
      "Alte știri",
      "Ostale vesti",
      "أخبار أخرى",
      "Explore More:",
    ])
      expect(isRelatedHeading(heading), heading).toBe(true);
  });

  it("leaves headlines that merely start with such words", () => {
    for (const headline of [
      "Other migrants arrived in 2023",
      "More refugees arrived in 2023",
      "Otras noticias sobre la migración en 2023 y sus cifras por región del país",
    ])
      expect(isRelatedHeading(headline), headline).toBe(false);
  });
});
