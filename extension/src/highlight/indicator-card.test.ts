// @vitest-environment happy-dom
import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import { translator, type UiLanguage } from "../i18n/index";
import { showIndicatorCard } from "./indicator-card";

/** The asylum-applications card, shown in `language` on an empty page. */
function cardIn(language: UiLanguage) {
  document.body.innerHTML = "";
  return showIndicatorCard(document, new DOMRect(20, 20, 60, 16), {
    indicatorId: "flow-asylum-applications",
    records: [],
    language,
  });
}

describe("the card's English text outside the English UI", () => {
  test("the definition, English in the catalogue, is laid out as English and marked in Arabic", async () => {
    const card = await cardIn("ar");
    expect(card?.dir).toBe("rtl");
    expect(card?.querySelector("h2")?.lang).toBe("ar");
    // The heading has its Arabic name: nothing to mark there.
    expect(card?.querySelector("h2 .en-mark")).toBeNull();
    const definition = card?.querySelector("p");
    expect(definition?.lang).toBe("en");
    expect(definition?.dir).toBe("ltr");
    const mark = definition?.querySelector<HTMLElement>(".en-mark");
    expect(mark?.textContent).toBe("EN");
    expect(mark?.title).toBe(translator("ar")("englishDefinition"));
  });

  test("in English nothing is marked", async () => {
    const card = await cardIn("en");
    expect(card?.querySelector(".en-mark")).toBeNull();
  });
});
