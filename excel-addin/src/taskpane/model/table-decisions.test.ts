import { describe, expect, it } from "vitest";
import type { Confirmation } from "../../office/index";
import { catalogue, scannedFixture } from "../testing/scan-fixture";
import { initialReview, type TableReview } from "./review";
import type { FoundTable } from "./found-table";
import { confirmationsOf, restoreReviews, tagChangesBetween, tagIdFor } from "./table-decisions";

const NOW = "2026-03-01T09:00:00.000Z";
const LATER = "2026-03-02T09:00:00.000Z";

/** The fixture's first table and a copy of it further down the sheet, as a second table. */
async function twoTables(): Promise<[FoundTable, FoundTable, FoundTable[]]> {
  const [first] = await scannedFixture();
  if (first === undefined) throw new Error("the fixture has no table");
  const range = "AA100:AF140";
  const second = { ...first, key: `${first.sheet}!${range}`, table: { ...first.table, range } };
  return [first, second, [first, second]];
}

function initialReviews(found: readonly FoundTable[]): Map<string, TableReview> {
  return new Map(found.map((f) => [f.key, initialReview(f, catalogue)]));
}

const noHistory = { carried: [], earlier: new Map<string, Confirmation>(), now: NOW };

describe("table decisions", () => {
  it("saves only touched tables: accepted, rejected and re-mapped ones", async () => {
    const [first, second, found] = await twoTables();
    const reviews = initialReviews(found);
    expect(confirmationsOf(found, reviews, catalogue, noHistory)).toEqual([]);
    const firstReview = reviews.get(first.key) as TableReview;
    reviews.set(first.key, { ...firstReview, status: "accepted", indicators: ["stock-total"] });
    reviews.set(second.key, { ...(reviews.get(second.key) as TableReview), status: "rejected" });
    const saved = confirmationsOf(found, reviews, catalogue, noHistory);
    expect(saved.map((c) => [c.sheet, c.address, c.status])).toEqual([
      [first.sheet, first.table.range, "accepted"],
      [second.sheet, second.table.range, "rejected"],
    ]);
    expect(saved[0]?.indicatorIds).toEqual(["stock-total"]);
    expect(saved[0]?.id).toBe(tagIdFor(first.sheet, first.table.range, "stock-total"));
    expect(saved[0]?.id).toMatch(/^stock_total_[0-9a-z]+$/);

    // Unchanged verdicts keep their time, so saving twice writes the same state.
    const earlier = new Map(saved.map((c) => [`${c.sheet}!${c.address}`, c]));
    const again = confirmationsOf(found, reviews, catalogue, { carried: [], earlier, now: LATER });
    expect(again.map((c) => c.decidedAt)).toEqual([NOW, NOW]);
  });

  it("restores verdicts by sheet and range, and a moved accepted table by its tag", async () => {
    const [first, second, found] = await twoTables();
    const reviews = initialReviews(found);
    reviews.set(first.key, { ...(reviews.get(first.key) as TableReview), status: "rejected" });
    reviews.set(second.key, {
      ...(reviews.get(second.key) as TableReview),
      status: "accepted",
      indicators: ["stock-total"],
      producer: "INE",
    });
    const saved = confirmationsOf(found, reviews, catalogue, noHistory);
    // The accepted table was saved at another place; its tag now points at where it is.
    const moved = saved.map((c) => (c.status === "accepted" ? { ...c, address: "Z1:Z9" } : c));
    const gone: Confirmation = { ...(saved[0] as Confirmation), id: "gone_1", address: "Q1:Q2" };
    const acceptedId = moved.find((c) => c.status === "accepted")?.id ?? "";
    const located = new Map([[acceptedId, { sheet: second.sheet, address: second.table.range }]]);

    const restored = restoreReviews(found, catalogue, [...moved, gone], located);
    expect(restored.reviews.get(first.key)?.status).toBe("rejected");
    expect(restored.reviews.get(second.key)).toMatchObject({
      status: "accepted",
      indicators: ["stock-total"],
      producer: "INE",
    });
    expect(restored.unmatched.map((c) => c.id)).toEqual(["gone_1"]);
    const withoutTag = restoreReviews(found, catalogue, moved, new Map());
    expect(withoutTag.reviews.get(second.key)?.status).toBe("pending");
  });

  it("adds tags for newly accepted tables and removes them when no longer accepted", async () => {
    const [first, , found] = await twoTables();
    const reviews = initialReviews(found);
    const review = reviews.get(first.key) as TableReview;
    reviews.set(first.key, { ...review, status: "accepted", indicators: ["stock-total"] });
    const accepted = confirmationsOf(found, reviews, catalogue, noHistory);
    const added = tagChangesBetween([], accepted);
    expect(added.add.map((t) => [t.sheet, t.address, t.indicatorIds])).toEqual([
      [first.sheet, first.table.range, ["stock-total"]],
    ]);
    expect(tagChangesBetween(accepted, accepted)).toEqual({ add: [], remove: [] });

    reviews.set(first.key, { ...review, status: "rejected", indicators: ["stock-total"] });
    const rejected = confirmationsOf(found, reviews, catalogue, noHistory);
    expect(tagChangesBetween(accepted, rejected)).toEqual({
      add: [],
      remove: [accepted[0]?.id],
    });
  });
});
