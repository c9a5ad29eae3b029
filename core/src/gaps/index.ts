/** Public surface of the gap analysis: gap types, checks, scoring, action library and planning. */
export * from "./gap-schema";
export { analyseIndicator, type IndicatorAnalysis } from "./analyse-indicator";
export {
  checkDisaggregation,
  checkReporting,
  checkTimeliness,
  checkGeographic,
  PARTLY_TIMELY_GRACE_YEARS,
} from "./coverage-checks";
export { checkDefinition, compareDefinition } from "./definition-check";
export { standardLabel } from "./definition-labels";
export {
  checkAccess,
  checkOpenness,
  opennessShare,
  FULL_DOWNLOAD_OPTIONS,
} from "./openness-checks";
export { checkQuality } from "./quality-check";
export { findConflicts, type RecordConflict } from "./find-conflicts";
export {
  DEFAULT_ELEMENT_WEIGHTS,
  DEFAULT_PRIORITY_WEIGHTS,
  DEFAULT_SCORE_WEIGHTS,
  scoreWeightsSchema,
  indicatorScore,
  type ScoreWeights,
} from "./scoring";
export { aggregateScores, type GroupScore, type AggregateScores } from "./aggregate-scores";
export * from "./action-schema";
export {
  planAction,
  chooseTemplate,
  actionPriority,
  fillTemplate,
  UNKNOWN_AGENCY,
  REQUIRED_BREAKDOWNS,
} from "./plan-actions";
export {
  gapMessageSchema,
  definitionDeviationSchema,
  OPENNESS_ELEMENTS,
  type GapMessage,
  type GapMessageId,
  type DefinitionDeviation,
} from "./gap-message";
export {
  gapDetailText,
  variantKey,
  GAP_DETAIL_LANGUAGES,
  type GapDetailLanguage,
} from "./gap-detail-text";
