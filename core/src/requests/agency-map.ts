/**
 * The TWG's indicator → agency map: which national agency each indicator's data request goes
 * to, and optionally the focal point to address there. It is a CSV the TWG edits (one row per
 * indicator: indicator, agency, contact; a name column helps reading and is ignored). It
 * overrides the default rules for the indicators it lists; the others keep their default.
 */
import { z } from "zod";
import type { Catalogue } from "../catalogue/schema";
import { catalogueIdSchema } from "../catalogue/vocabulary";
import { readCsv, writeCsv } from "../inventory/csv-text";
import { agencyKey } from "./agency-rules";

export const agencyMapEntrySchema = z.strictObject({
  indicator: catalogueIdSchema,
  agency: z.string().trim().min(1, "the agency is empty"),
  contact: z.string().trim().min(1).optional(),
});
export type AgencyMapEntry = z.infer<typeof agencyMapEntrySchema>;

export const AGENCY_MAP_COLUMNS = ["indicator", "name", "agency", "contact"] as const;

export interface AgencyMapProblem {
  /** Line of the file (the header is line 1); absent for the whole file. */
  row?: number;
  message: string;
}

/** Longer lists help nobody; the count is still given. */
const MAX_PROBLEMS_SHOWN = 10;

/** Thrown when a map cannot be used; lists every problem, and nothing of the map is used. */
export class AgencyMapError extends Error {
  override readonly name = "AgencyMapError";
  constructor(readonly problems: readonly AgencyMapProblem[]) {
    const shown = problems
      .slice(0, MAX_PROBLEMS_SHOWN)
      .map((p) => (p.row === undefined ? p.message : `row ${String(p.row)}: ${p.message}`));
    const more =
      problems.length > shown.length
        ? [`… and ${String(problems.length - shown.length)} more`]
        : [];
    super(
      `agency map not used (${String(problems.length)} problem${problems.length === 1 ? "" : "s"}):\n${[...shown, ...more].join("\n")}`,
    );
  }
}

/** Excel saves CSV with semicolons (or tabs, as "Unicode text") in many locales. */
function separatorOf(text: string): "," | ";" | "\t" {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  return header.includes("\t") ? "\t" : ",";
}

const normaliseHeader = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
const HEADER_NAMES: Record<string, "indicator" | "agency" | "contact"> = {
  indicator: "indicator",
  "indicator id": "indicator",
  id: "indicator",
  agency: "agency",
  "focal agency": "agency",
  contact: "contact",
};

/**
 * Reads and checks a map: every indicator must be in the catalogue, once; every agency
 * non-empty; one agency, one contact. Throws AgencyMapError naming each bad row.
 */
export function parseAgencyMap(catalogue: Catalogue, text: string): AgencyMapEntry[] {
  const parsed = readCsv(text, separatorOf(text));
  if (!parsed.ok)
    throw new AgencyMapError([{ row: parsed.line, message: `not valid CSV: ${parsed.message}` }]);
  const [header = [], ...rows] = parsed.rows;
  const column = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = HEADER_NAMES[normaliseHeader(cell)];
    if (name !== undefined && !column.has(name)) column.set(name, i);
  });
  const missing = (["indicator", "agency"] as const).filter((c) => !column.has(c));
  if (missing.length > 0)
    throw new AgencyMapError([
      {
        message: `the first row must name the columns "indicator" and "agency" (and optionally "contact"); ${missing.map((c) => `"${c}"`).join(" and ")} not found in: ${header.map((c) => `"${c}"`).join(", ") || "(empty)"}`,
      },
    ]);

  const known = new Set(catalogue.indicators.map((i) => i.id));
  const problems: AgencyMapProblem[] = [];
  const entries: AgencyMapEntry[] = [];
  const rowOfIndicator = new Map<string, number>();
  const contactOfAgency = new Map<string, { contact: string; row: number }>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const cell = (name: string) => cells[column.get(name) ?? -1]?.trim() ?? "";
    const contact = cell("contact");
    const result = agencyMapEntrySchema.safeParse({
      indicator: cell("indicator"),
      agency: cell("agency"),
      ...(contact === "" ? {} : { contact }),
    });
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({
          row,
          message:
            issue.path[0] !== "indicator"
              ? issue.message
              : cell("indicator") === ""
                ? "the indicator ID is empty"
                : `"${cell("indicator")}" is not an indicator ID`,
        });
      return;
    }
    const entry = result.data;
    const seenOn = rowOfIndicator.get(entry.indicator);
    if (!known.has(entry.indicator))
      problems.push({
        row,
        message: `unknown indicator ID "${entry.indicator}" (not in the catalogue)`,
      });
    else if (seenOn !== undefined)
      problems.push({
        row,
        message: `${entry.indicator} is already mapped on row ${String(seenOn)}`,
      });
    rowOfIndicator.set(entry.indicator, seenOn ?? row);
    if (entry.contact !== undefined) {
      const earlier = contactOfAgency.get(agencyKey(entry.agency));
      if (earlier !== undefined && earlier.contact !== entry.contact)
        problems.push({
          row,
          message: `${entry.agency} has the contact "${entry.contact}" here but "${earlier.contact}" on row ${String(earlier.row)}; give one contact per agency`,
        });
      else contactOfAgency.set(agencyKey(entry.agency), { contact: entry.contact, row });
    }
    entries.push(entry);
  });
  if (problems.length > 0) throw new AgencyMapError(problems);
  if (entries.length === 0) throw new AgencyMapError([{ message: "the map lists no indicator" }]);
  return entries;
}

/** The map as CSV (UTF-8 with a byte-order mark, so Excel opens it in any script). */
export function agencyMapToCsv(entries: readonly (AgencyMapEntry & { name: string })[]): string {
  return writeCsv([
    [...AGENCY_MAP_COLUMNS],
    ...entries.map((e) => [e.indicator, e.name, e.agency, e.contact ?? ""]),
  ]);
}
