/**
 * Everything the task pane does with the catalogue and core's engine, in one chunk that loads
 * after the first paint (load-engine.ts): the file picker shows without waiting for it.
 */
import { getCatalogue } from "@gapmap/catalog";
import { actionTexts, gapDetailText } from "@gapmap/core";
import { shownName } from "../display-names";
import { STATE_SCHEMA_VERSION } from "../../office/state-schema";
import { mergeWithImports } from "../model/merge-imports";
import { buildProfile } from "../model/needs-edits";
import { choiceFromProfile, savedImports } from "../model/restore-session";
import { acceptedRecords, inventoryOf } from "../model/review";
import { runAssessment } from "../model/run-assessment";
import { scanSheets } from "../model/scan-sheets";
import { trackingWithFacts, withTracking } from "../process/process-facts";
import { confirmationsOf, restoreReviews, tagChangesBetween } from "../model/table-decisions";

export const catalogue = getCatalogue();

export {
  actionTexts,
  acceptedRecords,
  gapDetailText,
  buildProfile,
  choiceFromProfile,
  confirmationsOf,
  inventoryOf,
  mergeWithImports,
  restoreReviews,
  runAssessment,
  savedImports,
  scanSheets,
  shownName,
  STATE_SCHEMA_VERSION,
  tagChangesBetween,
  trackingWithFacts,
  withTracking,
};
