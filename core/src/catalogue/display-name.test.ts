import { describe, expect, it } from "vitest";
import { displayName, displayNameText } from "./display-name";
import { displayNamesSchema, type DisplayNames } from "./display-names-schema";
import { findCatalogueProblems } from "./integrity";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { toSerbianLatin } from "./serbian-latin";

const catalogue = {
  displayNames: displayNamesSchema.parse({
    indicator: {
      "flow-x": {
        en: { text: "Immigration flow", verified: true, source: "UN SDG titles (EN)" },
        fr: { text: "Flux d’immigration", short: "Immigration" },
      },
    },
    gapType: { data: { en: "Data", ru: "Данные" } },
  }) satisfies DisplayNames,
};

describe("displayName", () => {
  it("returns the requested language when present, with its short form", () => {
    expect(displayName(catalogue, "indicator", "flow-x", "fr")).toEqual({
      text: "Flux d’immigration",
      short: "Immigration",
      lang: "fr",
      fallback: false,
      verified: false,
      unknown: false,
    });
  });

  it("falls back to English and says so, keeping English's verification", () => {
    expect(displayName(catalogue, "indicator", "flow-x", "es")).toEqual({
      text: "Immigration flow",
      short: "Immigration flow",
      lang: "en",
      fallback: true,
      verified: true,
      source: "UN SDG titles (EN)",
      unknown: false,
    });
    expect(displayName(catalogue, "gapType", "data", "ru").text).toBe("Данные");
  });

  it("returns an unknown ID as itself, marked, instead of throwing", () => {
    const name = displayName(catalogue, "indicator", "no-such-id", "fr");
    expect(name).toMatchObject({ text: "no-such-id", fallback: true, unknown: true });
    expect(displayName(catalogue, "gapType", "toString", "en").unknown).toBe(true);
    expect(displayNameText(catalogue, "priority", "high", "ru")).toBe("high");
  });
});

describe("display-name schema", () => {
  it("turns a bare string into an unverified name", () => {
    const parsed = displayNamesSchema.parse({ priority: { high: { fr: "Élevée" } } });
    expect(parsed.priority.high?.fr).toEqual({ text: "Élevée" });
    expect(parsed.indicator).toEqual({});
  });

  it.each([
    ["an empty name", ""],
    ["a leading space", " Données"],
    ["a trailing space", "Données "],
    ["a doubled space", "Flux  d’immigration"],
  ])("refuses %s", (_, text) => {
    expect(displayNamesSchema.safeParse({ gapType: { data: { fr: text } } }).success).toBe(false);
  });

  it("refuses a verified name without a source", () => {
    const result = displayNamesSchema.safeParse({
      gapType: { data: { fr: { text: "Données", verified: true } } },
    });
    expect(result.success).toBe(false);
  });

  it("makes a catalogue with a name for an unknown ID invalid", () => {
    const withNames = (names: unknown) => ({
      ...smallCatalogue,
      displayNames: displayNamesSchema.parse(names),
    });
    expect(findCatalogueProblems(smallCatalogue)).toEqual([]);
    expect(
      findCatalogueProblems(withNames({ indicator: { "immigration-flow": { en: "Immigrants" } } })),
    ).toEqual([]);
    expect(findCatalogueProblems(withNames({ indicator: { "gone-id": { en: "Gone" } } }))).toEqual([
      'display name for unknown indicator "gone-id"',
    ]);
    expect(findCatalogueProblems(withNames({ section: { "D.9": { en: "X" } } }))).toEqual([
      'display name for unknown section "D.9"',
    ]);
  });
});

describe("toSerbianLatin", () => {
  it("transliterates letters and digraphs, keeping case", () => {
    expect(toSerbianLatin("Миграциони салдо")).toBe("Migracioni saldo");
    expect(toSerbianLatin("Избеглице, џеп, љубав, њива, Ђорђе, ћуприја")).toBe(
      "Izbeglice, džep, ljubav, njiva, Đorđe, ćuprija",
    );
    expect(toSerbianLatin("Љубљана ЉУБЉАНА Џ")).toBe("Ljubljana LJUBLJANA Dž");
    expect(toSerbianLatin("БДП-у 2024 (A.1)")).toBe("BDP-u 2024 (A.1)");
  });
});
