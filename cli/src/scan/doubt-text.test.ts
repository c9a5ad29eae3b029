import { describe, expect, it } from "vitest";
import type { ScanReport, ScanTable } from "@gapmap/core";
import { scanReportText } from "./scan-text";

function table(indicators: ScanTable["indicators"]): ScanTable {
  return {
    range: "A1:C10",
    title: "Immigrants registered during the year",
    unit: null,
    indicators,
    dimensions: [],
    periods: { years: [2020], first: 2020, last: 2020, frequency: "annual" },
    missingShare: 0,
  };
}

const report = (t: ScanTable): ScanReport => ({
  files: [{ file: "a.csv", ok: true, sheets: [{ name: "a", tables: [t] }] }],
});

describe("scan text: a close stock-or-flow call", () => {
  it("shows both indicators, the cues and the evidence of each", () => {
    const text = scanReportText(
      report(
        table([
          {
            id: "flow-immigration",
            score: 0.72,
            evidence: 'title "Immigrants registered during the year" matched "immigrants"',
            runnerUp: {
              id: "stock-immigrants",
              score: 0.66,
              reason: "stock-or-flow",
              cues: ["during the year", "registered"],
            },
          },
          {
            id: "stock-immigrants",
            score: 0.66,
            evidence: 'header "Immigrant population" matched "immigrant population"',
          },
        ]),
      ),
    );
    expect(text).toContain(
      '? unsure: flow-immigration (0.72) or stock-immigrants (0.66), a stock or a flow; cues: "during the year", "registered"',
    );
    expect(text).toContain('flow-immigration: title "Immigrants registered during the year"');
    expect(text).toContain('stock-immigrants: header "Immigrant population"');
  });

  it("says when the runner-up was named only by the cues", () => {
    const text = scanReportText(
      report(
        table([
          {
            id: "flow-asylum-applications",
            score: 0.6,
            evidence: 'title "Asylum seekers" matched "asylum seekers"',
            runnerUp: { id: "stock-asylum-seekers", score: 0.6, reason: "stock-or-flow", cues: [] },
          },
        ]),
      ),
    );
    expect(text).toContain("no period or time-point cue");
    expect(text).toContain(
      "stock-asylum-seekers: the counterpart of flow-asylum-applications, named by the cues",
    );
  });

  it("prints no doubt for a clear winner, and cuts long evidence", () => {
    const clear = scanReportText(
      report(table([{ id: "flow-immigration", score: 0.9, evidence: "x".repeat(400) }])),
    );
    expect(clear).not.toContain("unsure");
    const long = scanReportText(
      report(
        table([
          {
            id: "flow-immigration",
            score: 0.7,
            evidence: "y".repeat(400),
            runnerUp: { id: "stock-immigrants", score: 0.65, reason: "close-score", cues: [] },
          },
        ]),
      ),
    );
    expect(long).toContain("close scores");
    expect(long).toMatch(/y{100,}…\n/);
    expect(long).not.toMatch(/y{200}/);
  });
});

describe("scan text: a table with guesses only", () => {
  it("marks the table's indicator as a guess and lists every guess with its shared words", () => {
    const text = scanReportText(
      report(
        table([
          {
            id: "flow-residence-permits",
            score: 0.14,
            guess: true,
            evidence: 'sheet "migration_permits_issued" shares "permits", "issued"',
          },
          {
            id: "flow-family-reunification",
            score: 0.11,
            guess: true,
            evidence: 'sheet "migration_permits_issued" shares "permits"',
          },
        ]),
      ),
    );
    expect(text).toContain("guess: flow-residence-permits (0.14)");
    expect(text).toContain(
      "? guess: no catalogue phrase names this table; shared words suggest flow-residence-permits, flow-family-reunification",
    );
    expect(text).toContain(
      'flow-residence-permits: sheet "migration_permits_issued" shares "permits", "issued"',
    );
    expect(text).not.toContain("? unsure");
  });
});
