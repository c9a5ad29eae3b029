/** Step 4: the gap analysis, through core's one matrix model. */
import {
  buildAssessment,
  type Assessment,
  type Catalogue,
  type Inventory,
  type NeedsProfile,
} from "@gapmap/core";
import { ACTION_LIBRARY } from "./action-library";

export function runAssessment(
  catalogue: Catalogue,
  profile: NeedsProfile,
  inventory: Inventory,
): Assessment {
  return buildAssessment(catalogue, profile, inventory, { actions: ACTION_LIBRARY });
}
