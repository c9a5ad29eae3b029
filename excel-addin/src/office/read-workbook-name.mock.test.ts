import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import type { ExcelRunner } from "./excel-types";
import { readWorkbookName } from "./read-workbook-name";

/** An `Excel` whose open workbook has this name, on Microsoft's office-addin-mock. */
function excelWithName(name: string): ExcelRunner {
  const data: Record<string, unknown> = {
    context: { workbook: { name } },
    run: async function (
      this: { context: unknown },
      batch: (context: unknown) => Promise<unknown>,
    ) {
      return await batch(this.context);
    },
  };
  return new OfficeMockObject(data) as unknown as ExcelRunner;
}

describe("the open workbook's name", () => {
  it("is loaded and synced before it is read (the mock refuses an unloaded read)", async () => {
    expect(await readWorkbookName(excelWithName(" asylum_applications_2023.xlsx "))).toBe(
      "asylum_applications_2023.xlsx",
    );
  });

  it("is undefined when Excel gives none, so the pane falls back instead of failing", async () => {
    expect(await readWorkbookName(excelWithName(""))).toBeUndefined();
    const failing: ExcelRunner = { run: () => Promise.reject(new Error("ApiNotFound")) };
    expect(await readWorkbookName(failing)).toBeUndefined();
  });
});
