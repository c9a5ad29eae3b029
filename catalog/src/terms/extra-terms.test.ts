import { describe, expect, it } from "vitest";
import {
  createMentionMatcher,
  matchIndicators,
  searchCatalogue,
  type IndicatorInput,
} from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";
import { withExtraTerms } from "./extra-terms";
import { EXTRA_TERM_FILES } from "./index";

const base = {
  id: "x",
  section: "A.1",
  name: "X",
  synonyms: { en: ["old term", "kept"] },
} as unknown as IndicatorInput;

const ids = (text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where: "title", text }]).map((m) => m.id);

describe("extra terms by topic", () => {
  it("supersede a term with the same text and append the rest", () => {
    const [out] = withExtraTerms([base], {
      x: { en: [{ text: "Old Term", verified: true, source: "S" }, "new"], fr: ["nouveau"] },
    });
    expect(out?.synonyms).toEqual({
      en: [{ text: "Old Term", verified: true, source: "S" }, "kept", "new"],
      fr: ["nouveau"],
    });
    expect(base.synonyms).toEqual({ en: ["old term", "kept"] });
  });

  it("refuse an indicator the catalogue does not have", () => {
    expect(() => withExtraTerms([base], { nope: { en: ["a term"] } })).toThrow(
      /unknown indicator "nope"/,
    );
  });

  it("are each verified, with the publication where they were checked", () => {
    const terms = EXTRA_TERM_FILES.flatMap((file) =>
      Object.values(file).flatMap((byLang) => Object.values(byLang).flat()),
    );
    expect(terms.length).toBeGreaterThan(50);
    for (const t of terms) {
      expect(typeof t, JSON.stringify(t)).toBe("object");
      if (typeof t === "string") continue;
      expect(t.verified, t.text).toBe(true);
      expect(t.source, t.text).toMatch(/\S{3}/);
    }
  });

  it("reach the bundled catalogue, the superseded term verified and not doubled", () => {
    const idps = getCatalogue().indicators.find((i) => i.id === "stock-idps");
    const vpl = idps?.synonyms.filter((s) => s.text === "ВПЛ") ?? [];
    expect(vpl).toEqual([expect.objectContaining({ kind: "acronym", status: "verified" })]);
    const avrr = getCatalogue()
      .indicators.find((i) => i.id === "flow-assisted-return")
      ?.synonyms.filter((s) => s.text === "AVRR");
    expect(avrr?.map((s) => s.status)).toEqual(["verified"]);
    expect(avrr?.[0]?.source).toMatch(/IOM/);
    for (const id of ["flow-residence-permits", "stock-permit-holders"]) {
      const ru = getCatalogue()
        .indicators.find((i) => i.id === id)
        ?.synonyms.filter((s) => s.text === "РВП" || s.text === "ВнЖ");
      expect(ru?.map((s) => `${s.text}:${s.kind ?? ""}:${s.status}`).sort(), id).toEqual([
        "ВнЖ:acronym:verified",
        "РВП:acronym:verified",
      ]);
      for (const s of ru ?? []) expect(s.source).toMatch(/2-РД/);
    }
  });

  it("name the indicator through national shorthand written as published", () => {
    expect(ids("OQTF prononcées en 2023")).toContain("flow-removals");
    expect(ids("PERE 2024, por país de residencia")).toContain("stock-emigrants");
    expect(ids("Transferts des TRE")).toContain("stock-emigrants");
    expect(ids("ВПЛ по областям")).toContain("stock-idps");
  });

  it("say nothing of shorthand written in another case", () => {
    expect(ids("oqtf")).not.toContain("flow-removals");
    expect(ids("Pere 2024")).not.toContain("stock-emigrants");
    expect(ids("впл")).not.toContain("stock-idps");
  });

  it("are found in page text only as written, never through an inflected form", () => {
    const es = createMentionMatcher(getCatalogueIndex(), { lang: "es" });
    const found = (text: string) => es.findMentions(text).map((m) => `${m.id}:${m.text}`);
    expect(found("Según el PERE, 2,5 millones de españoles")).toContain("stock-emigrants:PERE");
    // «pero» shares the Spanish stem of «pere»: an acronym has no inflections.
    expect(found("Pero el frío siguió, pero no tanto")).toEqual([]);
    const fr = createMentionMatcher(getCatalogueIndex(), { lang: "fr" });
    expect(fr.findMentions("Le nombre d'OQTF a augmenté").map((m) => m.id)).toContain(
      "flow-removals",
    );
    expect(fr.findMentions("très loin, une oqtf").map((m) => m.id)).toEqual([]);
    for (const p of getCatalogueIndex().phrases.filter((x) => x.acronym === true))
      expect(
        p.stems.every((s) => s === ""),
        p.text,
      ).toBe(true);
  });

  it("name the indicator through Eurostat dataset codes in file names and SDMX dataflows", () => {
    const fromFile = (name: string) =>
      matchIndicators(getCatalogueIndex(), [{ where: "file", text: name }]).map((m) => m.id);
    expect(fromFile("estat_tps00176_en.csv")[0]).toBe("flow-immigration");
    expect(fromFile("migr_resvalid__custom_19375420_linear_2_0.csv")[0]).toBe(
      "stock-permit-holders",
    );
    expect(ids("ESTAT:MIGR_RESFIRST(1.0)")[0]).toBe("flow-residence-permits");
    expect(fromFile("tps00175.csv")).toEqual([]);
    expect(fromFile("estat_migr_eirfs_en.csv")[0]).toBe("flow-refusals-of-entry");
    expect(ids("Source: Eurostat (migr_asydcfsta)")[0]).toBe("flow-asylum-decisions");
  });

  it("match Eurostat codes only letter for letter: one letter off is another dataset", () => {
    const top = (q: string) => searchCatalogue(getCatalogueIndex(), q, { limit: 3 });
    expect(top("tps00176")[0]?.id).toBe("flow-immigration");
    for (const other of ["tps00175", "tps00186", "migr_imm1ctb", "migr_resvalld", "migr_eirfz"]) {
      expect(
        top(other).map((h) => h.matched.text),
        other,
      ).not.toContainEqual(expect.stringMatching(/^(tps|migr_)/));
      expect(ids(other), other).toEqual([]);
    }
    const en = createMentionMatcher(getCatalogueIndex(), { lang: "en" });
    expect(en.findMentions("Eurostat (migr_resfirst)").map((m) => m.id)).toEqual([
      "flow-residence-permits",
    ]);
    expect(en.findMentions("Eurostat (migr_resfirsts), (tps00175)")).toEqual([]);
  });

  it("name the indicator through the phrases national offices publish", () => {
    const top = (q: string) => searchCatalogue(getCatalogueIndex(), q, { limit: 1 })[0]?.id;
    expect(top("лица која су променила пребивалиште")).toBe("flow-internal-migration");
    expect(top("namera za traženje azila")).toBe("flow-asylum-applications");
    expect(top("românii de pretutindeni")).toBe("stock-emigrants");
  });

  it("find the indicator from its official SDG title and glossary terms", () => {
    const top = (q: string) => searchCatalogue(getCatalogueIndex(), q, { limit: 1 })[0]?.id;
    expect(top("Proportion de réfugiés dans la population, par pays d’origine")).toBe(
      "stock-refugees-abroad",
    );
    expect(top("Volumul remitențelor (în dolari SUA) ca proporție din PIB-ul total")).toBe(
      "remit-inflow-gdp",
    );
    expect(top("Стоимость перевода в процентном отношении к переводимой сумме")).toBe("remit-cost");
    expect(top("denegación de entrada")).toBe("flow-refusals-of-entry");
    expect(top("decizie de returnare")).toBe("flow-removals");
    expect(top("solicitud de protección internacional")).toBe("flow-asylum-applications");
    expect(
      top(
        "Число жертв торговли людьми на 100 000 человек в разбивке по полу, возрасту и форме эксплуатации",
      ),
    ).toBe("flow-trafficking-victims");
    expect(top("تكاليف الاستقدام التي يتحملها الموظف كنسبة من الدخل الشهري في بلد المقصد")).toBe(
      "labour-recruitment-cost",
    );
    expect(top("migrant en séjour irrégulier")).toBe("stock-irregular-migrants");
    expect(top("lucrător migrant")).toBe("stock-migrant-workers");
  });

  it("mark as verified, with their publication, the terms of the sources read this time", () => {
    const status = (id: string, lang: string, text: string) =>
      getCatalogue()
        .indicators.find((i) => i.id === id)
        ?.synonyms.find((s) => s.lang === lang && s.text === text);
    const checks: [string, string, string, RegExp][] = [
      ["flow-visas", "ru", "оформлено виз", /2-РД/],
      ["flow-naturalisations", "ru", "приобретение гражданства Российской Федерации", /2-РД/],
      ["flow-immigration", "ar", "الهجرة الوافدة", /ESCWA/],
      ["stock-stateless", "ar", "انعدام الجنسية", /ESCWA/],
      ["stock-stateless", "es", "apátrida", /EMN/],
      ["flow-trafficking-victims", "sr", "жртве трговине људима", /равноправности/],
      [
        "flow-missing-migrants",
        "sr",
        "Broj ljudi koji su umrli ili nestali u procesu migracije prema međunarodnoj destinaciji",
        /CNR/,
      ],
    ];
    for (const [id, lang, text, source] of checks) {
      const term = status(id, lang, text);
      expect(term?.status, text).toBe("verified");
      expect(term?.source, text).toMatch(source);
    }
    // Sources that could not be read again are no longer claimed.
    expect(status("labour-recruitment-cost", "sr", "troškovi zapošljavanja")?.status).toBe(
      "unverified",
    );
    expect(status("flow-net-migration", "ru", "миграционный прирост")?.status).toBe("unverified");
  });
});
