import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import { profileFromJson, profileFromPreset, profileToJson, requestState } from "@gapmap/core";
import { runCli } from "../testing/run-cli";

function profileFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), "gapmap-status-")), "profile.json");
  const profile = profileFromPreset(getCatalogue(), "migration-profile-core", {
    referenceYear: 2024,
  });
  writeFileSync(path, profileToJson(profile));
  return path;
}
const saved = (path: string) => profileFromJson(readFileSync(path, "utf8")).tracking;

describe("gapmap status", () => {
  it("records a request, its validation and questions in the profile", async () => {
    const path = profileFile();
    await runCli(
      "status",
      path,
      "stock-immigrants",
      "--requested",
      "--agency",
      "NSO",
      "--on",
      "2027-01-02",
    );
    expect(requestState(saved(path)?.requests[0] ?? { indicator: "x" })).toBe("requested");
    const result = await runCli(
      "status",
      path,
      "stock-immigrants",
      "--validated-by",
      "A. Ivanova",
      "--comment",
      "ok",
      "--on",
      "2027-02-01",
    );
    expect(result.code).toBe(0);
    expect(saved(path)?.requests[0]).toEqual({
      indicator: "stock-immigrants",
      focalAgency: "NSO",
      requestedOn: "2027-01-02",
      validated: { by: "A. Ivanova", on: "2027-02-01", comment: "ok" },
    });
    expect(result.out).toMatch(/stock-immigrants {2}Validated — NSO/);
    await runCli(
      "status",
      path,
      "stock-immigrants",
      "--questions",
      "Which census?",
      "--on",
      "2027-02-03",
    );
    expect(requestState(saved(path)?.requests[0] ?? { indicator: "x" })).toBe("questions");
  });

  it("sets a process step by number, taking it over from Gapmap", async () => {
    const path = profileFile();
    const result = await runCli(
      "status",
      path,
      "12",
      "--step-status",
      "in-progress",
      "--owner",
      "TWG",
    );
    expect(result.code).toBe(0);
    expect(saved(path)?.process.find((s) => s.step === "validation")).toEqual({
      step: "validation",
      status: "in-progress",
      owner: "TWG",
    });
    expect(result.out).toMatch(/12\. Validation of content \(validation\): In progress — TWG/);
  });

  it("refuses what it does not know, leaving the profile as it was", async () => {
    const path = profileFile();
    const before = readFileSync(path, "utf8");
    const unknown = await runCli("status", path, "no-such-thing", "--received");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/neither an indicator of the profile/);
    const badDate = await runCli("status", path, "stock-immigrants", "--received", "--on", "soon");
    expect(badDate.code).toBe(2);
    expect(readFileSync(path, "utf8")).toBe(before);
  });
});
