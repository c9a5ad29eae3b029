/**
 * The action library: concrete steps that close each kind of data gap, keyed by gap type and,
 * where the fix depends on it, by source type or Migration Profile section. Parsed by
 * `actionLibrarySchema` from @gapmap/core; placeholders in braces are filled in per gap.
 */
import type { ActionTemplateInput } from "@gapmap/core";

export const actions: ActionTemplateInput[] = [
  // Data gaps: nothing carries the indicator.
  {
    id: "data-find-or-collect",
    gapType: "data",
    title: "Find or start a source for {indicator}",
    description:
      "Ask {producer} whether {indicator} is compiled but unpublished; if not, agree which source will produce it and add it to the national statistical plan.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "data-mirror-statistics-emigration",
    gapType: "data",
    sections: ["A.4"],
    title: "Use mirror statistics for {indicator}",
    description:
      "Estimate emigration from destination countries' immigration data (Eurostat, OECD International Migration Database, UN DESA) by country of birth and citizenship, and document the method.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "data-lfs-migration-questions",
    gapType: "data",
    sourceTypes: ["lfs", "lfs-module", "household-survey"],
    title: "Add country-of-birth and citizenship questions to the survey",
    description:
      "Add country of birth, citizenship and year of arrival questions to the core questionnaire of the survey run by {producer}, so {indicator} can be tabulated.",
    timeline: "next survey round",
    leadYears: 2,
  },
  {
    id: "data-sharing-agreement-border",
    gapType: "data",
    sourceTypes: ["border-data", "enforcement-data"],
    title: "Sign a data-sharing agreement with the border police",
    description:
      "Sign a data-sharing agreement between the statistics office and {producer} for regular anonymised extracts that yield {indicator}.",
    timeline: "within 12 months",
    leadYears: 1,
  },
  {
    id: "data-central-bank-remittances",
    gapType: "data",
    sourceTypes: ["balance-of-payments", "central-bank"],
    title: "Request the remittance series from the central bank",
    description:
      "Request from {producer} the BPM6 personal remittances series (personal transfers and compensation of employees) behind {indicator}.",
    timeline: "within 6 months",
    leadYears: 0,
  },
  {
    id: "data-census-module",
    gapType: "data",
    sourceTypes: ["census", "census-household-abroad"],
    title: "Include migration questions in the next census",
    description:
      "Include country of birth, citizenship, previous residence abroad and household members abroad in the next census questionnaire so {indicator} can be produced.",
    timeline: "next census",
    leadYears: 5,
  },
  {
    id: "data-asylum-register-extract",
    gapType: "data",
    sourceTypes: ["asylum-register", "residence-permits", "work-permits", "visa-register"],
    title: "Agree a statistical extract of the register",
    description:
      "Agree with {producer} an annual statistical extract of the register that yields {indicator}, with a data dictionary.",
    timeline: "within 12 months",
    leadYears: 1,
  },
  // Disaggregation gaps: required breakdowns missing.
  {
    id: "disaggregation-tabulate",
    gapType: "disaggregation",
    title: "Publish {indicator} by {breakdowns}",
    description:
      "Ask {producer} to tabulate {indicator} by {breakdowns} from the microdata already held, and publish the table.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "disaggregation-register-fields",
    gapType: "disaggregation",
    sourceTypes: [
      "asylum-register",
      "residence-permits",
      "work-permits",
      "border-data",
      "enforcement-data",
    ],
    title: "Add {breakdowns} to the register extract",
    description:
      "Add {breakdowns} fields to the statistical extract that {producer} sends, so {indicator} can be disaggregated as required.",
    timeline: "next extract",
    leadYears: 1,
  },
  {
    id: "disaggregation-survey-questions",
    gapType: "disaggregation",
    sourceTypes: ["lfs", "lfs-module", "household-survey", "survey"],
    title: "Add {breakdowns} questions to the survey",
    description:
      "Add country-of-birth and citizenship questions (and any of {breakdowns} not collected) to the survey of {producer}; pool survey years if samples are small.",
    timeline: "next survey round",
    leadYears: 2,
  },
  {
    id: "disaggregation-remittances-partner",
    gapType: "disaggregation",
    sourceTypes: ["balance-of-payments", "central-bank"],
    title: "Request remittances by partner country",
    description:
      "Request from {producer} the remittance flows by partner country (bilateral estimates) and by channel.",
    timeline: "within 12 months",
    leadYears: 1,
  },
  // Reporting (frequency) gaps.
  {
    id: "reporting-regular-release",
    gapType: "reporting",
    title: "Publish {indicator} {frequency}",
    description:
      "Agree with {producer} a release calendar that publishes {indicator} at least {frequency}.",
    timeline: "next release calendar",
    leadYears: 1,
  },
  {
    id: "reporting-register-based-series",
    gapType: "reporting",
    sourceTypes: ["census", "survey", "dedicated-migration-survey"],
    title: "Complement the survey with a register-based series",
    description:
      "Between survey or census rounds, publish {indicator} {frequency} from administrative registers, benchmarked on the last round.",
    timeline: "within two years",
    leadYears: 2,
  },
  // Timeliness gaps.
  {
    id: "timeliness-update",
    gapType: "timeliness",
    title: "Update {indicator} to recent years",
    description:
      "Ask {producer} to publish the latest available years of {indicator}, even as provisional data.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "timeliness-international-series",
    gapType: "timeliness",
    sourceTypes: ["census"],
    title: "Bridge census years with estimates",
    description:
      "Use population-register or survey estimates, or UN DESA international migrant stock, to update {indicator} between censuses, and flag them as estimates.",
    timeline: "next edition",
    leadYears: 1,
  },
  // Geographic gaps.
  {
    id: "geographic-subnational-tables",
    gapType: "geographic",
    title: "Publish {indicator} at {geography} level",
    description:
      "Ask {producer} to tabulate {indicator} by {geography} units, with suppression rules for small cells.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "geographic-survey-small-area",
    gapType: "geographic",
    sourceTypes: ["lfs", "household-survey", "survey", "dhs-mics"],
    title: "Use small-area estimation for {geography} figures",
    description:
      "Combine survey and census data in small-area estimates of {indicator} at {geography} level, since the survey sample alone is too small.",
    timeline: "within two years",
    leadYears: 2,
  },
  // Definition gaps.
  {
    id: "definition-document-and-bridge",
    gapType: "definition",
    title: "Document the national definition of {indicator}",
    description:
      "Document how the national definition differs from the standard in the metadata, and publish a bridge table or a standard-conforming series beside the national one.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "definition-usual-residence-register",
    gapType: "definition",
    sourceTypes: ["population-register", "internal-migration-register", "residence-permits"],
    title: "Derive a 12-month usual-residence series from the register",
    description:
      "With {producer}, derive from registration dates a series that follows the 12-month usual-residence rule, published beside the registration-based one.",
    timeline: "within two years",
    leadYears: 2,
  },
  {
    id: "definition-foreign-born-tabulation",
    gapType: "definition",
    sourceTypes: ["census", "lfs", "household-survey"],
    title: "Tabulate by country of birth as well as citizenship",
    description:
      "Publish {indicator} for the foreign-born as well as for foreign citizens, so that it can be compared with UN and Eurostat series.",
    timeline: "next edition",
    leadYears: 1,
  },
  // Access gaps.
  {
    id: "access-publish",
    gapType: "access",
    title: "Make {indicator} publicly available",
    description:
      "Agree with {producer} to publish aggregate tables of {indicator} instead of releasing them only on request.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "access-data-sharing-agreement",
    gapType: "access",
    sourceTypes: [
      "border-data",
      "enforcement-data",
      "police-register",
      "asylum-register",
      "residence-permits",
    ],
    title: "Sign a data-sharing agreement with {producer}",
    description:
      "Sign a memorandum of understanding that gives the statistics office regular access to anonymised data for {indicator}, with confidentiality rules.",
    timeline: "within 12 months",
    leadYears: 1,
  },
  // Openness gaps.
  {
    id: "openness-csv-with-metadata",
    gapType: "openness",
    title: "Publish the series as CSV with metadata",
    description:
      "Publish {indicator} as CSV (machine-readable, non-proprietary) with bulk download, a metadata file and an open licence.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "openness-portal-api",
    gapType: "openness",
    sourceTypes: ["census", "lfs", "population-register", "national-accounts"],
    title: "Load the series into the statistics portal",
    description:
      "Load {indicator} into the national statistics dissemination database so users can select and download it (and query it by API).",
    timeline: "within 12 months",
    leadYears: 1,
  },
  // Quality gaps.
  {
    id: "quality-review",
    gapType: "quality",
    title: "Review the quality of {indicator}",
    description:
      "Review the flagged issues of {indicator} with {producer}, publish quality notes and revise provisional figures.",
    timeline: "next edition",
    leadYears: 1,
  },
  {
    id: "quality-register-revision-notes",
    gapType: "quality",
    sourceTypes: [
      "population-register",
      "internal-migration-register",
      "residence-permits",
      "work-permits",
      "asylum-register",
    ],
    title: "Publish quality notes for the register-based series",
    description:
      "With {producer}, publish quality notes for {indicator}: when provisional figures are revised, and each registration-rule change that breaks the series, back-cast where possible.",
    timeline: "next edition",
    leadYears: 1,
  },
  // Financial gaps (entered by hand).
  {
    id: "financial-budget-line",
    gapType: "financial",
    title: "Secure funding for {indicator}",
    description:
      "Cost the data collection for {indicator} and include it in the national statistical plan budget or a partner-funded project.",
    timeline: "next budget cycle",
    leadYears: 1,
  },
  {
    id: "financial-survey-module-partners",
    gapType: "financial",
    sourceTypes: ["lfs-module", "dedicated-migration-survey", "household-survey"],
    title: "Seek partner funding for a migration survey module",
    description:
      "Seek funding from development partners (IOM, ILO, World Bank, EU) for a migration module or dedicated survey producing {indicator}.",
    timeline: "next survey round",
    leadYears: 2,
  },
];
