/**
 * Inventory files for the side panel: export as Web Annotation JSON, CSV or .xlsx (the
 * inventory format), import any of those three. Imports are merged with the stored inventory,
 * and the merge report (duplicates, conflicts, renamed IDs) is returned, never hidden.
 * The xlsx code (exceljs) is loaded only when an .xlsx is exported or imported.
 */
import {
  fromCsv,
  fromJson,
  mergeInventories,
  toCsv,
  type Inventory,
  type MergeResult,
} from "@gapmap/core/inventory";
import { defaultChromeApi, type ChromeApi } from "../platform/chrome-api";
import { loadInventory, saveInventory } from "../platform/inventory-store";
import {
  fromWebAnnotations,
  isWebAnnotationJson,
  toWebAnnotations,
} from "../records/web-annotation";

export const EXPORT_FORMATS = ["json", "csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

const MIME: Record<ExportFormat, string> = {
  json: "application/ld+json",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function exportInventoryFile(
  format: ExportFormat,
  api: ChromeApi = defaultChromeApi(),
): Promise<ExportedFile> {
  const inventory = await loadInventory(api);
  const name = `gapmap-inventory.${format}`;
  if (format === "json") return { name, type: MIME.json, data: toWebAnnotations(inventory) };
  if (format === "csv") return { name, type: MIME.csv, data: toCsv(inventory) };
  const { toXlsx } = await import("@gapmap/core/inventory-xlsx");
  return { name, type: MIME.xlsx, data: await toXlsx(inventory) };
}

/** A file's inventory, by its name (and, for JSON, by its shape: annotations or plain). */
export async function readInventoryFile(name: string, bytes: Uint8Array): Promise<Inventory> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".xlsx")) {
    const { fromXlsx } = await import("@gapmap/core/inventory-xlsx");
    return fromXlsx(bytes);
  }
  const text = new TextDecoder().decode(bytes);
  if (lower.endsWith(".csv")) return fromCsv(text);
  if (lower.endsWith(".json") || lower.endsWith(".jsonld")) {
    const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return isWebAnnotationJson(raw) ? fromWebAnnotations(raw) : fromJson(text);
  }
  throw new Error(`${name}: choose a .json, .csv or .xlsx inventory`);
}

export async function importInventoryFile(
  name: string,
  bytes: Uint8Array,
  api: ChromeApi = defaultChromeApi(),
): Promise<MergeResult> {
  const imported = await readInventoryFile(name, bytes);
  const mine = await loadInventory(api);
  const result = mergeInventories([
    { owner: "this browser", inventory: mine },
    { owner: name, inventory: imported },
  ]);
  await saveInventory(result.inventory, api);
  return result;
}

/** One line per duplicate group and conflict, for the panel to show after an import. */
export function describeMerge(result: MergeResult): string[] {
  const ref = (r: { owner: string; id: string }) => `${r.id} (${r.owner})`;
  return [
    ...result.duplicates.map(
      (d) =>
        `Duplicate: kept ${d.kept.map(ref).join(", ")}; skipped ${d.dropped.map(ref).join(", ")}`,
    ),
    ...result.conflicts.map(
      (c) =>
        `Conflict: ${c.records.map(ref).join(" vs ")} differ in ${c.differences.map((d) => d.field).join(", ")}`,
    ),
    ...result.renamed.map((r) => `Renamed: ${r.from} from ${r.owner} is now ${r.to}`),
  ];
}
