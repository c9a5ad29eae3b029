import type { SourceType } from "@gapmap/core";
import { economicAndEstimateSourceTypes } from "./source-types/economic-estimates";
import { otherInternationalSourceTypes } from "./source-types/international-other";
import { unSourceTypes } from "./source-types/international-un";
import { policySourceTypes } from "./source-types/policy";
import { migrationRegisterSourceTypes } from "./source-types/registers-migration";
import { populationRegisterSourceTypes } from "./source-types/registers-population";
import { surveySourceTypes } from "./source-types/surveys";

/** Types of data source, with producer, periodicity, strengths and blind spots. */
export const sourceTypes: SourceType[] = [
  ...surveySourceTypes,
  ...populationRegisterSourceTypes,
  ...migrationRegisterSourceTypes,
  ...unSourceTypes,
  ...otherInternationalSourceTypes,
  ...economicAndEstimateSourceTypes,
  ...policySourceTypes,
];
