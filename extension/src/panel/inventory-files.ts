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
import type { MessageKey, Translate } from "../i18n/index";
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
  // core's package.json lists this entry under "sideEffects": with a plain `false` the Plasmo
  // (Parcel) build left this lazy export doing nothing, and the e2e walk's .xlsx never downloaded.
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
    { owner: THIS_BROWSER, inventory: mine },
    { owner: name, inventory: imported },
  ]);
  await saveInventory(result.inventory, api);
  return result;
}

/** The owner name of this browser's own inventory in a merge (shown translated). */
export const THIS_BROWSER = "this browser";

/** Record columns with a label in the form, for the conflict lines. */
const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  title: "fieldTitle",
  indicators: "fieldIndicators",
  producer: "fieldProducer",
  years: "fieldYears",
  breakdowns: "fieldBreakdowns",
  notes: "fieldNotes",
};

/** One line per duplicate group and conflict, in the UI language, for the panel to show. */
export function describeMerge(result: MergeResult, t: Translate): string[] {
  const ref = (r: { owner: string; id: string }) =>
    `${r.id} (${r.owner === THIS_BROWSER ? t("thisBrowser") : r.owner})`;
  const field = (name: string) => {
    const key = FIELD_LABELS[name];
    return key === undefined ? name : t(key).toLocaleLowerCase();
  };
  return [
    ...result.duplicates.map((d) =>
      t("mergeDuplicate", {
        kept: d.kept.map(ref).join(", "),
        skipped: d.dropped.map(ref).join(", "),
      }),
    ),
    ...result.conflicts.map((c) =>
      t("mergeConflict", {
        records: c.records.map(ref).join(" ↔ "),
        fields: c.differences.map((d) => field(d.field)).join(", "),
      }),
    ),
    ...result.renamed.map((r) =>
      t("mergeRenamed", {
        from: r.from,
        owner: r.owner === THIS_BROWSER ? t("thisBrowser") : r.owner,
        to: r.to,
      }),
    ),
  ];
}
