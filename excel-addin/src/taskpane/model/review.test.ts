import { describe, expect, it } from "vitest";
import { catalogue, scannedFixture, SCAN_FIXTURE } from "../testing/scan-fixture";
import {
  acceptedRecords,
  decide,
  edit,
  guessedDetails,
  initialReview,
  tableDetails,
  type TableReview,
} from "./review";
import { confidencePercent } from "./found-table";

describe("table review → source records", () => {
  it("prefills the best confident guess and its concept, and turns only accepted tables into records", async () => {
    const found = await scannedFixture();
    expect(found.length).toBeGreaterThan(0);
    const reviews = new Map<string, TableReview>(
      found.map((f) => [f.key, initialReview(f, catalogue)]),
    );
    const guessed = found.find((f) => (reviews.get(f.key)?.indicators.length ?? 0) > 0);
    if (guessed === undefined) throw new Error("no table with a confident guess in the fixture");
    expect(confidencePercent(guessed.table)).toBeGreaterThanOrEqual(50);
    expect(acceptedRecords(SCAN_FIXTURE, found, reviews)).toEqual([]);

    const review = reviews.get(guessed.key);
    if (review === undefined) throw new Error("missing review");
    reviews.set(guessed.key, {
      ...review,
      status: "accepted",
      producer: "Ministry of Interior",
      access: "on-request",
    });
    const records = acceptedRecords(SCAN_FIXTURE, found, reviews);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.indicators).toEqual(review.indicators);
    expect(record?.producer).toBe("Ministry of Interior");
    expect(record?.access).toBe("on-request");
    expect(record?.location).toMatchObject({
      kind: "workbook",
      file: SCAN_FIXTURE,
      sheet: guessed.sheet,
    });
    if (review.concept !== "") expect(record?.definition?.concept).toBe(review.concept);
  });

  it("uses the user's re-mapped indicator instead of the scan's guess", async () => {
    const found = await scannedFixture();
    const first = found[0];
    if (first === undefined) throw new Error("no table");
    const other = catalogue.indicators.find(
      (i) => !first.table.indicators.some((g) => g.id === i.id),
    );
    if (other === undefined) throw new Error("catalogue too small");
    const reviews = new Map<string, TableReview>([
      [
        first.key,
        { status: "accepted", indicators: [other.id], producer: "", access: "public", concept: "" },
      ],
    ]);
    const records = acceptedRecords(SCAN_FIXTURE, found, reviews);
    expect(records.map((r) => r.indicators)).toEqual([[other.id]]);
    expect(records[0]?.producer).toBeUndefined();
  });

  it("prefills producer, access and definition from the catalogue, marked as guesses until confirmed", async () => {
    const found = await scannedFixture();
    const table = found.find((f) => initialReview(f, catalogue).indicators.length > 0);
    if (table === undefined) throw new Error("no table with a confident guess in the fixture");
    const review = initialReview(table, catalogue);
    const indicator = catalogue.indicators.find((i) => i.id === review.indicators[0]);
    const sourceType = catalogue.sourceTypes.find((s) => s.id === indicator?.sourceTypes[0]);
    expect(review.producer).toBe(sourceType?.producer);
    expect(review.producer).not.toBe("");
    expect(review.guessed).toEqual(expect.arrayContaining(["producer", "access"]));
    // Editing a field makes it the user's; accepting confirms the rest.
    const edited = edit(review, { producer: "INE" });
    expect(edited.guessed).not.toContain("producer");
    expect(edited.guessed).toContain("access");
    expect(decide(edited, "accepted").guessed).toEqual([]);
    expect(decide(edited, "rejected").guessed).toEqual(edited.guessed);
    // An unknown indicator guesses nothing.
    expect(guessedDetails(catalogue, "no-such-indicator")).toEqual({
      producer: "",
      access: "public",
      concept: "",
      guessed: [],
    });
  });

  it("prefills the producer from the file's Company property, as a guess, whatever the indicator", async () => {
    const found = await scannedFixture();
    const [first] = found.map((f) => ({ ...f, fileProducer: "Ministry of Interior" }));
    if (first === undefined) throw new Error("the fixture has no table");
    const review = initialReview(first, catalogue);
    expect(review.producer).toBe("Ministry of Interior");
    expect(review.guessed).toContain("producer");
    expect(tableDetails(first, catalogue, "no-such-indicator")).toMatchObject({
      producer: "Ministry of Interior",
      guessed: ["producer"],
    });
    expect(decide(review, "accepted").guessed).toEqual([]);
  });
});
