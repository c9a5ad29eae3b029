import { describe, expect, it } from "vitest";
import type { CorpusResults } from "./corpus-eval";
import type { CorpusEntry } from "./corpus-manifest";
import { formatCorpusReport } from "./corpus-report";
import { evaluatePage } from "./evaluate-page";
import type { Split } from "./split";

const HTML =
  "<html lang='en'><body><main><p>In 2023, 120,000 asylum applications were lodged in the country.</p></main></body></html>";

/** One page per split, each reporting an indicator its truth does not want. */
function results(): CorpusResults {
  const page = (id: string, split: Split) => ({
    entry: { id, kind: "page", type: "html", language: "en" } as CorpusEntry,
    split,
    score: evaluatePage(
      { id, kind: "page", about: "asylum figure", wanted: ["stock-emigrants"], acceptable: [] },
      HTML,
    ),
  });
  return {
    seed: "s",
    workbooks: [],
    pages: [page("tune-page", "tune"), page("test-page", "test")],
  };
}

describe("the corpus report keeps the test split's errors out of sight", () => {
  it("lists the tune split's wrong pairs and failures, not the test split's, unless asked", () => {
    const report = formatCorpusReport(results(), { confusions: true, failures: true });
    expect(report).toContain("Most frequent wrong pairs, tune split");
    expect(report).toContain("[tune] tune-page");
    expect(report).not.toContain("Most frequent wrong pairs, test split");
    expect(report).not.toContain("test-page");
    expect(report).toContain("--test-errors shows them");
  });

  it("shows both splits' errors with testErrors, for the closing report", () => {
    const report = formatCorpusReport(results(), {
      confusions: true,
      failures: true,
      testErrors: true,
    });
    expect(report).toContain("Most frequent wrong pairs, test split");
    expect(report).toContain("[test] test-page");
  });
});
