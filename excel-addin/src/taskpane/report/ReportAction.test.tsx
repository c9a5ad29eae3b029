// @vitest-environment happy-dom
/**
 * The Report action on the Excel path: the Office host over the strict fake Excel
 * (office-addin-mock, src/office/testing) on each platform. The report is written from a real
 * assessment of the sample inventory in the pane's language (Russian here) and must reach the
 * user whole: a download on Windows and the web, the system browser through download.html on
 * Excel for Mac. Failures are shown in words, and a browser that cannot draw the charts still
 * gets its report. Charts are drawn by a rasteriser handed in (jsdom has no canvas; the real one
 * is tested in Chromium: test/e2e/report-rasterise.test.ts).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  displayName,
  fromCsv,
  profileFromPreset,
  REPORT_STRINGS,
  type ProfileTracking,
} from "@gapmap/core";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DOCX_MIME, readDownloadLink } from "../../host/download-link";
import type { Host } from "../../host/host";
import { createOfficeHost } from "../../host/office-host";
import { testEnvironment } from "../../host/testing/office-environment";
import { FakeExcel } from "../../office/testing/fake-excel";
import { I18nContext, i18nFor } from "../i18n-context";
import { runAssessment } from "../model/run-assessment";
import { catalogue } from "../testing/scan-fixture";
import { REPORT_MESSAGES } from "./report-messages";
import { ReportAction } from "./ReportAction";

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), "../../../../samples/inventory.csv");
const inventory = fromCsv(readFileSync(SAMPLE, "utf8"), { owner: "inventory" });
const profile = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2024 });
const assessment = runAssessment(catalogue, profile, inventory);
/** What the pane keeps beside the profile: one step done, by the ministry. */
const tracking: ProfileTracking = {
  requests: [],
  process: [{ step: "support-resources", status: "done", owner: "МВД, отдел статистики" }],
};
const SLOW = { timeout: 30_000 };
const messages = REPORT_MESSAGES.ru;
const strings = REPORT_STRINGS.ru;
/** A 1×1 PNG: what the handed-in rasteriser returns for every chart. */
const PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC",
  ),
  (c) => c.charCodeAt(0),
);

interface Saved {
  name: string;
  blob: Blob;
}

let saved: Saved[];

beforeEach(() => {
  saved = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return "blob:fake";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.at(-1);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.readAsArrayBuffer(blob);
  });
}

/** The report's headings and how many charts (SVG with a PNG fallback) it holds. */
function readReport(bytes: Uint8Array) {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
  return {
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n"),
    charts: (xml.match(/<asvg:svgBlip /g) ?? []).length,
  };
}

function renderReport(host: Host, rasterise = () => Promise.resolve(PNG)) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18nFor("ru", (_kind, id) => id)}>
        <ReportAction
          host={host}
          assessment={assessment}
          inventory={inventory}
          tracking={tracking}
          catalogue={catalogue}
          workbook="Данные МВД.xlsx"
          preset="migration-profile-core"
          busy={false}
          rasterise={rasterise}
        />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  const button = screen.getByTestId("make-report");
  expect(button.textContent).toBe(messages.button);
  fireEvent.click(button);
}

describe("the Report action on the Excel path", () => {
  it("Windows: shows progress, then downloads the report in the pane's language", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const opened: string[] = [];
    renderReport(createOfficeHost(fake.excel, testEnvironment({ platform: "PC", opened })));
    expect(screen.getByTestId("report-progress").textContent).toBe(messages.loading);
    const done = await screen.findByTestId("report-done", {}, SLOW);
    expect(done.dataset.route).toBe("download");
    expect(saved).toHaveLength(1);
    const file = saved[0];
    if (!file) throw new Error("nothing was saved");
    expect(file.name).toMatch(
      /^gapmap-Данные-МВД-migration-profile-core-\d{4}-\d\d-\d\d-\d{4}\.docx$/,
    );
    expect(done.textContent).toContain(messages.downloaded(file.name));
    expect(file.blob.type).toBe(DOCX_MIME);
    const report = readReport(await blobBytes(file.blob));
    for (const heading of [
      strings.executiveSummary,
      strings.chartsHeading,
      strings.annexSources,
      strings.process.heading,
    ])
      expect(report.text).toContain(heading);
    // The pane's tracking reaches the process annex: the step, its owner and its status.
    for (const text of [
      displayName(catalogue, "processStep", "support-resources", "ru").text,
      "МВД, отдел статистики",
      displayName(catalogue, "processStatus", "done", "ru").text,
    ])
      expect(report.text).toContain(text);
    expect(report.text).not.toContain(strings.process.notRecorded);
    expect(report.charts).toBe(3);
    expect(opened).toEqual([]);
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it("Mac: hands the whole report to the system browser through download.html", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const opened: string[] = [];
    renderReport(createOfficeHost(fake.excel, testEnvironment({ platform: "Mac", opened })));
    const done = await screen.findByTestId("report-done", {}, SLOW);
    expect(done.dataset.route).toBe("browser");
    expect(done.textContent).toContain(messages.openedInBrowser);
    expect(saved).toEqual([]);
    expect(fake.createdWorkbooks).toEqual([]);
    expect(opened).toHaveLength(1);
    const payload = readDownloadLink(opened[0] ?? "");
    if (payload === undefined || !("base64" in payload)) throw new Error("no report in the link");
    expect(payload.type).toBe(DOCX_MIME);
    expect(payload.name).toMatch(/\.docx$/);
    const report = readReport(Uint8Array.from(atob(payload.base64), (c) => c.charCodeAt(0)));
    expect(report.text).toContain(strings.executiveSummary);
    expect(report.charts).toBe(3);
  });

  it("Mac without the browser-window API: says what to do, and the button works again", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const env = testEnvironment({
      platform: "Mac",
      isSetSupported: (set) => set !== "OpenBrowserWindowApi",
    });
    renderReport(createOfficeHost(fake.excel, env));
    const failed = await screen.findByTestId("report-failed", {}, SLOW);
    expect(failed.getAttribute("role")).toBe("alert");
    expect(failed.textContent).toMatch(/cannot save files from an add-in/);
    expect(screen.getByTestId<HTMLButtonElement>("make-report").disabled).toBe(false);
  });

  it("a browser that cannot draw the charts still gets the report, and is told", async () => {
    const fake = new FakeExcel({ sheets: [] });
    const host = createOfficeHost(fake.excel, testEnvironment({ platform: "OfficeOnline" }));
    renderReport(host, () => Promise.reject(new Error("canvas blocked")));
    const done = await screen.findByTestId("report-done", {}, SLOW);
    expect(done.textContent).toContain(messages.withoutPicture(3));
    const file = saved[0];
    if (!file) throw new Error("nothing was saved");
    expect(readReport(await blobBytes(file.blob)).charts).toBe(3);
  });
});
