/**
 * The plain model the writer takes: one entry per sheet of ours (gap matrix, action plan,
 * summary, sources). Generic on purpose; a thin mapping from core's Assessment model feeds it.
 */
import { cellValueSchema } from "@gapmap/core";
import { z } from "zod";

/**
 * Excel's sheet-name rules [support.microsoft.com, "Rename a worksheet"]: 1 to 31 characters,
 * not blank, none of : \ / ? * [ ], no leading or trailing apostrophe, and not "History", which
 * Excel reserves (in any case). Clashes, which also ignore case, are checked against the workbook.
 */
const SHEET_NAME_MAX = 31;
export const sheetNameSchema = z
  .string()
  .min(1)
  .max(SHEET_NAME_MAX)
  .regex(/^[^:\\/?*[\]]+$/, "sheet names cannot contain : \\ / ? * [ ]")
  .refine((name) => name.trim() !== "", "a sheet name cannot be blank")
  .refine((name) => !name.startsWith("'") && !name.endsWith("'"), "no leading/trailing quote")
  .refine((name) => name.toLowerCase() !== "history", '"History" is reserved by Excel');

const hexColorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, "a #RRGGBB colour");

export const conditionalFormatSchema = z.discriminatedUnion("kind", [
  /** Highlight cells of a column whose text contains `text` (e.g. "missing"). */
  z.strictObject({
    kind: z.literal("text-contains"),
    column: z.string(),
    text: z.string().min(1),
    fill: hexColorSchema,
  }),
  /** Highlight cells of a column whose number lies in [min, max] (e.g. a score band). */
  z.strictObject({
    kind: z.literal("number-between"),
    column: z.string(),
    min: z.number(),
    max: z.number(),
    fill: hexColorSchema,
  }),
]);
export type ConditionalFormatSpec = z.infer<typeof conditionalFormatSchema>;

export const validationSchema = z.strictObject({
  column: z.string(),
  /** Drop-down choices; Excel's list source is comma-separated, so no commas inside a choice. */
  allowed: z
    .array(
      z
        .string()
        .min(1)
        .regex(/^[^,]+$/, "no commas in a choice"),
    )
    .min(1),
});
export type ValidationSpec = z.infer<typeof validationSchema>;

export const sheetModelSchema = z
  .strictObject({
    name: sheetNameSchema,
    columns: z.array(z.string().min(1)).min(1),
    rows: z.array(z.array(cellValueSchema)),
    conditionalFormats: z.array(conditionalFormatSchema).optional(),
    validations: z.array(validationSchema).optional(),
  })
  .superRefine((sheet, ctx) => {
    const known = new Set(sheet.columns);
    const referenced = [...(sheet.conditionalFormats ?? []), ...(sheet.validations ?? [])];
    for (const { column } of referenced) {
      if (!known.has(column))
        ctx.addIssue({ code: "custom", message: `unknown column "${column}"` });
    }
    sheet.rows.forEach((row, i) => {
      if (row.length > sheet.columns.length)
        ctx.addIssue({ code: "custom", message: `row ${i} has more cells than columns` });
    });
  });
export type SheetModel = z.infer<typeof sheetModelSchema>;

export const sheetModelsSchema = z
  .array(sheetModelSchema)
  .min(1)
  .refine(
    (sheets) => new Set(sheets.map((s) => s.name.toLowerCase())).size === sheets.length,
    "sheet names must be unique (Excel ignores case)",
  );
