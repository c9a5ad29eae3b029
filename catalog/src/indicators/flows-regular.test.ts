/**
 * Regular-migration flows and climate migration: the entries parse, and the headers that real
 * workbooks print (MVD 2-RD, CONAPO return tables, WDI, INS, RZS, INSEE) find the right entry.
 * The index is built from these entries alone, so the checks do not wait for the rest of the
 * catalogue to become valid.
 */
import { describe, expect, it } from "vitest";
import {
  buildTermIndex,
  indicatorSchema,
  LANGUAGES,
  normalizeText,
  searchCatalogue,
  type Indicator,
} from "@gapmap/core";
import { environmentIndicators } from "./environment";
import { regularFlowIndicators } from "./flows-regular";

const MIN_SYNONYMS = 20;

const entries: Indicator[] = [...regularFlowIndicators, ...environmentIndicators].map((raw) =>
  indicatorSchema.parse(raw),
);
const index = buildTermIndex(entries);
const topIds = (query: string, limit: number) =>
  searchCatalogue(query, { index, limit }).map((h) => h.id);

/** Header text as printed in the real fixtures or named in the brief → expected entry. */
const REAL_HEADERS: [header: string, expected: string][] = [
  ["Принято решений о выдаче РВП", "flow-residence-permits"],
  ["Принято решений о выдаче ВнЖ", "flow-residence-permits"],
  ["Выдано видов на жительство", "flow-residence-permits"],
  ["Оформлено виз", "flow-visas"],
  ["ПРИОБРЕТЕНИЕ ГРАЖДАНСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ", "flow-naturalisations"],
  ["Выдано разрешений на работу", "flow-work-permits"],
  ["Миграционный прирост", "flow-net-migration"],
  ["Net migration", "flow-net-migration"],
  ["Tablax. Migración de retorno para el estado de Aguscalientes, 2020.", "flow-return"],
  ["Migrantes de retorno", "flow-return"],
  ["Inmigrantes.Retorno", "flow-return"],
  ["Pob. que cambió de residencia hace 5 años", "flow-internal-migration"],
  ["Emigranți definitivi", "flow-emigration"],
  ["Imigranți temporari", "flow-immigration"],
  ["Unutrašnje migracije", "flow-internal-migration"],
  ["Titres de séjour délivrés", "flow-residence-permits"],
  ["Regroupement familial", "flow-family-reunification"],
  ["AVRR", "flow-assisted-return"],
  ["Outbound internationally mobile students", "flow-outbound-students"],
  ["Migraciones climáticas", "env-climate-migration"],
];

describe("regular-migration flow entries", () => {
  it("carry at least 20 synonyms each, in all seven languages", () => {
    for (const ind of entries) {
      expect(ind.synonyms.length, ind.id).toBeGreaterThanOrEqual(MIN_SYNONYMS);
      const langs = new Set(ind.synonyms.map((s) => s.lang));
      expect(
        LANGUAGES.filter((l) => !langs.has(l)),
        ind.id,
      ).toEqual([]);
    }
  });

  it("share a term between two of them only when both flag it ambiguous", () => {
    const claims = new Map<string, { id: string; ambiguous: boolean }[]>();
    for (const ind of entries) {
      for (const s of ind.synonyms) {
        const key = normalizeText(s.text);
        claims.set(key, [...(claims.get(key) ?? []), { id: ind.id, ambiguous: s.ambiguous }]);
      }
    }
    const unflagged = [...claims]
      .filter(([, list]) => new Set(list.map((c) => c.id)).size > 1)
      .filter(([, list]) => list.some((c) => !c.ambiguous))
      .map(([term]) => term);
    expect(unflagged).toEqual([]);
  });

  it("keep stock wording (valid permits, holders) out of the issued-permit flows", () => {
    // \b is ASCII-only in JS, so word edges are spelled out for Cyrillic.
    const stockWords =
      /(?<!\p{L})(valid|holders?|valables?|vigentes?|проживает|действующ\p{L}*)(?!\p{L})/iu;
    const permitFlows = entries.filter((i) => i.id.endsWith("-permits"));
    expect(permitFlows.length).toBeGreaterThan(0);
    for (const ind of permitFlows) {
      expect(ind.synonyms.filter((s) => stockWords.test(s.text)).map((s) => s.text)).toEqual([]);
    }
  });

  it.each(REAL_HEADERS)("recognises the header %s as %s", (header, expected) => {
    expect(topIds(header, 1)).toEqual([expected]);
  });

  it("keeps Rosstat's bare «прибывшие» non-decisive between immigration and internal moves", () => {
    const hits = searchCatalogue("прибывшие", { index, limit: 2 });
    expect(hits.map((h) => h.id).sort()).toEqual(["flow-immigration", "flow-internal-migration"]);
    expect(hits.every((h) => h.score < 1)).toBe(true);
  });
});
