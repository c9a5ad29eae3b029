/**
 * Governance entries (C.1–C.4): the ten core IDs, and names of laws, processes and assessments
 * find the right entry in the whole catalogue (readmission agreements, not readmissions).
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit, expectUndecided } from "../testing/family-search";
import { governanceIndicators } from "./governance";
import { governanceCooperationIndicators } from "./governance-cooperation";
import { governanceFrameworkIndicators } from "./governance-frameworks";

const GOV_PREFIX = "gov-";
const CORE_GOV_COUNT = 10;

const own = catalogueEntries([
  ...governanceIndicators,
  ...governanceFrameworkIndicators,
  ...governanceCooperationIndicators,
]);

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

  it.each(QUERIES)("finds %s → %s first", (query, expected) => {
    expectTopHit(query, expected);
  });

  it("keeps the bare words «migration policy» non-decisive", () => {
    expectUndecided("migration policy", ["gov-migration-policy", "gov-national-strategy"]);
  });
});
