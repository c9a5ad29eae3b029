// @vitest-environment jsdom
/**
 * The Office host per platform (`Office.context.platform`): the export route each one takes,
 * the requirement check handed the real `isSetSupported`, and saves that never overlap.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { WorkbookState } from "../office/index";
import { FakeExcel } from "../office/testing/fake-excel";
import { STATE_NAMESPACE } from "../office/workbook-state";
import { DOCX_MIME, MAX_DOWNLOAD_LINK_CHARS, readDownloadLink } from "./download-link";
import { HostError } from "./host";
import { createOfficeHost, officeEnvironment } from "./office-host";
import { XLSX_MIME } from "./save-file";
import { testEnvironment } from "./testing/office-environment";

const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f]);
const CSV = "Indicator,Status\r\n=cmd,missing\r\nÉmigration,covered\r\n";

/** Blob links clicked in the pane, by file name. */
function watchDownloads(): string[] {
  const clicked: string[] = [];
  vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:fake");
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.download);
  });
  return clicked;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("export route per platform", () => {
  for (const platform of ["PC", "OfficeOnline"]) {
    it(`${platform}: every format downloads through a link in the pane`, async () => {
      const clicked = watchDownloads();
      const opened: string[] = [];
      const fake = new FakeExcel({ sheets: [] });
      const host = createOfficeHost(fake.excel, testEnvironment({ platform, opened }));
      expect(await host.saveFile("gaps.xlsx", XLSX_BYTES, XLSX_MIME)).toBe("download");
      expect(await host.saveFile("gaps.csv", CSV, "text/csv")).toBe("download");
      expect(clicked).toEqual(["gaps.xlsx", "gaps.csv"]);
      expect(opened).toEqual([]);
      expect(fake.createdWorkbooks).toEqual([]);
    });
  }

  it("Mac: .xlsx opens as a new workbook, CSV and JSON in the browser; no link is clicked", async () => {
    const clicked = watchDownloads();
    const opened: string[] = [];
    const fake = new FakeExcel({ sheets: [] });
    const host = createOfficeHost(fake.excel, testEnvironment({ platform: "Mac", opened }));
    expect(await host.saveFile("gaps.xlsx", XLSX_BYTES, XLSX_MIME)).toBe("new-workbook");
    expect(await host.saveFile("gaps.csv", CSV, "text/csv")).toBe("browser");
    expect(clicked).toEqual([]);
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(Uint8Array.from(atob(fake.createdWorkbooks[0] ?? ""), (c) => c.charCodeAt(0))).toEqual(
      XLSX_BYTES,
    );
    expect(opened).toHaveLength(1);
    const link = opened[0] ?? "";
    expect(link.startsWith("https://gapmap.example/addin/download.html#")).toBe(true);
    expect(readDownloadLink(link)).toEqual({ name: "gaps.csv", type: "text/csv", text: CSV });
  });

  it("Mac: a workbook too large for one Excel request is refused with a message, not sent", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const host = createOfficeHost(fake.excel, testEnvironment({ platform: "Mac" }));
    // 4 MB of bytes is about 5.3 MB of base64: over the request cap.
    const big = new Uint8Array(4 * 1024 * 1024);
    const error = await Promise.resolve(host.saveFile("packs.xlsx", big, XLSX_MIME)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/5 MB/);
    expect(fake.createdWorkbooks).toEqual([]);
    // Under the budget it opens.
    expect(await host.saveFile("pack.xlsx", new Uint8Array(1024 * 1024), XLSX_MIME)).toBe(
      "new-workbook",
    );
  });

  it("Mac without the browser-window API says what to do instead of failing silently", async () => {
    const host = createOfficeHost(
      new FakeExcel({ sheets: [] }).excel,
      testEnvironment({ platform: "Mac", isSetSupported: (set) => set !== "OpenBrowserWindowApi" }),
    );
    const error = await Promise.resolve(host.saveFile("gaps.json", "{}", "application/json")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/Write to workbook/);
  });
});

describe("the report (.docx) on Excel for Mac", () => {
  it("goes to the browser as base64, and one too large for a link is refused in words", async () => {
    const opened: string[] = [];
    const fake = new FakeExcel({ sheets: [] });
    const host = createOfficeHost(fake.excel, testEnvironment({ platform: "Mac", opened }));
    const report = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    expect(await host.saveFile("rapport.docx", report, DOCX_MIME)).toBe("browser");
    const payload = readDownloadLink(opened[0] ?? "");
    expect(payload && "base64" in payload ? atob(payload.base64).length : 0).toBe(1000);
    expect(fake.createdWorkbooks).toEqual([]);

    // base64 inside the link's base64url: about 1.8 characters per byte, over the 1 MB cap.
    const large = new Uint8Array(MAX_DOWNLOAD_LINK_CHARS / 1.5);
    const error = await Promise.resolve(host.saveFile("big.docx", large, DOCX_MIME)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/report is too large.*web page/);
    expect(opened).toHaveLength(1);
  });
});

describe("the requirement check", () => {
  it("is handed Office.context.requirements.isSetSupported", () => {
    const asked: string[] = [];
    const office = {
      context: {
        platform: "PC",
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return false;
          },
        },
        ui: { openBrowserWindow: () => undefined },
      },
    } as unknown as typeof Office;
    const env = officeEnvironment(office, "https://gapmap.example/taskpane.html");
    const host = createOfficeHost(new FakeExcel({ sheets: [] }).excel, env);
    expect(host.startupProblem()).toMatch(/too old/);
    expect(asked).toEqual(["ExcelApi 1.13"]);
  });
});

describe("saving in the Office host", () => {
  it("runs saves one after another, so overlapping autosaves leave one part", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Data", values: [["a"]] }] });
    const host = createOfficeHost(fake.excel, testEnvironment());
    const state: WorkbookState = { schemaVersion: 1, confirmations: [] };
    const none = { add: [], remove: [] };
    await Promise.all([
      host.saveState(undefined, state, none),
      host.saveState(undefined, state, none),
      host.saveState(undefined, state, none),
    ]);
    expect(fake.partsIn(STATE_NAMESPACE)).toHaveLength(1);
  });

  it("reports on load that stored copies differed", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const host = createOfficeHost(fake.excel, testEnvironment());
    const a: WorkbookState = {
      schemaVersion: 1,
      savedAt: "2026-01-01T00:00:00Z",
      confirmations: [],
    };
    const b: WorkbookState = { ...a, savedAt: "2026-01-02T00:00:00Z", needsProfile: undefined };
    const { stateToXml } = await import("../office/workbook-state");
    fake.parts.add(STATE_NAMESPACE, stateToXml(a));
    fake.parts.add(
      STATE_NAMESPACE,
      stateToXml({ ...b, confirmations: [] }).replace("2026-01-02", "2026-01-03"),
    );
    fake.parts.add(
      STATE_NAMESPACE,
      stateToXml({
        ...a,
        savedAt: "2025-12-31T00:00:00Z",
        confirmations: [
          {
            id: "t1",
            sheet: "Data",
            address: "A1:B2",
            status: "rejected",
            indicatorIds: [],
            producer: "",
            access: "public",
            concept: "",
            decidedAt: "2025-12-31T00:00:00Z",
          },
        ],
      }),
    );
    const loaded = await host.loadState(undefined);
    expect(loaded).toMatchObject({ status: "loaded", differed: true });
    expect(fake.partsIn(STATE_NAMESPACE)).toHaveLength(1);
  });
});
