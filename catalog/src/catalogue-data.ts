/**
 * The catalogue's authored data. It is read by `getCatalogue()` (bundled/bundled-catalogue.ts)
 * and validated in full by core's schemas in this package's tests.
 */
import type { CatalogueInput } from "@gapmap/core";
import { actions } from "./actions";
import { concepts } from "./concepts/index";
import { contextIndicators } from "./indicators/context";
import { demographyIndicators } from "./indicators/demography";
import { environmentIndicators } from "./indicators/environment";
import { enforcementFlowIndicators } from "./indicators/flows-enforcement";
import { protectionFlowIndicators } from "./indicators/flows-protection";
import { traffickingFlowIndicators } from "./indicators/flows-trafficking";
import { regularFlowIndicators } from "./indicators/flows-regular";
import { governanceIndicators } from "./indicators/governance";
import { governanceCooperationIndicators } from "./indicators/governance-cooperation";
import { governanceFrameworkIndicators } from "./indicators/governance-frameworks";
import { labourIndicators } from "./indicators/labour";
import { remittanceIndicators } from "./indicators/remittances";
import { sdgDisaggregationIndicators } from "./indicators/sdg-disaggregation";
import { socialIndicators } from "./indicators/social";
import { stockIndicators } from "./indicators/stocks";
import { stockProtectionIndicators } from "./indicators/stocks-protection";
import { stockTemporaryIndicators } from "./indicators/stocks-temporary";
import { withTableShorthand } from "./indicators/table-shorthand";
import { buildDisplayNames } from "./display-names/index";
import { policyThemes } from "./policy-themes";
import { presets } from "./presets";
import { sourceTypes } from "./source-types";
import { standards } from "./standards";
import { withAllExtraTerms } from "./terms/index";

export const CATALOGUE_VERSION = "1.0.0";

const indicators: CatalogueInput["indicators"] = withTableShorthand(
  withAllExtraTerms([
    ...stockIndicators,
    ...stockProtectionIndicators,
    ...stockTemporaryIndicators,
    ...regularFlowIndicators,
    ...protectionFlowIndicators,
    ...enforcementFlowIndicators,
    ...traffickingFlowIndicators,
    ...demographyIndicators,
    ...labourIndicators,
    ...remittanceIndicators,
    ...socialIndicators,
    ...environmentIndicators,
    ...governanceIndicators,
    ...governanceFrameworkIndicators,
    ...governanceCooperationIndicators,
    ...contextIndicators,
    ...sdgDisaggregationIndicators,
  ]),
);

export const catalogueData: CatalogueInput = {
  version: CATALOGUE_VERSION,
  indicators,
  concepts,
  standards,
  sourceTypes,
  policyThemes,
  presets,
  displayNames: buildDisplayNames({ indicators, themes: policyThemes, presets, concepts, actions }),
};
