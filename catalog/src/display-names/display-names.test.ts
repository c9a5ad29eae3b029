/**
 * The bundled display names' promises: every ID of every kind is named in every language,
 * English agrees with the catalogue's own names, nothing is stale, verified names say where
 * they were checked, and the typography is the one each language expects.
 */
import { describe, expect, it } from "vitest";
import {
  CONTENT_NAME_KINDS,
  DISPLAY_NAME_KINDS,
  GAP_TYPE_LABELS,
  LANGUAGES,
  SECTION_TITLES,
  displayName,
  displayNameIds,
  parseCatalogue,
  type DisplayName,
  type Language,
} from "@gapmap/core";
import { actions, catalogueData, getCatalogue } from "../index";

const catalogue = getCatalogue();

const CONTENT_KINDS = new Set<string>(CONTENT_NAME_KINDS);
/** Sentences, not names: no short form, and timelines are read mid-sentence (lower case). */
const SENTENCE_KINDS = new Set<string>(["presetDescription", "actionDescription", "timeline"]);

function requiredLanguages(kind: string): readonly Language[] {
  return CONTENT_KINDS.has(kind) ? ["en", "fr", "es", "ru"] : LANGUAGES;
}

/** Every name in the catalogue, with where it sits. */
function allNames(): { kind: string; id: string; lang: Language; name: DisplayName }[] {
  const out: { kind: string; id: string; lang: Language; name: DisplayName }[] = [];
  for (const kind of DISPLAY_NAME_KINDS) {
    for (const [id, byLang] of Object.entries(catalogue.displayNames[kind])) {
      for (const lang of LANGUAGES) {
        const name = byLang[lang];
        if (name !== undefined) out.push({ kind, id, lang, name });
      }
    }
  }
  return out;
}

/** Longest name a 350 px pane shows on two lines at 13 px; longer names need a `short`. */
const MAX_UNSHORTENED = 100;

