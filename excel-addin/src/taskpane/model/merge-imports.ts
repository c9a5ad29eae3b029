/** The inventory the analysis runs on: this workbook's accepted tables and every imported file. */
import { mergeInventories, type Inventory, type MergeInput, type MergeResult } from "@gapmap/core";

/** The workbook's own records first, then each imported file, owner = file name. */
export function mergeWithImports(own: Inventory, imports: readonly MergeInput[]): MergeResult {
  return mergeInventories([{ owner: "this workbook", inventory: own }, ...imports]);
}
