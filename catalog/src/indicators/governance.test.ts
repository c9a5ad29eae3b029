/**
 * Governance entries (C.1–C.4): the ten core IDs parse, carry words in all seven languages, and
 * names of laws, processes and assessments find the right entry. The index is built from these
 * entries and flow-readmissions, whose words sit next to "readmission agreements".
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
import { enforcementFlowIndicators } from "./flows-enforcement";
import { governanceIndicators } from "./governance";
import { governanceCooperationIndicators } from "./governance-cooperation";
import { governanceFrameworkIndicators } from "./governance-frameworks";

const MIN_SYNONYMS = 20;
const GOV_PREFIX = "gov-";
const CORE_GOV_COUNT = 10;

const own: Indicator[] = [
  ...governanceIndicators,
  ...governanceFrameworkIndicators,
  ...governanceCooperationIndicators,
].map((raw) => indicatorSchema.parse(raw));
const neighbours: Indicator[] = enforcementFlowIndicators.map((raw) => indicatorSchema.parse(raw));
const index = buildTermIndex([...own, ...neighbours]);
const topIds = (query: string, limit: number) =>
  searchCatalogue(query, { index, limit }).map((h) => h.id);

const QUERIES: [query: string, expected: string][] = [
  ["SDG 10.7.2 well-managed migration policies", "gov-migration-policy"],
  ["Стратегия национальной миграционной политики", "gov-national-strategy"],
  ["Strategia națională în domeniul migrației și azilului", "gov-national-strategy"],
  ["Migration Governance Indicators", "gov-mgi"],
  ["Indicadores de Gobernanza de la Migración", "gov-mgi"],
  ["Zakon o strancima", "gov-legislation"],
  ["Convention de 1951 relative au statut des réfugiés", "gov-ratifications"],
  ["Komesarijat za izbjeglice i migracije", "gov-institutions"],
  ["échange de données sur les migrations", "gov-data-sharing"],
  ["readmission agreements", "gov-bilateral-agreements"],
  ["Прага Будапештский процесс", "gov-regional-cooperation"],
  ["politique envers la diaspora", "gov-diaspora-policy"],
];

describe("governance entries", () => {
  it("cover the ten gov-* core IDs", () => {
    const ids = own.map((i) => i.id);
    expect(ids.every((id) => id.startsWith(GOV_PREFIX))).toBe(true);
    expect(new Set(ids).size).toBe(CORE_GOV_COUNT);
  });

  it("carry at least 20 synonyms each, in all seven languages", () => {
    for (const ind of own) {
      expect(ind.synonyms.length, ind.id).toBeGreaterThanOrEqual(MIN_SYNONYMS);
      const langs = new Set(ind.synonyms.map((s) => s.lang));
      expect(
        LANGUAGES.filter((l) => !langs.has(l)),
        ind.id,
      ).toEqual([]);
    }
  });

  it("share a term between two entries only when both flag it ambiguous", () => {
    const claims = new Map<string, { id: string; ambiguous: boolean }[]>();
    for (const ind of [...own, ...neighbours]) {
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

  it.each(QUERIES)("finds %s → %s first", (query, expected) => {
    expect(topIds(query, 1)).toEqual([expected]);
  });

  it("keeps the bare words «migration policy» non-decisive", () => {
    const hits = searchCatalogue("migration policy", { index, limit: 2 });
    expect(hits.map((h) => h.id).sort()).toEqual(["gov-migration-policy", "gov-national-strategy"]);
    expect(hits.every((h) => h.score < 1)).toBe(true);
  });
});
