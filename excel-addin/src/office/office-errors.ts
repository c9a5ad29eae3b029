/**
 * Typed adapter errors. Office.js throws `OfficeExtension.Error` with a string `code`; the adapter
 * turns the codes a user can act on into these, each with a message that says what to do.
 * Unknown errors are rethrown as they are, never swallowed.
 */

export const OFFICE_ERROR_KINDS = [
  "protected",
  "payload-too-large",
  "busy",
  "unsupported-requirement-set",
  "not-found",
  "state-too-large",
] as const;
export type OfficeErrorKind = (typeof OFFICE_ERROR_KINDS)[number];

const USER_MESSAGES: Record<OfficeErrorKind, string> = {
  protected: "The workbook or sheet is protected. Unprotect it (Review > Unprotect) and try again.",
  "payload-too-large":
    "Excel refused a request as too large, even after Gapmap split it into small pieces (Excel on the web takes at most 5 MB at a time). Shorten very long texts in a single row, or split very large sheets, and try again.",
  busy: "Excel is busy, probably because a cell is being edited. Press Enter or Esc to leave the cell, then try again.",
  "unsupported-requirement-set":
    "This version of Excel is too old for Gapmap. Update Office (Microsoft 365, or Office 2021 or later) and try again.",
  "not-found":
    "The sheet or range is no longer in the workbook; it may have been renamed or deleted. Scan the workbook again.",
  "state-too-large":
    "Gapmap's saved data for this workbook is too large to save in it (Excel takes at most 5 MB at a time). Remove imported inventories you no longer need; the data saved earlier is unchanged.",
};

export class OfficeAdapterError extends Error {
  override readonly name = "OfficeAdapterError";
  readonly userMessage: string;
  constructor(
    readonly kind: OfficeErrorKind,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${detail}`, options);
    this.userMessage = USER_MESSAGES[kind];
  }
}

/** Office.js error codes (OfficeExtension.Error.code) and the kind each maps to. */
const KIND_BY_CODE: Readonly<Record<string, OfficeErrorKind>> = {
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  InvalidOperationInCellEditMode: "busy",
  ApiNotFound: "unsupported-requirement-set",
  ItemNotFound: "not-found",
  InvalidReference: "not-found",
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = error.code;
  return typeof code === "string" ? code : undefined;
}

/** The typed error for a known Office.js failure; the original error otherwise. */
export function toOfficeAdapterError(error: unknown): unknown {
  if (error instanceof OfficeAdapterError) return error;
  const code = errorCode(error);
  const kind = code === undefined ? undefined : KIND_BY_CODE[code];
  if (kind === undefined) return error;
  const detail = error instanceof Error ? error.message : String(code);
  return new OfficeAdapterError(kind, detail, { cause: error });
}

/** Runs an Office.js batch and rethrows its failure as a typed error where one applies. */
export async function withTypedErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toOfficeAdapterError(error);
  }
}
