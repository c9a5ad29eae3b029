/**
 * Protection, enforcement and trafficking flows: the titles and headers printed by Eurostat,
 * UNHCR, swissinfo and the brief find the right entry in the whole catalogue, and the asylum
 * flows are told apart from the asylum stock.
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit, expectUndecided } from "../testing/family-search";
import { enforcementFlowIndicators } from "./flows-enforcement";
import { protectionFlowIndicators } from "./flows-protection";
import { traffickingFlowIndicators } from "./flows-trafficking";

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

const own = catalogueEntries([
  ...protectionFlowIndicators,
  ...enforcementFlowIndicators,
  ...traffickingFlowIndicators,
]);

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

  it.each(REAL_HEADERS)("recognises %s as %s", (header, expected) => {
    expectTopHit(header, expected);
  });

  it("keeps pending asylum-seekers (a stock) apart from applications lodged (a flow)", () => {
    expectTopHit("Asylum-seekers (pending cases)", "stock-asylum-seekers");
    expectTopHit("asylum applications", "flow-asylum-applications");
    expectTopHit("demandes d'asile", "flow-asylum-applications");
  });

  it("leaves the bare person noun non-decisive between the asylum stock and flow", () => {
    expectUndecided("demandeurs d'asile", ["flow-asylum-applications", "stock-asylum-seekers"]);
  });
});
