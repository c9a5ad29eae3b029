import { describe, expect, it } from "vitest";
import { makeRecord } from "../gaps/testing/small-catalogue";
import { inventorySchema } from "../inventory/source-record";
import { diffAssessments } from "./diff-assessments";
import { smallAssessment, smallInventory } from "./testing/small-assessment";

function remittanceRecord() {
  const record = smallInventory.records.find((r) => r.id === "cb-remit");
  if (record === undefined) throw new Error("fixture changed");
  return record;
}

describe("diffAssessments", () => {
  const before = smallAssessment();
  const after = smallAssessment(
    inventorySchema.parse({
      ...smallInventory,
      records: [
        // Immigration gains the missing country breakdown; remittances get a more recent year.
        makeRecord({ id: "reg-imm" }),
        { ...remittanceRecord(), years: [2015, 2016, 2021] },
        makeRecord({
          id: "reg-emi",
          indicators: ["emigration-flow"],
          years: [2021],
          access: "on-request",
        }),
      ],
    }),
  );
  const diff = diffAssessments(before, after);

  it("lists closed and opened gaps", () => {
    expect(diff.closed).toContainEqual(
      expect.objectContaining({ indicator: "immigration-flow", type: "disaggregation" }),
    );
    expect(diff.closed).toContainEqual(
      expect.objectContaining({ indicator: "emigration-flow", type: "data" }),
    );
    expect(diff.opened).toContainEqual(
      expect.objectContaining({ indicator: "emigration-flow", type: "access" }),
    );
  });

  it("lists status changes and score deltas", () => {
    expect(diff.changed).toContainEqual(
      expect.objectContaining({
        indicator: "remittances-received",
        type: "timeliness",
        from: "not-met",
        to: "partly-met",
      }),
    );
    const emigration = diff.scoreDeltas.find(
      (d) => d.kind === "indicator" && d.id === "emigration-flow",
    );
    expect(emigration?.delta).toBeGreaterThan(0);
    expect(emigration?.old).toBe(0);
    expect(diff.scoreDeltas.some((d) => d.kind === "overall")).toBe(true);
  });

  it("is empty for identical editions", () => {
    expect(diffAssessments(before, before)).toEqual({
      closed: [],
      opened: [],
      changed: [],
      scoreDeltas: [],
      statusChanges: [],
    });
  });
});
