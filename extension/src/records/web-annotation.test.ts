import type { Inventory, SourceRecordInput } from "@gapmap/core/inventory";
import { inventorySchema } from "@gapmap/core/inventory";
import { describe, expect, test } from "vitest";
import {
  ANNOTATION_CONTEXT,
  fromWebAnnotations,
  isWebAnnotationJson,
  RECORD_KEY,
  toWebAnnotations,
} from "./web-annotation";
import { QUOTE_SELECTOR, webRecord } from "../testing/web-record";

const web = webRecord("w1", "https://stat.example/asile", {
  location: {
    kind: "web",
    url: "https://stat.example/asile",
    selectors: [QUOTE_SELECTOR, { type: "TextPositionSelector", start: 4, end: 20 }],
  },
  years: [2014],
});
const workbook: SourceRecordInput = {
  ...web,
  id: "b1",
  location: { kind: "workbook", file: "asile.xlsx", sheet: "2014", range: "A1:D9" },
};
const inventory: Inventory = inventorySchema.parse({
  schemaVersion: 1,
  owner: "SEM",
  records: [web, workbook],
});

describe("Web Annotation export", () => {
  const json: unknown = JSON.parse(toWebAnnotations(inventory));

  test("is an annotation collection whose targets carry the selectors", () => {
    expect(isWebAnnotationJson(json)).toBe(true);
    const collection = json as {
      "@context": string;
      type: string;
      total: number;
      items: { type: string; target: { source: string; selector?: unknown[] } }[];
    };
    expect(collection["@context"]).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(2);
    expect(collection.items[0]?.type).toBe("Annotation");
    expect(collection.items[0]?.target.source).toBe("https://stat.example/asile");
    expect(collection.items[0]?.target.selector).toHaveLength(2);
    expect(collection.items[1]?.target.source).toBe("asile.xlsx#2014!A1:D9");
  });

  test("round-trips every record, and an edited target selector wins", () => {
    expect(fromWebAnnotations(json)).toEqual(inventory);
    const edited = structuredClone(json) as { items: { target: { selector: unknown[] } }[] };
    const first = edited.items[0];
    if (!first) throw new Error("no item");
    first.target.selector = [{ type: "CssSelector", value: "#t1" }];
    const back = fromWebAnnotations(edited).records[0]?.location;
    expect(back?.kind === "web" ? back.selectors : []).toEqual([
      { type: "CssSelector", value: "#t1" },
    ]);
  });

  test("rejects an item without our record, and a plain inventory is not taken for one", () => {
    const broken = { "@context": ANNOTATION_CONTEXT, items: [{ target: {} }] };
    expect(() => fromWebAnnotations(broken)).toThrow(/annotation collection/);
    expect(isWebAnnotationJson(inventory)).toBe(false);
    const bad = { "@context": ANNOTATION_CONTEXT, items: [{ [RECORD_KEY]: { id: "x" } }] };
    expect(() => fromWebAnnotations(bad)).toThrow();
  });
});
