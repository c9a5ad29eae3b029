/**
 * Schemas of the action library (templates keyed by gap type, source type and section) and of
 * the actions planned for a TWG. The library itself is catalogue data (catalog/src/actions.ts).
 */
import { z } from "zod";
import { prioritySchema } from "../catalogue/schema";
import { catalogueIdSchema, sectionSchema } from "../catalogue/vocabulary";
import { GAP_TYPES, gapTypeSchema } from "./gap-schema";

/** Words in braces are filled in per gap: {indicator}, {breakdowns}, {producer}, {frequency}, {geography}, {year}. */
export const ACTION_PLACEHOLDERS = [
  "indicator",
  "breakdowns",
  "producer",
  "frequency",
  "geography",
  "year",
] as const;

export const actionTemplateSchema = z.strictObject({
  id: catalogueIdSchema,
  gapType: gapTypeSchema,
  /** Source types this action suits; empty means any. */
  sourceTypes: z.array(catalogueIdSchema).default([]),
  /** Migration Profile sections this action suits; empty means any. */
  sections: z.array(sectionSchema).default([]),
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** Default, editable timeline, e.g. "next edition". */
  timeline: z.string().trim().min(1),
  /** Years from the reference year to the default target year. */
  leadYears: z.number().int().min(0).max(10),
});
export type ActionTemplate = z.infer<typeof actionTemplateSchema>;
export type ActionTemplateInput = z.input<typeof actionTemplateSchema>;

export const actionLibrarySchema = z.array(actionTemplateSchema).superRefine((templates, ctx) => {
  const ids = new Set<string>();
  templates.forEach((template, index) => {
    if (ids.has(template.id)) {
      ctx.addIssue({
        code: "custom",
        path: [index, "id"],
        message: `duplicate action "${template.id}"`,
      });
    }
    ids.add(template.id);
    for (const word of template.description.matchAll(/\{([a-z]+)\}/g)) {
      if (!(ACTION_PLACEHOLDERS as readonly string[]).includes(word[1] ?? "")) {
        ctx.addIssue({
          code: "custom",
          path: [index, "description"],
          message: `unknown placeholder {${word[1] ?? ""}}`,
        });
      }
    }
  });
  // Every gap must find an action, so each type needs one template without filters.
  for (const type of GAP_TYPES) {
    const generic = templates.some(
      (t) => t.gapType === type && t.sourceTypes.length === 0 && t.sections.length === 0,
    );
    if (!generic)
      ctx.addIssue({ code: "custom", path: [], message: `no generic action for ${type} gaps` });
  }
});
export type ActionLibrary = z.infer<typeof actionLibrarySchema>;

export const ACTION_STATUSES = ["proposed", "agreed", "in-progress", "done", "dropped"] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);

export const plannedActionSchema = z.strictObject({
  id: z.string().min(1),
  indicator: catalogueIdSchema,
  gapType: gapTypeSchema,
  template: catalogueIdSchema,
  title: z.string(),
  description: z.string(),
  responsibleAgency: z.string(),
  priority: prioritySchema,
  status: actionStatusSchema,
  timeline: z.string(),
  targetYear: z.number().int(),
});
export type PlannedAction = z.infer<typeof plannedActionSchema>;
