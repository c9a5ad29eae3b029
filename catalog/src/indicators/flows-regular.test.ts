/**
 * Regular-migration flows and climate migration: the headers that real workbooks print
 * (MVD 2-RD, CONAPO return tables, WDI, INS, RZS, INSEE) find the right entry in the whole
 * catalogue, and the issued-permit flows keep stock wording out.
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit, expectUndecided } from "../testing/family-search";
import { environmentIndicators } from "./environment";
import { regularFlowIndicators } from "./flows-regular";

const entries = catalogueEntries([...regularFlowIndicators, ...environmentIndicators]);

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
    expectTopHit(header, expected);
  });

  it("keeps Rosstat's bare «прибывшие» non-decisive between immigration and internal moves", () => {
    expectUndecided("прибывшие", ["flow-immigration", "flow-internal-migration"]);
  });
});
