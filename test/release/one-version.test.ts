import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHANGELOG, hasEntry } from "../../scripts/release/changelog";
import { releaseVersion } from "../../scripts/release/paths";
import { versions } from "../../scripts/release/set-version";

describe("one version everywhere", () => {
  it("every workspace carries the root package.json's version", () => {
    const version = releaseVersion();
    expect(
      Object.values(versions()).every((v) => v === version),
      JSON.stringify(versions()),
    ).toBe(true);
  });

  it("CHANGELOG.md has an entry for it", () => {
    expect(hasEntry(readFileSync(CHANGELOG, "utf8"), releaseVersion())).toBe(true);
    expect(hasEntry("## 0.1.0 — today", "0.1.01")).toBe(false);
  });
});
