import { describe, expect, it } from "vitest";
import { needsProfileSchema } from "../needs/needs-profile";
import {
  PROCESS_STAGES,
  PROCESS_STEPS,
  autoFillProcess,
  diffTracking,
  emptyTracking,
  processStepState,
  profileTrackingSchema,
  requestState,
  type IndicatorRequestStatus,
  type ProfileTracking,
} from "./index";

const base: IndicatorRequestStatus = { indicator: "stock-immigrants" };

describe("request state", () => {
  it("follows the request through its life", () => {
    expect(requestState(base)).toBe("not-requested");
    const requested = { ...base, focalAgency: "NSO", requestedOn: "2026-03-01", due: "2026-04-01" };
    expect(requestState(requested)).toBe("requested");
    const received = { ...requested, received: { on: "2026-03-20", recordIds: ["r1"] } };
    expect(requestState(received)).toBe("received");
    const questioned = { ...received, questions: { on: "2026-03-25", text: "Which year?" } };
    expect(requestState(questioned)).toBe("questions");
    // The agency answers with a new return: received again.
    const answered = { ...questioned, received: { on: "2026-04-02", recordIds: ["r2"] } };
    expect(requestState(answered)).toBe("received");
    const validated = { ...answered, validated: { by: "TWG", on: "2026-04-10" } };
    expect(requestState(validated)).toBe("validated");
  });

  it("ranks validation over questions and questions over receipt on the same day", () => {
    const sameDay = {
      ...base,
      received: { on: "2026-03-20", recordIds: [] },
      questions: { on: "2026-03-20", text: "Units?" },
    };
    expect(requestState(sameDay)).toBe("questions");
    expect(requestState({ ...sameDay, validated: { by: "A", on: "2026-03-20" } })).toBe(
      "validated",
    );
  });
});

