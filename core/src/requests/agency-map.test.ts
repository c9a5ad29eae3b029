import { describe, expect, it } from "vitest";
import type { Catalogue } from "../catalogue/schema";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { testActions } from "../gaps/testing/test-actions";
import { buildAssessment } from "../matrix/build-assessment";
import { smallAssessment, smallInventory, smallProfile } from "../matrix/testing/small-assessment";
import { recordRequests } from "../tracking/record-requests";
import { AgencyMapError, agencyMapToCsv, parseAgencyMap, type AgencyMapEntry } from "./agency-map";
import { planRequestPacks } from "./plan-request-packs";
import { requestPackToXlsx } from "./request-pack-xlsx";
import { currentAgencyMap } from "./resolve-agencies";
import { loadWorkbook } from "./testing/fill-pack";

const assessment = smallAssessment();
const plan = (catalogue: Catalogue, agencies?: readonly AgencyMapEntry[], assessed = assessment) =>
  planRequestPacks(catalogue, assessed, {
    requestedOn: "2025-07-01",
    ...(agencies === undefined ? {} : { agencies }),
  });
const agencyOf = (packs: ReturnType<typeof plan>, indicator: string) =>
  packs.find((p) => p.items.some((i) => i.indicator === indicator))?.agency;

/** The small catalogue with an international database as emigration's first source. */
const withInternational: Catalogue = {
  ...smallCatalogue,
  sourceTypes: [
    ...smallCatalogue.sourceTypes,
    {
      id: "un-database",
      name: "UN migrant stock database",
      category: "international",
      producer: "UN DESA Population Division",
      requestAgency: "National statistics office",
      periodicity: "every 5 years",
      measures: ["stock", "flow"],
      strengths: ["comparable"],
      blindSpots: ["modelled"],
      typicalDimensions: ["sex"],
    },
  ],
  indicators: smallCatalogue.indicators.map((i) =>
    i.id === "emigration-flow" ? { ...i, sourceTypes: ["un-database", ...i.sourceTypes] } : i,
  ),
};

function problemsOf(text: string): string[] {
  try {
    parseAgencyMap(smallCatalogue, text);
  } catch (error) {
    if (error instanceof AgencyMapError)
      return error.problems.map((p) => `${String(p.row ?? "-")}: ${p.message}`);
    throw error;
  }
  throw new Error("the map was accepted");
}

describe("default agencies", () => {
  it("sends an international source's indicator to the national agency the catalogue names", () => {
    const assessed = buildAssessment(withInternational, smallProfile, smallInventory, {
      actions: testActions,
      date: "2025-06-30",
    });
    const packs = plan(withInternational, undefined, assessed);
    expect(agencyOf(packs, "emigration-flow")).toBe("National statistics office");
    const agencies = packs.map((p) => p.agency);
    expect(agencies).not.toContain("UN DESA Population Division");
  });

  it("gives one pack per national agency, not one per producer spelling in the inventory", () => {
    // The inventory names the immigration record's producer in its own words; the register's
    // national agency still receives both register indicators in one pack.
    expect(
      assessment.rows.find((r) => r.indicator === "immigration-flow")?.actions[0],
    ).toMatchObject({ responsibleAgency: "Migration Service, Statistics Unit" });
    const packs = plan(smallCatalogue);
    expect(agencyOf(packs, "immigration-flow")).toBe("Ministry of Interior");
    expect(agencyOf(packs, "emigration-flow")).toBe("Ministry of Interior");
    expect(new Set(packs.map((p) => p.agency)).size).toBe(packs.length);
  });
});

