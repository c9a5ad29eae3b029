/** Public surface of needs profiles (data demand). */
export * from "./needs-profile";
export {
  profileFromPreset,
  profileFromIndicators,
  DEFAULT_MAX_AGE_YEARS,
  UnknownCatalogueEntryError,
  type ProfileOptions,
} from "./profile-from-preset";
export { profileToJson, profileFromJson } from "./profile-json";
