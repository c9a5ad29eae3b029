import { describe, expect, it } from "vitest";
import { checkAccess, checkOpenness, opennessShare } from "./openness-checks";
import { checkQuality } from "./quality-check";
import { makeRecord } from "./testing/small-catalogue";

describe("access", () => {
  it("scores public, on-request and restricted, taking the most open record", () => {
    expect(checkAccess([makeRecord({ id: "a", access: "restricted" })]).status).toBe("not-met");
    expect(checkAccess([makeRecord({ id: "a", access: "on-request" })]).status).toBe("partly-met");
    const best = checkAccess([
      makeRecord({ id: "closed", access: "restricted" }),
      makeRecord({ id: "open", access: "public" }),
    ]);
    expect(best.status).toBe("met");
    expect(best.recordIds).toEqual(["open"]);
  });
});

describe("ODIN openness", () => {
  const closed = {
    machineReadable: false,
    nonProprietary: false,
    downloadOptions: [],
    metadata: false,
    openLicence: false,
  };

  it("averages the five elements, with one download option worth half", () => {
    expect(opennessShare(closed)).toBe(0);
    expect(opennessShare({ ...closed, machineReadable: true, downloadOptions: ["bulk"] })).toBe(
      (1 + 0.5) / 5,
    );
    expect(opennessShare(undefined)).toBe(0);
  });

  it("lists what is lacking", () => {
    const check = checkOpenness([
      makeRecord({
        id: "pdf",
        openness: { ...closed, metadata: true, downloadOptions: ["selection"] },
      }),
    ]);
    expect(check.status).toBe("partly-met");
    expect(check.detail).toContain("machine-readable format");
    expect(check.detail).toContain("download options (bulk, selection, API) (partly)");
    expect(check.detail).not.toContain("metadata");
    expect(checkOpenness([makeRecord({ id: "ok" })]).status).toBe("met");
  });

  it("scores undocumented openness 0, as ODIN does for missing data", () => {
    const record = makeRecord({ id: "x" });
    delete record.openness;
    const check = checkOpenness([record]);
    expect(check.status).toBe("not-met");
    expect(check.detail).toBe("openness not documented");
  });
});

describe("quality", () => {
  it("is partly met by flagged records, met by the cleanest one", () => {
    const flagged = checkQuality([
      makeRecord({ id: "a", quality: ["estimate", "break-in-series"] }),
    ]);
    expect(flagged.status).toBe("partly-met");
    expect(flagged.detail).toContain("break-in-series");
    expect(
      checkQuality([makeRecord({ id: "a", quality: ["estimate"] }), makeRecord({ id: "b" })])
        .status,
    ).toBe("met");
  });
});