describe("the agency map", () => {
  it("overrides the listed indicators, keeps the others' defaults, and addresses the contact", async () => {
    const agencies = parseAgencyMap(
      smallCatalogue,
      "indicator;name;agency;contact\r\nemigration-flow;Emigrants;Bureau for Migration;Ana Pop\r\n\r\n",
    );
    const packs = plan(smallCatalogue, agencies);
    const bureau = packs.find((p) => p.agency === "Bureau for Migration");
    expect(bureau?.items.map((i) => i.indicator)).toEqual(["emigration-flow"]);
    expect(bureau?.agencyContact).toBe("Ana Pop");
    expect(agencyOf(packs, "immigration-flow")).toBe("Ministry of Interior");
    if (bureau === undefined) throw new Error("no pack for the mapped agency");
    const cover = (
      await loadWorkbook((await requestPackToXlsx(smallCatalogue, bureau)).bytes)
    ).getWorksheet("Request");
    expect(cover?.getCell("B4").value).toBe("Bureau for Migration — Ana Pop");
    // The focal agency in tracking is the mapped one.
    const tracking = recordRequests(undefined, packs);
    const status = tracking.requests.find((r) => r.indicator === "emigration-flow");
    expect(status?.focalAgency).toBe("Bureau for Migration");
  });

  it("merges agency names that differ only in case, showing the TWG's spelling", () => {
    const agencies = parseAgencyMap(
      smallCatalogue,
      "indicator,agency\nemigration-flow,MINISTRY OF  INTERIOR\n",
    );
    const packs = plan(smallCatalogue, agencies);
    const interior = packs.filter((p) => p.agency.toLowerCase().includes("interior"));
    expect(interior.map((p) => p.agency)).toEqual(["MINISTRY OF  INTERIOR"]);
    expect(interior[0]?.items.map((i) => i.indicator).sort()).toEqual([
      "emigration-flow",
      "immigration-flow",
    ]);
  });

  it("is written out as the map in force and read back to the same packs", () => {
    const given = parseAgencyMap(
      smallCatalogue,
      "indicator,agency,contact\nremittances-received,National Bank,desk@nbm.md\n",
    );
    const current = currentAgencyMap(smallCatalogue, assessment, given);
    // Every numeric indicator of the profile is listed, the policy one is not.
    expect(current.map((e) => e.indicator).sort()).toEqual([
      "emigration-flow",
      "immigration-flow",
      "remittances-received",
    ]);
    expect(current.find((e) => e.indicator === "remittances-received")).toMatchObject({
      agency: "National Bank",
      contact: "desk@nbm.md",
      name: "Personal remittances received",
    });
    const reread = parseAgencyMap(smallCatalogue, agencyMapToCsv(current));
    expect(plan(smallCatalogue, reread)).toEqual(plan(smallCatalogue, given));
  });

  it("names every bad row and uses nothing of a bad map", () => {
    expect(
      problemsOf(
        [
          "indicator,agency,contact",
          "emigration-flows,Bureau,",
          "immigration-flow,,",
          ",Bureau,",
          "Not An ID!,Bureau,",
          "remittances-received,Bank,a@b",
          "remittances-received,Bank,",
          "emigration-flow,bank,c@d",
        ].join("\n"),
      ),
    ).toEqual([
      '2: unknown indicator ID "emigration-flows" (not in the catalogue)',
      "3: the agency is empty",
      "4: the indicator ID is empty",
      '5: "Not An ID!" is not an indicator ID',
      "7: remittances-received is already mapped on row 6",
      '8: bank has the contact "c@d" here but "a@b" on row 6; give one contact per agency',
    ]);
  });

  it("explains a file that is not a map", () => {
    expect(problemsOf('indicator,agency\n"flow,x\n')).toEqual([
      "2: not valid CSV: quoted field never closed",
    ]);
    expect(problemsOf("id;producer\nemigration-flow;Bureau\n")[0]).toMatch(
      /^-: the first row must name the columns "indicator" and "agency".*"agency" not found in: "id", "producer"$/,
    );
    expect(problemsOf("indicator,agency\n\n")).toEqual(["-: the map lists no indicator"]);
    expect(problemsOf("")[0]).toMatch(/not found in: \(empty\)$/);
  });
});
