import { describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { latestAcceptableYear, needsProfileSchema } from "./needs-profile";
import {
  DEFAULT_MAX_AGE_YEARS,
  UnknownCatalogueEntryError,
  profileFromIndicators,
  profileFromPreset,
} from "./profile-from-preset";
import { profileFromJson, profileToJson } from "./profile-json";

describe("profileFromPreset", () => {
  const profile = profileFromPreset(smallCatalogue, "small-preset", { referenceYear: 2025 });

  it("takes breakdowns from the indicator unless the preset item overrides them", () => {
    const immigration = profile.indicators.find((n) => n.indicator === "immigration-flow");
    const emigration = profile.indicators.find((n) => n.indicator === "emigration-flow");
    expect(immigration?.breakdowns).toEqual(["sex", "age", "country"]);
    expect(emigration?.breakdowns).toEqual(["sex"]);
  });

  it("defaults to annual, national, reference year minus two, priority from the preset", () => {
    expect(profile.preset).toBe("small-preset");
    for (const need of profile.indicators) {
      expect(need.frequency).toBe("annual");
      expect(need.geography).toBe("national");
      expect(latestAcceptableYear(need, profile.referenceYear)).toBe(2025 - DEFAULT_MAX_AGE_YEARS);
    }
    expect(profile.indicators.map((n) => n.priority)).toEqual(["high", "high", "medium", "low"]);
    expect(profile.policyAreas).toEqual(["trends", "impact", "governance"]);
  });

  it("rejects unknown presets", () => {
    expect(() => profileFromPreset(smallCatalogue, "nope", { referenceYear: 2025 })).toThrow(
      UnknownCatalogueEntryError,
    );
  });

  it("builds every preset of the real catalogue", () => {
    const catalogue = getCatalogue();
    for (const preset of catalogue.presets) {
      const built = profileFromPreset(catalogue, preset.id, { referenceYear: 2024 });
      expect(built.indicators).toHaveLength(preset.items.length);
    }
  });
});

describe("custom profiles and JSON", () => {
  it("builds a custom list at medium priority and round-trips through JSON", () => {
    const profile = profileFromIndicators(smallCatalogue, ["remittances-received"], {
      referenceYear: 2024,
      name: "Remittances only",
      themes: ["diaspora-remittances"],
      maxAgeYears: 1,
    });
    expect(profile.preset).toBeUndefined();
    expect(profile.indicators[0]?.priority).toBe("medium");
    expect(profileFromJson(profileToJson(profile))).toEqual(profile);
  });

  it("honours a fixed latest year", () => {
    const need = {
      indicator: "x",
      breakdowns: [],
      frequency: "annual" as const,
      timeliness: { kind: "latest-year" as const, year: 2019 },
      geography: "national" as const,
      priority: "low" as const,
    };
    expect(latestAcceptableYear(need, 2030)).toBe(2019);
  });

  it("rejects a profile that lists an indicator twice or has the wrong version", () => {
    const profile = profileFromPreset(smallCatalogue, "small-preset", { referenceYear: 2025 });
    const twice = { ...profile, indicators: [...profile.indicators, profile.indicators[0]] };
    expect(needsProfileSchema.safeParse(twice).success).toBe(false);
    expect(() => profileFromJson(JSON.stringify({ ...profile, schemaVersion: 2 }))).toThrow();
  });
});
