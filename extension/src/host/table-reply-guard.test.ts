import { describe, expect, it } from "vitest";
import { fromTableHostSchema } from "../platform/messages";
import { expectSameVerdicts, variants } from "../testing/guard-verdicts";
import { readFromTableHost } from "./table-reply-guard";

const DOUBT = {
  runnerUpId: "stock-asylum-seekers",
  reason: "stock-or-flow",
  cues: ["during the year"],
  evidence: ["asylum applications"],
};
const TABLE = {
  selector: "body > table:nth-of-type(2)",
  name: "Asylum applications by citizenship",
  nameSource: "heading",
  source: "table",
  caption: null,
  indicatorIds: ["flow-asylum-applications"],
  indicatorNames: ["Asylum applications"],
  years: [2019, 2020],
  breakdowns: ["citizenship"],
  doubt: DOUBT,
};

/** Replies of both types, with every field (nested ones too) right and wrong. */
function* messages(): Generator {
  yield* [undefined, null, 1, "gapmap/host-tables", [], [{ type: "gapmap/host-error", error: "" }]];
  for (const type of ["gapmap/other", "", 7, undefined]) yield { type, batch: 0, tables: [] };
  yield* variants({ type: "gapmap/host-error", error: "broken" });
  yield* variants({ type: "gapmap/host-tables", batch: 3, tables: [TABLE, null] });
  const tables = [
    ...variants(TABLE),
    ...[...variants(DOUBT)].map((doubt) => ({ ...TABLE, doubt })),
    { ...TABLE, caption: "Table 2" },
    { ...TABLE, nameSource: "selector" },
    { ...TABLE, source: "script", nameSource: "none", doubt: { ...DOUBT, reason: "close-score" } },
    { ...TABLE, years: [2019.5] },
    { ...TABLE, doubt: undefined },
  ];
  for (const table of tables) {
    yield { type: "gapmap/host-tables", batch: 1, tables: [table] };
    yield { type: "gapmap/host-tables", batch: 1, tables: [null, table] };
  }
}

describe("the content script's hand-written check of the table host's replies", () => {
  it("accepts and rejects what fromTableHostSchema does, with the same data", () => {
    const { accepted, rejected } = expectSameVerdicts(
      messages(),
      fromTableHostSchema,
      readFromTableHost,
    );
    // The messages tried include many of each verdict.
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(300);
  });
});
