import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Canada says "asylum claimants" and "refugee claimants" where the catalogue had "asylum
 * seekers". IRCC's Facts and Figures count both the year's intake of claimants (the flow of
 * claims) and the claimants present at 31 December (the stock), so, like "asylum seekers",
 * the words are ambiguous between the two and the table's period cues decide.
 */

const IRCC_FF_2016 =
  "IRCC, «Facts and Figures 2016: Immigration Overview - Temporary Residents – Annual IRCC Updates» (Open Government Portal dataset 6609320b-ac9e-4737-8e9c-304e6e843c17, as catalogued at data.urbandatacentre.ca): «the annual intake of permit holders and refugee claimants … the total count of permit holders and asylum claimants … as at December 31st of each year»";

const claimants = (text: string): TermInput => ({
  text,
  verified: true,
  source: IRCC_FF_2016,
  ambiguous: true,
});

/*
 * IRCC counts immigration as admissions of permanent residents: "permanent residents" is the
 * status granted, "admissions" the event, so the count is the year's immigration, not the
 * residents present or the permits they once held.
 */
const IRCC_PR_ADMISSIONS =
  "IRCC, «2019 Annual Report to Parliament on Immigration» (canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/annual-report-parliament-immigration-2019.html): «In 2018, Canada welcomed the highest number of permanent residents since 1913 with over 321,000 admissions»; Open Government Portal dataset ad975a26-df23-456a-8ada-756191a23695, «Admissions of Permanent Residents by Province/Territory and Census Metropolitan Area (CMA) of Intended Destination and Country of Citizenship»";

export const canadaIrccTerms: ExtraTerms = {
  "flow-immigration": {
    en: [{ text: "admissions of permanent residents", verified: true, source: IRCC_PR_ADMISSIONS }],
  },
  "flow-asylum-applications": {
    en: [claimants("asylum claimants"), claimants("refugee claimants")],
  },
  "stock-asylum-seekers": {
    en: [claimants("asylum claimants"), claimants("refugee claimants")],
  },
};
