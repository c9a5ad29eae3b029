/**
 * Every failure the pane shows, in the user's language and words: reader failures by their code,
 * a bad inventory file by what is wrong in it, damaged-file warnings without the file's internal
 * part names. Library text (zip errors, stack traces) is never shown.
 */
import { InventoryImportError } from "@gapmap/core";
import type { ReaderErrorCode } from "@gapmap/core/readers";
import { HostError } from "../../host/host";
import type { MessageKey, Translate } from "../../i18n/index";

const READER_MESSAGES: Readonly<Record<ReaderErrorCode, MessageKey>> = {
  "not-found": "errorFileUnreadable",
  "not-a-file": "errorFileUnreadable",
  unreadable: "errorFileUnreadable",
  "corrupt-file": "errorCorruptFile",
  "password-protected": "errorPasswordProtected",
  "empty-workbook": "errorEmptyWorkbook",
  "not-a-spreadsheet": "errorNotASpreadsheet",
  "too-large": "errorTooLarge",
  "unsupported-format": "errorUnsupportedFormat",
};

/** An imported file that is not an inventory at all (not JSON, a broken zip, …). */
export class UnreadableInventory extends Error {
  override readonly name = "UnreadableInventory";
  constructor(options?: { cause?: unknown }) {
    super("The file is not a readable inventory.", options);
  }
}

function readerCodeOf(error: HostError): ReaderErrorCode | undefined {
  const cause: unknown = error.cause;
  if (typeof cause !== "object" || cause === null || !("code" in cause)) return undefined;
  const code = cause.code;
  return typeof code === "string" && Object.hasOwn(READER_MESSAGES, code)
    ? (code as ReaderErrorCode)
    : undefined;
}

/** What the pane says about a failure while working on `file` (when there is one). */
export function describeFailure(error: unknown, t: Translate, file = ""): string {
  if (error instanceof HostError) {
    const code = readerCodeOf(error);
    const key = code === undefined ? undefined : READER_MESSAGES[code];
    return key === undefined ? error.userMessage : t(key, { file });
  }
  if (error instanceof UnreadableInventory) return t("errorInventoryUnreadable", { file });
  if (error instanceof InventoryImportError) {
    const fields = [...new Set(error.problems.map((p) => p.field))].slice(0, 5).join(", ");
    return t("errorInventoryFields", { file, fields });
  }
  // Anything else comes from a library or a bug: say what failed, not what the library said.
  console.error(error);
  return file === "" ? t("errorUnexpected") : t("errorUnexpectedFile", { file });
}

/** Core's damaged-part warning names internal parts; the user needs the sheet and what to do. */
const DAMAGED_SHEET = /^Sheet "(.+)" \(.+\) refers to (?:a part|parts) missing from the file/;
const DAMAGED_PART = /refers to (?:a part|parts) missing from the file/;

export function describeWarning(warning: string, t: Translate, file: string): string {
  const sheet = DAMAGED_SHEET.exec(warning)?.[1];
  if (sheet !== undefined) return t("warningDamagedSheet", { file, sheet });
  if (DAMAGED_PART.test(warning)) return t("warningDamagedFile", { file });
  return warning;
}
