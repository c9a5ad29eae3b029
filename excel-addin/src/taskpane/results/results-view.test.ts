import { describe, expect, it } from "vitest";
import { buildAssessment } from "@gapmap/core";
import { ACTION_LIBRARY } from "../model/action-library";
import { buildProfile } from "../model/needs-edits";
import { EMPTY_CHOICE } from "../model/restore-session";
import { acceptedRecords, initialReview, inventoryOf, type TableReview } from "../model/review";
import { catalogue, scannedFixture, SCAN_FIXTURE } from "../testing/scan-fixture";
import { NO_FILTER, topGaps, visibleRows } from "./results-view";

async function assessment() {
  const found = await scannedFixture();
  const reviews = new Map<string, TableReview>(
    found.map((f) => [f.key, { ...initialReview(f, catalogue), status: "accepted" }]),
  );
  const preset = catalogue.presets[0]?.id ?? "";
  const profile = buildProfile(catalogue, { ...EMPTY_CHOICE, presetId: preset });
  const inventory = inventoryOf(acceptedRecords(SCAN_FIXTURE, found, reviews));
  return buildAssessment(catalogue, profile, inventory, { actions: ACTION_LIBRARY });
}

describe("results view", () => {
  it("filters by section, status and gap type, and sorts", async () => {
    const a = await assessment();
    const name = (row: { name: string }) => row.name;
    const all = visibleRows(a, NO_FILTER, "score", name);
    expect(all).toHaveLength(a.rows.length);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((x, y) => x - y));
    const section = a.rows[0]?.section ?? "K";
    const inSection = visibleRows(a, { ...NO_FILTER, section }, "name", name);
    expect(inSection.length).toBeGreaterThan(0);
    expect(inSection.every((r) => r.section === section)).toBe(true);
    const names = inSection.map(name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
    const metData = visibleRows(a, { ...NO_FILTER, status: "met", gapType: "data" }, "score", name);
    expect(metData.length).toBeGreaterThan(0);
    expect(metData.length).toBeLessThan(a.rows.length);
    for (const row of metData)
      expect(row.checks.find((c) => c.type === "data")?.status).toBe("met");
  });

  it("puts high-priority needs with the lowest scores first among the top gaps", async () => {
    const a = await assessment();
    const top = topGaps(a);
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((r) => r.score < 100)).toBe(true);
    const order = { high: 0, medium: 1, low: 2 };
    const ranks = top.map((r) => order[r.priority]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
});
