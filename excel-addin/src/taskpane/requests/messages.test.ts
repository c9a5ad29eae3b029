import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "../../i18n/index";
import { TRACKING_MESSAGES, trackingText, type TrackingKey } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("strings of the TWG steps", () => {
  it("exist in every UI language with the same placeholders as English", () => {
    const keys = Object.keys(TRACKING_MESSAGES.en) as TrackingKey[];
    for (const language of UI_LANGUAGES)
      for (const key of keys) {
        const text = TRACKING_MESSAGES[language][key];
        expect(text.trim(), `${language}.${key}`).not.toBe("");
        expect(placeholders(text), `${language}.${key}`).toEqual(
          placeholders(TRACKING_MESSAGES.en[key]),
        );
      }
  });

  it("fills placeholders, with French's no-break space before a colon", () => {
    expect(trackingText("en")("packAsks", { count: 3 })).toBe("Indicators asked: 3");
    expect(trackingText("fr")("receivedOn", { date: "2025-09-15" })).toBe("Reçu le 2025-09-15");
    expect(trackingText("fr")("records", { records: "x" })).toBe("Fiches\u202f: x");
  });
});
