import type { ExtraTerms } from "./extra-terms";

/*
 * The row labels of the US immigration yearbooks' enforcement tables. The INS and then DHS count
 * apprehensions between ports of entry as "deportable aliens located" by the Border Patrol, with
 * the smugglers it located and the smuggled aliens beside them; DHS's enforcement reports count
 * repatriations as "removals" (compulsory, under an order) and "returns". Refugees admitted
 * from abroad under the resettlement programme are "refugee arrivals" (Yearbook Table 13) or
 * "refugee admissions": a flow of resettlement, not a stock of refugees.
 */

const STAT_ABSTRACT_521 =
  "US Census Bureau, Statistical Abstract, Table 521 'Border Patrol Enforcement Activities: 2000 to 2004' (source: DHS Office of Immigration Statistics, Yearbook of Immigration Statistics 2004): 'Deportable aliens located by the Border Patrol', 'Smugglers of aliens located', 'Aliens located who were smuggled into the United States' (studylib.net/doc/13989664)";
const DHS_ENFORCEMENT_2017 =
  "DHS Office of Immigration Statistics, Annual Report 'Immigration Enforcement Actions: 2017' (March 2019): 'apprehensions by U.S. Border Patrol (USBP) agents', 'repatriations (removals and returns)'";

const DHS_REFUGEE_ARRIVALS =
  "DHS Office of Immigration Statistics, Yearbook of Immigration Statistics 2014, Table 13 'Refugee arrivals' (p. 19, as quoted by lawprofessors.typepad.com, 8 August 2016); Annual Flow Report 'Refugees and Asylees: 2006', Figure 1 'Refugee Admissions to the United States: 1990 to 2006' (docslib.org/doc/6856870)";

export const usBorderEnforcementTerms: ExtraTerms = {
  "flow-irregular-entries": {
    en: [
      { text: "deportable aliens located", verified: true, source: STAT_ABSTRACT_521 },
      { text: "apprehensions", verified: true, source: DHS_ENFORCEMENT_2017 },
    ],
  },
  "flow-smuggling": {
    en: [
      { text: "smugglers of aliens located", verified: true, source: STAT_ABSTRACT_521 },
      { text: "aliens located who were smuggled", verified: true, source: STAT_ABSTRACT_521 },
    ],
  },
  "flow-resettlement": {
    en: [
      { text: "refugee arrivals", verified: true, source: DHS_REFUGEE_ARRIVALS },
      { text: "refugee admissions", verified: true, source: DHS_REFUGEE_ARRIVALS },
    ],
  },
  "flow-removals": {
    en: [{ text: "removals", verified: true, source: DHS_ENFORCEMENT_2017 }],
  },
};
