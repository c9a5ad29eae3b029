/**
 * The one error every inventory import throws: it lists every problem found (row or record,
 * field, message), so a person can fix the whole file in one pass. Imports are all-or-nothing:
 * when this is thrown, nothing was imported.
 */
import type { z } from "zod";

export interface ImportProblem {
  /** Spreadsheet row number (header is row 1), for CSV and .xlsx imports. */
  row?: number;
  /** Zero-based record index, for JSON imports. */
  record?: number;
  /** Column name for CSV and .xlsx, dotted path inside the record for JSON; "(file)" for the whole file. */
  field: string;
  message: string;
}

/** Longer lists help nobody; the count is still reported. */
export const MAX_PROBLEMS_IN_MESSAGE = 10;

export class InventoryImportError extends Error {
  override readonly name = "InventoryImportError";
  readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    super(describeProblems(problems));
    this.problems = problems;
  }
}

function describeProblem(problem: ImportProblem): string {
  const where =
    problem.row !== undefined
      ? `row ${problem.row}`
      : problem.record !== undefined
        ? `record ${problem.record}`
        : "";
  return `${where === "" ? "" : `${where}, `}${problem.field}: ${problem.message}`;
}

function describeProblems(problems: readonly ImportProblem[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(describeProblem);
  const more =
    problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : "";
  return `inventory not imported (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${shown.join("\n")}${more}`;
}

/** Dotted path of a zod issue, e.g. ["location", "file"] → "location.file". */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".");
}

/**
 * Problems from an inventory-level zod error: paths under `records.N` become record N.
 */
export function problemsFromInventoryIssues(issues: readonly z.core.$ZodIssue[]): ImportProblem[] {
  return issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    if (head === "records" && typeof index === "number") {
      return {
        record: index,
        field: rest.length === 0 ? "(record)" : rest.map(String).join("."),
        message: issue.message,
      };
    }
    return { field: issuePath(issue) === "" ? "(file)" : issuePath(issue), message: issue.message };
  });
}
