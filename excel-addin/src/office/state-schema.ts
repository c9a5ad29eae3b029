/**
 * Gapmap's saved session: the needs profile, the inventory and the user's verdict on each table.
 * Pure zod and JSON, no Office.js: the Office host keeps it in a custom XML part, the web host in
 * localStorage. Validated on every read because the file may have been edited, or written by an
 * older or newer Gapmap.
 */
import {
  ACCESS_LEVELS,
  catalogueIdSchema,
  inventorySchema,
  needsProfileSchema,
} from "@gapmap/core";
import { z } from "zod";

export const STATE_SCHEMA_VERSION = 1;

/** Named-range-safe: the tag becomes the workbook name `gapmap_<id>`. */
export const tableTagIdSchema = z.string().regex(/^[A-Za-z0-9_]{1,60}$/);

export const TABLE_DECISIONS = ["pending", "accepted", "rejected"] as const;

/** One table the user accepted, rejected or re-mapped; matched again by sheet + range or tag. */
export const confirmationSchema = z.strictObject({
  /** The table's tag; accepted tables carry the named range `gapmap_<id>`. */
  id: tableTagIdSchema,
  sheet: z.string(),
  /** A1 range on that sheet when the decision was made, e.g. "A5:F40". */
  address: z.string().min(1),
  status: z.enum(TABLE_DECISIONS),
  indicatorIds: z.array(catalogueIdSchema),
  producer: z.string(),
  access: z.enum(ACCESS_LEVELS),
  /** Catalogue concept ID, or "" when not stated. */
  concept: z.string(),
  decidedAt: z.string(),
});
export type Confirmation = z.infer<typeof confirmationSchema>;

export const workbookStateSchema = z.strictObject({
  schemaVersion: z.literal(STATE_SCHEMA_VERSION),
  /** When this copy was saved (ISO): the newest of several parts wins on load. */
  savedAt: z.string().optional(),
  needsProfile: needsProfileSchema.optional(),
  /** The inventory the last analysis used: own accepted tables plus imported inventories. */
  inventory: inventorySchema.optional(),
  confirmations: z.array(confirmationSchema),
});
export type WorkbookState = z.infer<typeof workbookStateSchema>;

export type StateProblem = "corrupt" | "newer";

const USER_MESSAGES: Readonly<Record<StateProblem, string>> = {
  corrupt: "Gapmap's saved data for this workbook is damaged, so it was not loaded.",
  newer:
    "Gapmap's saved data for this workbook was written by a newer version of Gapmap, so it was not loaded. Update Gapmap to use it.",
};

export class WorkbookStateError extends Error {
  override readonly name = "WorkbookStateError";
  readonly userMessage: string;
  constructor(
    readonly problem: StateProblem,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem}: ${detail}`, options);
    this.userMessage = USER_MESSAGES[problem];
  }
}

function savedVersion(raw: unknown): unknown {
  return typeof raw === "object" && raw !== null && "schemaVersion" in raw
    ? raw.schemaVersion
    : undefined;
}

/** Validates parsed JSON; a higher schemaVersion is "newer", anything else that fails "corrupt". */
export function parseWorkbookState(raw: unknown): WorkbookState {
  const version = savedVersion(raw);
  if (typeof version === "number" && version > STATE_SCHEMA_VERSION)
    throw new WorkbookStateError("newer", `state schema version ${version}`);
  const parsed = workbookStateSchema.safeParse(raw);
  if (!parsed.success) throw new WorkbookStateError("corrupt", parsed.error.message);
  return parsed.data;
}

export function stateFromJson(json: string): WorkbookState {
  let raw: unknown;
  try {
    raw = JSON.parse(json) as unknown;
  } catch (error) {
    throw new WorkbookStateError("corrupt", "saved state is not JSON", { cause: error });
  }
  return parseWorkbookState(raw);
}

export function stateToJson(state: WorkbookState): string {
  return JSON.stringify(workbookStateSchema.parse(state));
}
