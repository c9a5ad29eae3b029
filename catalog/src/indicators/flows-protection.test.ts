/**
 * Protection, enforcement and trafficking flows: the entries parse, carry words in all seven
 * languages, and the titles and headers printed by Eurostat, UNHCR, swissinfo and the brief find
 * the right entry. The index is built from these entries plus the asylum stocks they must be
 * told apart from, so the checks do not wait for the rest of the catalogue.
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
import { protectionFlowIndicators } from "./flows-protection";
import { traffickingFlowIndicators } from "./flows-trafficking";
import { stockProtectionIndicators } from "./stocks-protection";

const MIN_SYNONYMS = 20;
const OWN_IDS = [
  "flow-asylum-applications",
  "flow-asylum-decisions",
  "flow-resettlement",
  "flow-border-crossings",
  "flow-irregular-entries",
  "flow-refusals-of-entry",
  "flow-removals",
  "flow-readmissions",
  "flow-trafficking-victims",
  "flow-smuggling",
  "flow-missing-migrants",
  "flow-disaster-displacement",
];

const own: Indicator[] = [
  ...protectionFlowIndicators,
  ...enforcementFlowIndicators,
  ...traffickingFlowIndicators,
].map((raw) => indicatorSchema.parse(raw));
const neighbours: Indicator[] = stockProtectionIndicators.map((raw) => indicatorSchema.parse(raw));
const index = buildTermIndex([...own, ...neighbours]);
const topIds = (query: string, limit: number) =>
  searchCatalogue(query, { index, limit }).map((h) => h.id);

/** Titles and headers as printed in the real fixtures or named in the brief → expected entry. */
const REAL_HEADERS: [header: string, expected: string][] = [
  [
    "Asylum applicants by type of applicant, citizenship, age and sex - monthly data (rounded) [MIGR_ASYAPPCTZM__custom_2054915]",
    "flow-asylum-applications",
  ],
  ["ASYL_APP (Labels)", "flow-asylum-applications"],
  ["First time applicant", "flow-asylum-applications"],
  ["Décisions positives des demandes d'asile par pays d'origine", "flow-asylum-decisions"],
  ["Solicitudes de asilo: decisión positiva por país de origen", "flow-asylum-decisions"],
  ["First instance decisions on applications by citizenship, age and sex", "flow-asylum-decisions"],
  ["Total recognition rate", "flow-asylum-decisions"],
  ["recognition rate asylum", "flow-asylum-decisions"],
  ["Resettlement arrivals of refugees, 2015", "flow-resettlement"],
  ["Resettlement departures of refugees from first asylum countries, 2015", "flow-resettlement"],
  ["Detections of illegal border-crossings", "flow-irregular-entries"],
  ["Third country nationals refused entry at the external borders", "flow-refusals-of-entry"],
  ["Third country nationals ordered to leave", "flow-removals"],
  ["Third country nationals returned following an order to leave", "flow-removals"],
  ["Пересечение границы", "flow-border-crossings"],
  ["Реадмиссия", "flow-readmissions"],
  ["Dead and missing migrants", "flow-missing-migrants"],
  ["Trata de personas", "flow-trafficking-victims"],
  ["Trafic de migranți", "flow-smuggling"],
  ["Trafic de persoane", "flow-trafficking-victims"],
];

describe("protection and enforcement flow entries", () => {
  it("cover exactly the assigned core IDs", () => {
    expect(own.map((i) => i.id).sort()).toEqual([...OWN_IDS].sort());
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

  it("share a term with each other or with the asylum stocks only when both flag it ambiguous", () => {
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

  it("mark as verified only terms that name their source", () => {
    for (const ind of own) {
      for (const s of ind.synonyms.filter((t) => t.status === "verified")) {
        expect(s.source, `${ind.id}: ${s.text}`).toBeTruthy();
      }
    }
  });

  it.each(REAL_HEADERS)("recognises %s as %s", (header, expected) => {
    expect(topIds(header, 1)).toEqual([expected]);
  });

  it("keeps pending asylum-seekers (a stock) apart from applications lodged (a flow)", () => {
    expect(topIds("Asylum-seekers (pending cases)", 1)).toEqual(["stock-asylum-seekers"]);
    expect(topIds("asylum applications", 1)).toEqual(["flow-asylum-applications"]);
    expect(topIds("demandes d'asile", 1)).toEqual(["flow-asylum-applications"]);
  });

  it("leaves the bare person noun non-decisive between the asylum stock and flow", () => {
    const hits = searchCatalogue("demandeurs d'asile", { index, limit: 2 });
    expect(hits.map((h) => h.id).sort()).toEqual([
      "flow-asylum-applications",
      "stock-asylum-seekers",
    ]);
    expect(hits.every((h) => h.score < 1)).toBe(true);
  });
});
