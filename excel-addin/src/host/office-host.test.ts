// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  readWorkbookGrids,
  requiredExcelApiVersion,
  type ExcelRunner,
  type WorkbookState,
} from "../office/index";
import { FakeExcel } from "../office/testing/fake-excel";
import { STATE_NAMESPACE } from "../office/workbook-state";
import { HostError } from "./host";
import { createOfficeHost } from "./office-host";
import { testEnvironment } from "./testing/office-environment";

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
    await createOfficeHost(recordingExcel(calls), testEnvironment()).showRange(
      "Datos 2020",
      "B4:F30",
    );
    expect(calls).toEqual(["activate Datos 2020", "select B4:F30", "sync"]);
  });

  it("shows the adapter's user message when the sheet is protected", async () => {
    const protectedExcel: ExcelRunner = {
      run: () => Promise.reject(Object.assign(new Error("denied"), { code: "AccessDenied" })),
    };
    const error = await createOfficeHost(protectedExcel, testEnvironment())
      .readWorkbook(undefined, () => {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/protect/i);
  });
});

describe("office host: errors, support and session", () => {
  it("a failed 'show range' reaches the pane as the adapter's user message", async () => {
    const missing: ExcelRunner = {
      run: () => Promise.reject(Object.assign(new Error("gone"), { code: "ItemNotFound" })),
    };
    const error = await createOfficeHost(missing, testEnvironment())
      .showRange("Renamed", "A1:B2")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/renamed or deleted/);
  });

  it("checks the ExcelApi requirement set on start", () => {
    const asked: string[] = [];
    const old = createOfficeHost(
      new FakeExcel({ sheets: [] }).excel,
      testEnvironment({
        isSetSupported: (set, version) => {
          asked.push(`${set} ${version}`);
          return false;
        },
      }),
    );
    expect(old.startupProblem()).toMatch(/too old/);
    expect(asked).toEqual([`ExcelApi ${requiredExcelApiVersion()}`]);
    const current = createOfficeHost(new FakeExcel({ sheets: [] }).excel, testEnvironment());
    expect(current.startupProblem()).toBe(undefined);
  });

  it("saves the session with tags in one batch and reads it back", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Data", values: [["a"]] }] });
    const host = createOfficeHost(fake.excel, testEnvironment());
    expect(await host.loadState(undefined)).toEqual({ status: "none" });
    const state: WorkbookState = { schemaVersion: 1, confirmations: [] };
    await host.saveState(undefined, state, {
      add: [{ id: "t1", sheet: "Data", address: "A1:C9", indicatorIds: ["stock-total"] }],
      remove: [],
    });
    expect(fake.runCount).toBe(3);
    expect(fake.names.get("gapmap_t1")?.address).toBe("A1:C9");
    const loaded = await host.loadState(undefined);
    expect(loaded).toEqual({
      status: "loaded",
      state: { ...state, savedAt: expect.any(String) as string },
      differed: false,
    });
    expect(await host.locateTags(["t1"])).toEqual(
      new Map([["t1", { sheet: "Data", address: "A1:C9" }]]),
    );
  });

  it("reports a damaged saved session instead of loading it, and leaves it in place", async () => {
    const damaged = `<gapmapState xmlns="${STATE_NAMESPACE}"><![CDATA[{"schemaVersion":1,]]></gapmapState>`;
    const fake = new FakeExcel({ sheets: [], customXml: { [STATE_NAMESPACE]: damaged } });
    const loaded = await createOfficeHost(fake.excel, testEnvironment()).loadState(undefined);
    expect(loaded).toMatchObject({ status: "unreadable", problem: "corrupt" });
    expect(loaded.status === "unreadable" && loaded.userMessage).toMatch(/damaged/);
    expect(fake.partsIn(STATE_NAMESPACE)).toEqual([damaged]);
  });
});

describe("office host: document properties", () => {
  it("reads the workbook's title, author and company with its sheets, for first guesses", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "Data", values: [["a"]] }],
      documentProperties: { title: "Annex tables ", author: "T. Abou", company: " UNHCR" },
    });
    const loaded = await createOfficeHost(fake.excel, testEnvironment()).readWorkbook(
      undefined,
      () => {},
    );
    expect(loaded.properties).toEqual({
      title: "Annex tables",
      author: "T. Abou",
      company: "UNHCR",
    });
    expect(fake.log).toContain("load properties title,author,company");
  });

  it("leaves out properties the file does not set", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Data", values: [["a"]] }] });
    const loaded = await createOfficeHost(fake.excel, testEnvironment()).readWorkbook(
      undefined,
      () => {},
    );
    expect(loaded.properties).toEqual({});
  });

  it("still reads the sheets when the properties cannot be read (no guess, no error)", async () => {
    const spec = {
      sheets: [{ name: "Data", values: [["a"]] }],
      documentProperties: { company: "UNHCR" },
    };
    // How many syncs the sheets take, then a workbook whose next sync (the properties') fails.
    const counted = new FakeExcel(spec);
    await readWorkbookGrids({ excel: counted.excel });
    const fake = new FakeExcel(spec);
    fake.failSync = { after: counted.syncCount + 1, code: "GeneralException" };
    const loaded = await createOfficeHost(fake.excel, testEnvironment()).readWorkbook(
      undefined,
      () => {},
    );
    expect(fake.failSync).toBeUndefined(); // the failure did happen
    expect(loaded.sheets.map((g) => g.name)).toEqual(["Data"]);
    expect(loaded.properties).toEqual({});
  });
});
