import { describe, expect, it } from "vitest";
import { toContentSchema } from "../platform/messages";
import { expectSameVerdicts } from "../testing/guard-verdicts";
import { readToContent } from "./to-content-guard";

const TYPES = [
  "gapmap/tag",
  "gapmap/page-state",
  "gapmap/current-state",
  "gapmap/reanchor",
  "gapmap/show-card",
  "gapmap/describe-anchor",
  "gapmap/other",
  "",
];
/** Values each field is tried with: right and wrong types, edge numbers, absent. */
const VALUES: unknown[] = [undefined, "x", "", 0, 3, -2, 1.5, Number.NaN, 2 ** 60, null, {}, []];
const FIELDS = ["indicatorId", "occurrence", "tableSelector", "extra"] as const;

/** Messages of each type with each field absent or set to one of VALUES, alone and in pairs. */
function* messages(): Generator {
  yield* [undefined, null, "gapmap/tag", 1, [], [{ type: "gapmap/tag" }]];
  for (const type of [...TYPES, 7, undefined]) {
    yield { type };
    for (const field of FIELDS) {
      for (const value of VALUES) {
        yield { type, [field]: value };
        for (const other of FIELDS) {
          if (other === field) continue;
          for (const second of ["y", 2, 2.5, null]) yield { type, [field]: value, [other]: second };
        }
      }
    }
  }
}

describe("the content script's hand-written message check", () => {
  it("accepts and rejects what toContentSchema does, with the same data", () => {
    const { accepted, rejected } = expectSameVerdicts(messages(), toContentSchema, readToContent);
    // The messages tried include many of each verdict.
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(1000);
  });
});
