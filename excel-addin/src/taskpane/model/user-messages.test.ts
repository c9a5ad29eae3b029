import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readWorkbookBytes } from "@gapmap/core/readers";
import { InventoryImportError } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { HostError } from "../../host/host";
import { readLocalWorkbook } from "../../host/web-host";
import { translator, UI_LANGUAGES } from "../../i18n/index";
import { REAL_FIXTURES_DIR } from "../testing/scan-fixture";
import { describeFailure, describeWarning, UnreadableInventory } from "./user-messages";

const en = translator("en");

/** What a statistician must never see: library text, internal parts, a stack, a doubled phrase. */
function expectPlain(message: string) {
  expect(message).not.toMatch(/https?:|\.xml|xl\/|at \w+ \(|Error:|undefined/);
  const sentences = message.split(/(?<=[.;:])\s+/);
  expect(new Set(sentences).size).toBe(sentences.length);
  expect(message).not.toMatch(/not a spreadsheet.*not a spreadsheet/);
}

async function readerFailure(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<unknown> {
  const file = new File([bytes], name);
  return readLocalWorkbook(file, () => {}, null).then(
    () => new Error("read unexpectedly"),
    (error: unknown) => error,
  );
}

describe("messages a statistician understands", () => {
  it("an empty file is called empty, once, in every language", async () => {
    const error = await readerFailure("empty.csv", new Uint8Array());
    const message = describeFailure(error, en, "empty.csv");
    expect(message).toBe(en("errorEmptyWorkbook", { file: "empty.csv" }));
    expect(message).toMatch(/^empty\.csv is empty/);
    expectPlain(message);
    for (const language of UI_LANGUAGES)
      expect(describeFailure(error, translator(language), "empty.csv")).toContain("empty.csv");
  });

  it("a PDF is not a spreadsheet, said once", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\n");
    const error = await readerFailure("report.pdf", pdf);
    const message = describeFailure(error, en, "report.pdf");
    expect(message).toBe(en("errorNotASpreadsheet", { file: "report.pdf" }));
    expectPlain(message);
  });

  it("a damaged .xlsx is called damaged, with what to do", async () => {
    const zipHead = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const error = await readerFailure("broken.xlsx", zipHead);
    const message = describeFailure(error, en, "broken.xlsx");
    expect(message).toBe(en("errorCorruptFile", { file: "broken.xlsx" }));
    expectPlain(message);
  });

  it("every reader code has its own words", () => {
    const codes = [
      ["password-protected", "errorPasswordProtected"],
      ["too-large", "errorTooLarge"],
      ["unsupported-format", "errorUnsupportedFormat"],
      ["not-found", "errorFileUnreadable"],
      ["unreadable", "errorFileUnreadable"],
    ] as const;
    for (const [code, key] of codes) {
      const error = new HostError("library words", { cause: { code, message: "library words" } });
      const message = describeFailure(error, en, "f.xlsx");
      expect(message, code).toBe(en(key, { file: "f.xlsx" }));
      expectPlain(message);
    }
  });

  it("a bad inventory names its fields; an unreadable one says what to import", () => {
    const fields = new InventoryImportError([
      { field: "records", message: "Invalid input: expected array, received number" },
    ]);
    const message = describeFailure(fields, en, "bad.json");
    expect(message).toBe(
      "bad.json is not an inventory Gapmap can use. Check these fields: records.",
    );
    const zip = new UnreadableInventory({
      cause: new Error("invalid zip data; see https://github.com/101arrowz/fflate"),
    });
    const unreadable = describeFailure(zip, en, "x.xlsx");
    expect(unreadable).toBe(en("errorInventoryUnreadable", { file: "x.xlsx" }));
    expectPlain(unreadable);
  });

  it("an unexpected failure shows no library text", () => {
    const message = describeFailure(new TypeError("Cannot read properties of undefined"), en);
    expect(message).toBe(en("errorUnexpected"));
    expectPlain(message);
  });

  it("a damaged part is reported by sheet, without the file's internal part names", async () => {
    const name = "mx_indicadores_migracion_retorno_estatal_2015_BROKEN.xlsx";
    const result = readWorkbookBytes(await readFile(join(REAL_FIXTURES_DIR, name)), name);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings.length).toBeGreaterThan(0);
    for (const warning of result.warnings) {
      expect(warning).toMatch(/\.xml/); // core's own words name the parts…
      const message = describeWarning(warning, en, name);
      expect(message).toMatch(/^Part of (sheet ".+" in )?mx_/); // …the pane's do not.
      expectPlain(message);
    }
  });
});