describe("display names: coverage", () => {
  it.each(DISPLAY_NAME_KINDS)("names every %s ID in each language it needs", (kind) => {
    const ids = displayNameIds(catalogue, kind, actions) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.flatMap((id) =>
      requiredLanguages(kind)
        .filter((lang) => catalogue.displayNames[kind][id]?.[lang] === undefined)
        .map((lang) => `${id} ${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it("names no action, description or timeline that the action library lacks", () => {
    for (const kind of ["action", "actionDescription", "timeline"] as const) {
      const known = new Set(displayNameIds(catalogue, kind, actions));
      const stale = Object.keys(catalogue.displayNames[kind]).filter((id) => !known.has(id));
      expect(stale, kind).toEqual([]);
    }
  });

  it("keeps every action template's placeholders in each language", () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]).sort();
    for (const kind of ["action", "actionDescription"] as const) {
      for (const [id, byLang] of Object.entries(catalogue.displayNames[kind])) {
        const english = placeholders(byLang.en?.text ?? "");
        for (const lang of ["fr", "es", "ru"] as const) {
          expect(placeholders(byLang[lang]?.text ?? ""), `${kind} ${id} ${lang}`).toEqual(english);
        }
      }
    }
  });

  it("uses the presets', concepts' and actions' own English", () => {
    for (const preset of catalogue.presets) {
      expect(catalogue.displayNames.preset[preset.id]?.en?.text).toBe(preset.name);
      expect(catalogue.displayNames.presetDescription[preset.id]?.en?.text).toBe(
        preset.description,
      );
    }
    for (const concept of catalogue.concepts) {
      expect(catalogue.displayNames.concept[concept.id]?.en?.text).toBe(concept.name);
      for (const variant of concept.variants) {
        const key = `${concept.id}/${variant.id}`;
        expect(catalogue.displayNames.variant[key]?.en?.text, key).toBe(variant.label);
      }
    }
    for (const action of actions) {
      expect(catalogue.displayNames.action[action.id]?.en?.text).toBe(action.title);
      expect(catalogue.displayNames.actionDescription[action.id]?.en?.text).toBe(
        action.description,
      );
    }
  });

  it("names all 101 indicators", () => {
    expect(Object.keys(catalogue.displayNames.indicator)).toHaveLength(101);
  });

  it("uses the catalogue's own English names", () => {
    for (const ind of catalogue.indicators) {
      expect(catalogue.displayNames.indicator[ind.id]?.en?.text, ind.id).toBe(ind.name);
    }
    for (const theme of catalogue.policyThemes) {
      expect(catalogue.displayNames.theme[theme.id]?.en?.text, theme.id).toBe(theme.name);
    }
    for (const [id, title] of Object.entries(SECTION_TITLES)) {
      expect(catalogue.displayNames.section[id]?.en?.text, id).toBe(title);
    }
    for (const [id, label] of Object.entries(GAP_TYPE_LABELS)) {
      expect(catalogue.displayNames.gapType[id]?.en?.text, id).toBe(label);
    }
  });

  it("resolves without fallback in every language, through the accessor", () => {
    for (const lang of LANGUAGES) {
      const name = displayName(catalogue, "indicator", "stock-immigrants", lang);
      expect(name.fallback, lang).toBe(false);
      expect(name.lang).toBe(lang);
    }
    expect(displayName(catalogue, "indicator", "stock-immigrants", "fr").short).toBe(
      "Stock de migrants internationaux",
    );
  });
});

describe("display names: soundness", () => {
  it("refuses a name for an ID that does not exist", () => {
    const stale = structuredClone(catalogueData);
    stale.displayNames = {
      ...stale.displayNames,
      theme: { ...stale.displayNames?.theme, "no-such-theme": { en: "Ghost" } },
    };
    expect(() => parseCatalogue(stale)).toThrow(/display name for unknown theme "no-such-theme"/);
  });

  it("gives a source for every verified name, and verifies only official titles", () => {
    const verified = allNames().filter((n) => n.name.verified === true);
    expect(verified.length).toBeGreaterThan(0);
    for (const { kind, id, lang, name } of verified) {
      expect(name.source, `${kind} ${id} ${lang}`).toMatch(/\S/);
      // Only SDG indicators have official titles checked here so far.
      expect(kind).toBe("indicator");
      expect(catalogue.indicators.find((i) => i.id === id)?.sdg, id).toBeDefined();
    }
  });

  it("keeps a short form shorter than its text, and gives every long name one", () => {
    for (const { kind, id, lang, name } of allNames()) {
      const where = `${kind} ${id} ${lang}`;
      if (name.short !== undefined) expect(name.short.length, where).toBeLessThan(name.text.length);
      if (name.text.length > MAX_UNSHORTENED && !SENTENCE_KINDS.has(kind)) {
        expect(name.short, where).toBeDefined();
      }
    }
  });
});

describe("display names: typography", () => {
  const names = allNames();
  const texts = names.flatMap(({ kind, id, lang, name }) =>
    [name.text, name.short]
      .filter((t): t is string => t !== undefined)
      .map((text) => ({ where: `${kind} ${id} ${lang}`, kind, lang, text })),
  );

  it("has no stray spaces and is in Unicode NFC", () => {
    for (const { where, text } of texts) {
      expect(text, where).toBe(text.trim());
      expect(text, where).not.toMatch(/\s{2}/);
      expect(text, where).toBe(text.normalize("NFC"));
    }
  });

  it("starts with a capital (or a digit) in scripts that have case", () => {
    for (const { where, kind, lang, text } of texts) {
      if (lang === "ar" || kind === "timeline") continue;
      const first = text.charAt(0);
      expect(first === first.toUpperCase(), where).toBe(true);
    }
  });

  it("uses French spacing and apostrophes", () => {
    for (const { where, lang, text } of texts) {
      if (lang !== "fr") continue;
      expect(text, where).not.toMatch(/'/);
      // A no-break space (or narrow one) before : ; ? ! and never an ordinary one.
      expect(text, where).not.toMatch(/(^|[^\u00a0\u202f])[:;?!]/);
    }
  });

  it("writes Serbian in Cyrillic and Russian and Arabic in their own scripts", () => {
    for (const { where, kind, lang, text } of texts) {
      if (lang === "sr") expect(text, where).not.toMatch(/[A-Za-zčćžšđČĆŽŠĐ]/);
      // Russian keeps only Latin acronyms such as AVRR, template section and SDG target codes
      // ("A", "B.2", "10.c") and the actions' {placeholders}.
      if (lang === "ru") {
        const bare = text
          .replace(/\{[a-z]+\}/g, "")
          .replace(/\b[A-Z]{2,}\b/g, "")
          .replace(/\b[A-Z](\.\d+)?\b/g, "")
          .replace(/\b\d+\.[a-z]\b/g, "");
        expect(bare, where).not.toMatch(/[A-Za-z]/);
      }
      if (lang === "ar") expect(text, where).toMatch(/[\u0600-\u06ff]/);
      // National variants may quote a national term in its own script ("прописка").
      if (lang !== "ru" && lang !== "sr" && kind !== "variant") {
        expect(text, where).not.toMatch(/[\u0400-\u04ff]/);
      }
    }
  });
});
