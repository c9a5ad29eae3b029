import type { IndicatorInput } from "@gapmap/core";
import { romanianImmigrationOfficeTerms } from "./romanian-immigration-office";
import { frenchOfficialTitleTerms } from "./french-official-titles";
import { romanianStatisticsTerms } from "./romanian-statistics-office";
import { serbianOfficialTerms } from "./serbian-official-terms";
import { colombiaMigrationPermitTerms } from "./colombia-migration-permits";
import { mexicoRepatriationTerms } from "./mexico-repatriation";
import { russianCompatriotTerms } from "./russian-compatriots";
import { ukHomeOfficeTerms } from "./uk-home-office";
import { canadaIrccTerms } from "./canada-ircc";
import { spainAsylumOfficeTerms } from "./spain-asylum-office";
import { overseasEmploymentTerms } from "./overseas-employment";
import { russianRemovalTerms } from "./russian-removals";
import { palermoProtocolTerms } from "./palermo-protocols";
import { usBorderEnforcementTerms } from "./us-border-enforcement";
import { nationalsAbroadTerms } from "./nationals-abroad";
import { labourMigrationTerms } from "./labour-migration";
import { internalMigrationTerms } from "./internal-migration";
import { immigrantPopulationTerms } from "./immigrant-population";
import { arabRegionReportTerms } from "./arab-region-reports";
import { asylumPermitDisplacementTerms } from "./asylum-permit-displacement";
import { canadaSdgChartTerms } from "./canada-sdg-charts";
import { emnGlossaryTerms } from "./emn-glossary";
import { eurostatCodeTerms } from "./eurostat-codes";
import { eurostatTocCodeTerms } from "./eurostat-toc-codes";
import { withExtraTerms } from "./extra-terms";
import { frontierWorkerTerms } from "./frontier-workers";
import { iomTerms } from "./iom-terms";
import { internationalMigrantTerms } from "./international-migrants";
import { kazakhstanSdgTitleTerms } from "./kazakhstan-sdg-titles";
import { kyrgyzstanSdgSeriesTerms } from "./kyrgyzstan-sdg-series";
import { labourByCitizenshipTerms } from "./labour-by-citizenship";
import { nationalPublicationTerms } from "./national-publications";
import { nationalShorthandTerms } from "./national-shorthand";
import { russianMvdFormTerms } from "./russian-mvd-form";
import { sdgIndicatorNumberTerms } from "./sdg-indicator-numbers";
import { sdgSeriesCodeTerms } from "./sdg-series-codes";
import { sdgTargetPhraseTerms } from "./sdg-target-phrases";
import { sdgTitleTerms } from "./sdg-titles";
import { spainResidentialVariationTerms } from "./spain-residential-variations";
import { serbianSdgSeriesTerms } from "./serbian-sdg-series";
import { serbianSdgTitleTerms } from "./serbian-sdg-titles";
import { worldBankCodeTerms } from "./world-bank-codes";
import { wppMigrationCodeTerms } from "./wpp-migration-codes";
import { officialFiguresInNewsTerms } from "./official-figures-in-news";

/** Topic files of extra terms, applied in this order (a later file may supersede an earlier). */
export const EXTRA_TERM_FILES = [
  sdgTitleTerms,
  emnGlossaryTerms,
  eurostatCodeTerms,
  nationalPublicationTerms,
  nationalShorthandTerms,
  frontierWorkerTerms,
  russianMvdFormTerms,
  arabRegionReportTerms,
  internationalMigrantTerms,
  asylumPermitDisplacementTerms,
  labourByCitizenshipTerms,
  serbianSdgTitleTerms,
  sdgTargetPhraseTerms,
  sdgSeriesCodeTerms,
  eurostatTocCodeTerms,
  serbianSdgSeriesTerms,
  kazakhstanSdgTitleTerms,
  kyrgyzstanSdgSeriesTerms,
  canadaSdgChartTerms,
  spainResidentialVariationTerms,
  iomTerms,
  worldBankCodeTerms,
  internalMigrationTerms,
  labourMigrationTerms,
  usBorderEnforcementTerms,
  immigrantPopulationTerms,
  nationalsAbroadTerms,
  palermoProtocolTerms,
  russianRemovalTerms,
  overseasEmploymentTerms,
  romanianImmigrationOfficeTerms,
  frenchOfficialTitleTerms,
  romanianStatisticsTerms,
  serbianOfficialTerms,
  colombiaMigrationPermitTerms,
  mexicoRepatriationTerms,
  russianCompatriotTerms,
  ukHomeOfficeTerms,
  canadaIrccTerms,
  spainAsylumOfficeTerms,
  wppMigrationCodeTerms,
  officialFiguresInNewsTerms,
];

/**
 * The authored indicators with every topic file of extra terms added, and the migration SDG
 * indicators' numbers as codes (derived from their own `sdg` field).
 */
export const withAllExtraTerms = (indicators: readonly IndicatorInput[]): IndicatorInput[] =>
  withExtraTerms(indicators, ...EXTRA_TERM_FILES, sdgIndicatorNumberTerms(indicators));
