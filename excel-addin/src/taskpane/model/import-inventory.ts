/** Inventories from other ministries or the browser extension: JSON, CSV or .xlsx by extension. */
import { fromCsv, fromJson, fromXlsx, InventoryImportError, type Inventory } from "@gapmap/core";

export async function parseInventoryFile(name: string, bytes: Uint8Array): Promise<Inventory> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".xlsx")) return fromXlsx(bytes);
  const text = new TextDecoder("utf-8").decode(bytes);
  if (lower.endsWith(".csv")) return fromCsv(text);
  return fromJson(text);
}

/** One line per problem, so a bad file says what to fix instead of "invalid". */
export function describeImportError(name: string, error: unknown): string {
  if (error instanceof InventoryImportError) {
    const lines = error.problems.slice(0, 5).map((p) => `${p.field}: ${p.message}`);
    return `${name}: ${lines.join("; ")}`;
  }
  return `${name}: ${error instanceof Error ? error.message : String(error)}`;
}

export { InventoryImportError };
