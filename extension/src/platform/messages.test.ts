import { describe, expect, test } from "vitest";
import { anchorReplySchema } from "./anchor-reply";
import { pageStateSchema, tagReplySchema, toBackgroundSchema, toContentSchema } from "./messages";

describe("message contract", () => {
  test("accepts each content-script message and rejects unknown or malformed ones", () => {
    expect(toContentSchema.parse({ type: "gapmap/tag" })).toEqual({ type: "gapmap/tag" });
    expect(toContentSchema.safeParse({ type: "gapmap/show-card", indicatorId: "x" }).success).toBe(
      true,
    );
    expect(toContentSchema.safeParse({ type: "gapmap/show-card" }).success).toBe(false);
    expect(toContentSchema.safeParse({ type: "gapmap/delete-everything" }).success).toBe(false);
    expect(toContentSchema.safeParse({ type: "gapmap/tag", extra: 1 }).success).toBe(false);
  });

  test("background messages carry an integer tab id", () => {
    expect(toBackgroundSchema.safeParse({ type: "gapmap/tag-tab", tabId: 3 }).success).toBe(true);
    expect(toBackgroundSchema.safeParse({ type: "gapmap/tag-tab", tabId: "3" }).success).toBe(
      false,
    );
  });

  test("replies are validated: anchors must be W3C selectors, failures need an error", () => {
    expect(
      anchorReplySchema.safeParse({
        selectors: [{ type: "TextPositionSelector", start: 1, end: 4 }],
      }).success,
    ).toBe(true);
    expect(
      anchorReplySchema.safeParse({ selectors: [{ type: "XPathSelector", value: "/p" }] }).success,
    ).toBe(false);
    expect(tagReplySchema.safeParse({ ok: false }).success).toBe(false);
  });

  test("page state rejects an unknown anchor status (never silently mapped)", () => {
    const state = {
      url: "https://stat.example/",
      title: "t",
      lang: { lang: "fr", source: "declared", confidence: 0.9 },
      mentions: [],
      tables: [],
      downloads: [],
      records: [{ recordId: "r", status: "anchored" }],
    };
    expect(pageStateSchema.safeParse(state).success).toBe(true);
    const lost = { ...state, records: [{ recordId: "r", status: "lost" }] };
    expect(pageStateSchema.safeParse(lost).success).toBe(false);
  });
});
