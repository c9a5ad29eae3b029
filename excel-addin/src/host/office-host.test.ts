import { describe, expect, it } from "vitest";
import type { ExcelRunner } from "../office/index";
import { HostError } from "./host";
import { createOfficeHost } from "./office-host";

/** Just the calls showRange makes, recorded in order. */
function recordingExcel(calls: string[]): ExcelRunner {
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          activate: () => calls.push(`activate ${name}`),
          getRange: (range: string) => ({ select: () => calls.push(`select ${range}`) }),
        }),
      },
    },
    sync: () => {
      calls.push("sync");
      return Promise.resolve();
    },
  };
  return { run: (batch) => batch(context as unknown as Excel.RequestContext) };
}

describe("office host", () => {
  it("selects a table's range on its sheet in one sync", async () => {
    const calls: string[] = [];
    await createOfficeHost(recordingExcel(calls)).showRange("Datos 2020", "B4:F30");
    expect(calls).toEqual(["activate Datos 2020", "select B4:F30", "sync"]);
  });

  it("shows the adapter's user message when the sheet is protected", async () => {
    const protectedExcel: ExcelRunner = {
      run: () => Promise.reject(Object.assign(new Error("denied"), { code: "AccessDenied" })),
    };
    const error = await createOfficeHost(protectedExcel)
      .readWorkbook(undefined, () => {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/protect/i);
  });
});
