/** Data-request packs: plan them from an assessment, write them, read them back. */
export * from "./request-pack-schema";
export {
  planRequestPacks,
  agencySlug,
  REQUESTED_YEAR_COUNT,
  type RequestPackOptions,
} from "./plan-request-packs";
export {
  parseAgencyMap,
  agencyMapToCsv,
  agencyMapEntrySchema,
  AgencyMapError,
  AGENCY_MAP_COLUMNS,
  type AgencyMapEntry,
  type AgencyMapProblem,
} from "./agency-map";
export { defaultRequestAgency } from "./agency-rules";
export { currentAgencyMap } from "./resolve-agencies";
export { requestPackToXlsx, requestPackFileName, RETURN_DATE_CELL } from "./request-pack-xlsx";
export { packLabels } from "./pack-labels";
export { readReturnedPack, readRequestKey } from "./read-returned-pack";
export { recordsFromPack, checkPackProfile, packRecordId } from "./pack-records";
export { RequestPackError, type RequestPackErrorKind } from "./request-pack-error";
export { looksLikeRequestPack, scanReturnedPack, type PackScanOutcome } from "./scan-returned-pack";
