/**
 * Turns a saved session back into what the task pane edits: the needs choice behind a saved
 * profile, and the imported records in a saved inventory (own records come back from the scan).
 */
import type { Catalogue, Inventory, MergeInput, NeedsProfile } from "@gapmap/core";
import { EMPTY_CHOICE } from "./empty-choice";
import { buildProfile, type NeedOverride, type NeedsChoice } from "./needs-edits";

/** The owner shown for records that came back from the saved session. */
export const SAVED_IMPORTS_OWNER = "saved session";

export { EMPTY_CHOICE };

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The preset, themes and per-indicator overrides that rebuild `profile`; undefined when it was not
 * made from a preset of this catalogue, or the catalogue changed so that it no longer rebuilds.
 */
export function choiceFromProfile(
  catalogue: Catalogue,
  profile: NeedsProfile,
): NeedsChoice | undefined {
  if (profile.preset === undefined) return undefined;
  const base: NeedsChoice = {
    presetId: profile.preset,
    referenceYear: profile.referenceYear,
    themes: profile.themes,
    overrides: {},
  };
  let baseline: NeedsProfile;
  try {
    baseline = buildProfile(catalogue, base);
  } catch {
    return undefined;
  }
  const defaults = new Map(baseline.indicators.map((need) => [need.indicator, need]));
  const overrides: Record<string, NeedOverride> = {};
  for (const need of profile.indicators) {
    const standard = defaults.get(need.indicator);
    if (standard === undefined) return undefined;
    const override: NeedOverride = {};
    if (!sameList(need.breakdowns, standard.breakdowns)) override.breakdowns = need.breakdowns;
    if (need.priority !== standard.priority) override.priority = need.priority;
    if (need.timeliness.kind === "max-age" && need.timeliness.years !== maxAgeOf(standard))
      override.maxAgeYears = need.timeliness.years;
    if (Object.keys(override).length > 0) overrides[need.indicator] = override;
  }
  const choice = { ...base, overrides };
  const rebuilt = buildProfile(catalogue, choice);
  return JSON.stringify(rebuilt.indicators) === JSON.stringify(profile.indicators)
    ? choice
    : undefined;
}

function maxAgeOf(need: NeedsProfile["indicators"][number]): number | undefined {
  return need.timeliness.kind === "max-age" ? need.timeliness.years : undefined;
}

/** Records in the saved inventory that the scan of `ownFile` does not produce again. */
export function savedImports(inventory: Inventory, ownFile: string): MergeInput | undefined {
  const records = inventory.records.filter(
    (r) => !(r.origin === "scan" && r.location.kind === "workbook" && r.location.file === ownFile),
  );
  if (records.length === 0) return undefined;
  return { owner: SAVED_IMPORTS_OWNER, inventory: { ...inventory, records } };
}
