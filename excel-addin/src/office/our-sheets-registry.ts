/**
 * Which sheets are ours: their worksheet ids (stable across renames) kept in a workbook setting.
 * A sheet whose id is not listed belongs to the user and is never written to.
 */
import { z } from "zod";

export const OUR_SHEETS_SETTING = "gapmap.ownSheetIds";

const registrySchema = z.array(z.string().min(1));

/** Parses the setting's stored value; a missing or malformed value means "none of ours". */
export function parseRegistry(value: unknown): string[] {
  const raw: unknown = typeof value === "string" ? safeJson(value) : value;
  const parsed = registrySchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function serializeRegistry(ids: readonly string[]): string {
  return JSON.stringify([...new Set(ids)]);
}
