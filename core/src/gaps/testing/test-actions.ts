/** A small action library for tests: one generic action per gap type plus specific ones. */
import { GAP_TYPES } from "../gap-schema";
import type { ActionTemplateInput } from "../action-schema";

export const testActions: ActionTemplateInput[] = [
  ...GAP_TYPES.map((type) => ({
    id: `generic-${type}`,
    gapType: type,
    title: `Fix ${type} for {indicator}`,
    description: `Ask {producer} to fix the ${type} gap of {indicator}.`,
    timeline: "next edition",
    leadYears: 1,
  })),
  {
    id: "register-breakdowns",
    gapType: "disaggregation",
    sourceTypes: ["population-register"],
    title: "Add {breakdowns} to the register extract",
    description: "Add {breakdowns} to the extract sent by {producer}.",
    timeline: "next extract",
    leadYears: 2,
  },
  {
    id: "mirror-emigration",
    gapType: "data",
    sections: ["A.4"],
    title: "Use mirror statistics for {indicator}",
    description: "Use destination countries' immigration data.",
    timeline: "next edition",
    leadYears: 1,
  },
];