describe("process steps", () => {
  it("has 15 steps in 3 stages, with validation of content as step 12", () => {
    expect(PROCESS_STEPS).toHaveLength(15);
    expect(PROCESS_STEPS.map((s) => s.number)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(PROCESS_STEPS.find((s) => s.id === "validation")).toEqual({
      id: "validation",
      stage: "launch",
      number: 12,
    });
    const perStage = PROCESS_STAGES.map((stage) =>
      PROCESS_STEPS.filter((s) => s.stage === stage).map((s) => s.id),
    );
    expect(perStage.map((ids) => ids.length)).toEqual([7, 4, 4]);
    expect(perStage[1]).toEqual([
      "existing-evidence",
      "new-evidence",
      "verify-adjust",
      "analyse-draft",
    ]);
  });
});

describe("tracking schema", () => {
  it("accepts empty tracking and refuses duplicates and bad dates", () => {
    expect(profileTrackingSchema.parse(emptyTracking()).process).toHaveLength(15);
    const twice = { requests: [base, base], process: [] };
    expect(profileTrackingSchema.safeParse(twice).error?.issues[0]?.message).toMatch(
      /two request statuses/,
    );
    const badDate = { requests: [{ ...base, requestedOn: "1 March 2026" }], process: [] };
    expect(profileTrackingSchema.safeParse(badDate).success).toBe(false);
    const blankValidator = {
      requests: [{ ...base, validated: { by: " ", on: "2026-01-01" } }],
      process: [],
    };
    expect(profileTrackingSchema.safeParse(blankValidator).success).toBe(false);
  });

  it("keeps old profiles valid and takes tracking on new ones", () => {
    const profile = {
      schemaVersion: 1,
      name: "P",
      referenceYear: 2026,
      policyAreas: [],
      themes: [],
      indicators: [
        {
          indicator: "stock-immigrants",
          breakdowns: [],
          frequency: "annual",
          timeliness: { kind: "max-age", years: 2 },
          geography: "national",
          priority: "high",
        },
      ],
    };
    expect(needsProfileSchema.parse(profile).tracking).toBeUndefined();
    const withTracking = needsProfileSchema.parse({ ...profile, tracking: emptyTracking() });
    expect(withTracking.tracking?.process).toHaveLength(15);
    expect(needsProfileSchema.safeParse({ ...profile, tracking: { requests: [] } }).success).toBe(
      false,
    );
  });
});

describe("autoFillProcess", () => {
  const facts = {
    inventoryRecords: 0,
    returnedPacks: 0,
    validatedIndicators: 0,
    neededIndicators: 3,
  };

  it("leaves everything not started when nothing is known", () => {
    const filled = autoFillProcess(emptyTracking(), facts);
    expect(filled.process.every((s) => s.status === "not-started" && s.auto === undefined)).toBe(
      true,
    );
  });

  it("follows the inventory, returned requests and validation", () => {
    const tracking: ProfileTracking = {
      requests: [
        {
          indicator: "a",
          requestedOn: "2026-03-01",
          received: { on: "2026-03-10", recordIds: [] },
        },
        { indicator: "b", requestedOn: "2026-03-01" },
      ],
      process: [],
    };
    const filled = autoFillProcess(tracking, {
      ...facts,
      inventoryRecords: 12,
      returnedPacks: 1,
      validatedIndicators: 1,
    });
    expect(processStepState(filled, "existing-evidence")).toEqual({
      step: "existing-evidence",
      status: "in-progress",
      auto: true,
    });
    expect(processStepState(filled, "new-evidence").status).toBe("in-progress");
    expect(processStepState(filled, "validation").status).toBe("in-progress");
    expect(filled.process).toHaveLength(15);

    // Every requested indicator returned, and all needed indicators validated: done.
    const allIn = {
      ...tracking,
      requests: tracking.requests.map((r) => ({
        ...r,
        received: { on: "2026-03-12", recordIds: [] },
      })),
    };
    const done = autoFillProcess(allIn, { ...facts, returnedPacks: 2, validatedIndicators: 3 });
    expect(processStepState(done, "new-evidence").status).toBe("done");
    expect(processStepState(done, "validation").status).toBe("done");
    // Gapmap's own status follows the facts back down.
    const undone = autoFillProcess(done, facts);
    expect(processStepState(undone, "validation")).toMatchObject({
      status: "not-started",
      auto: true,
    });
  });

  it("never overwrites a status a person set, but keeps their owner and notes", () => {
    const tracking: ProfileTracking = {
      requests: [],
      process: [
        { step: "existing-evidence", status: "done", owner: "NSO" },
        { step: "new-evidence", status: "not-started", owner: "TWG", notes: "after census" },
      ],
    };
    const filled = autoFillProcess(tracking, { ...facts, inventoryRecords: 5, returnedPacks: 1 });
    expect(processStepState(filled, "existing-evidence")).toEqual(tracking.process[0]);
    expect(processStepState(filled, "new-evidence")).toEqual({
      step: "new-evidence",
      status: "in-progress",
      owner: "TWG",
      notes: "after census",
      auto: true,
    });
  });
});

describe("diffTracking", () => {
  it("reports request and process status changes, and nothing when equal", () => {
    const prev: ProfileTracking = {
      requests: [{ indicator: "b", requestedOn: "2026-01-01" }],
      process: [{ step: "stakeholders", status: "in-progress" }],
    };
    const next: ProfileTracking = {
      requests: [
        { indicator: "b", requestedOn: "2026-01-01", validated: { by: "X", on: "2026-02-01" } },
        { indicator: "a", requestedOn: "2026-02-01" },
      ],
      process: [
        { step: "stakeholders", status: "done" },
        { step: "validation", status: "in-progress" },
      ],
    };
    expect(diffTracking(prev, next)).toEqual([
      { kind: "request", indicator: "a", from: "not-requested", to: "requested" },
      { kind: "request", indicator: "b", from: "requested", to: "validated" },
      { kind: "process", step: "stakeholders", from: "in-progress", to: "done" },
      { kind: "process", step: "validation", from: "not-started", to: "in-progress" },
    ]);
    expect(diffTracking(next, structuredClone(next))).toEqual([]);
    expect(diffTracking(undefined, emptyTracking())).toEqual([]);
  });
});
