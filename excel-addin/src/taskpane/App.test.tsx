// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { assessmentFromJson } from "@gapmap/core";
import { HostError } from "../host/host";
import { App } from "./App";
import { SHEET_NAMES } from "./model/assessment-sheets";
import { setPaneWidth } from "./testing/pane-width";
import { fakeHost } from "./testing/fake-host";

afterEach(cleanup);
setPaneWidth(350);

/** Long waits: a real workbook is scanned and a real gap analysis is run. */
const SLOW = { timeout: 30_000 };

/** Accepts every table whose best guess is at least 50% sure (the review's bulk action). */
async function acceptAllGuesses() {
  // The review step is a chunk of its own, loaded on first use.
  fireEvent.change(await screen.findByTestId("threshold", {}, SLOW), { target: { value: "50" } });
  fireEvent.click(screen.getByTestId("accept-above"));
}

// happy-dom's Web Animations reject with AbortError when Fluent's dialog unmounts mid-animation;
// without `animate`, Fluent skips motion, as it does in browsers that lack the API.
Object.defineProperty(HTMLElement.prototype, "animate", { value: undefined, configurable: true });

async function scanInWebMode() {
  const file = new File(["stand-in; the fake host reads the fixture"], "asylum.xlsx");
  fireEvent.change(screen.getByTestId("workbook-input"), { target: { files: [file] } });
  await screen.findByTestId("tables-found", {}, SLOW);
}

/**
 * The buttons stay disabled until the previous action has finished (the matrix shows a moment
 * before), and a click on a disabled button does nothing: clicking too early made this flaky.
 */
async function clickWhenEnabled(find: () => HTMLElement) {
  await waitFor(() => {
    expect((find() as HTMLButtonElement).disabled).toBe(false);
  }, SLOW);
  fireEvent.click(find());
}

async function acceptAndAnalyse() {
  fireEvent.click(screen.getByTestId("step-review"));
  await acceptAllGuesses();
  const accepted = screen
    .getAllByTestId("review-row")
    .filter((r) => r.dataset.status === "accepted");
  expect(accepted.length).toBeGreaterThan(0);
  fireEvent.click(screen.getByTestId("step-needs"));
  const select = await screen.findByTestId<HTMLSelectElement>("preset-select", {}, SLOW);
  const preset = [...select.options].find((o) => o.value !== "")?.value ?? "";
  fireEvent.change(select, { target: { value: preset } });
  await waitFor(() => {
    expect(screen.getAllByTestId("need-row").length).toBeGreaterThan(0);
  });
  await clickWhenEnabled(() => screen.getByTestId("run-analysis"));
  await screen.findByTestId("gap-matrix", {}, SLOW);
}

describe("task pane", () => {
  // The .xlsx download itself is checked in real Chromium (test/e2e/taskpane-web.test.ts): here,
  // under happy-dom, the .xlsx export timed out (30 s) in some full-suite runs, probably the same
  // too-early click that clickWhenEnabled now waits out.
  it("web mode: scans, highlights a table, reviews, analyses and exports CSV and JSON", async () => {
    const { host, log } = fakeHost({ kind: "web" });
    render(<App host={host} initialLanguage="en" />);
    await scanInWebMode();
    const cards = screen.getAllByTestId("table-card");
    fireEvent.click(cards[0] as HTMLElement);
    await waitFor(() => {
      expect(cards[0]?.dataset.highlighted).toBe("true");
    });
    expect(log.shown).toHaveLength(1);

    await acceptAndAnalyse();
    expect(screen.queryByRole("button", { name: "Write to workbook" })).toBeNull();
    await clickWhenEnabled(() => screen.getByTestId("export-csv"));
    await waitFor(() => {
      expect(log.saved).toHaveLength(1);
    }, SLOW);
    await clickWhenEnabled(() => screen.getByTestId("export-json"));
    await waitFor(() => {
      expect(log.saved).toHaveLength(2);
    }, SLOW);
    const [csv, json] = log.saved;
    expect(csv?.fileName).toMatch(/\.csv$/);
    expect(String(csv?.content)).toMatch(/Indicator ID/);
    expect(json?.fileName).toMatch(/\.json$/);
    const assessment = assessmentFromJson(String(json?.content));
    expect(assessment.rows.some((r) => r.recordIds.length > 0)).toBe(true);
  }, 60_000);

  it("Office host: asks before replacing our earlier sheets, then replaces them", async () => {
    const { host, log } = fakeHost({
      kind: "office",
      writeResults: [{ status: "needs-confirmation", existing: [SHEET_NAMES.matrix] }],
    });
    render(<App host={host} initialLanguage="en" />);
    fireEvent.click(screen.getByRole("button", { name: "Scan this workbook" }));
    await screen.findByTestId("tables-found", {}, SLOW);
    await acceptAndAnalyse();
    await clickWhenEnabled(() => screen.getByRole("button", { name: "Write to workbook" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(new RegExp(SHEET_NAMES.matrix))).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Replace" }));
    await screen.findByText(/^Written:/);
    expect(log.writes.map((w) => w.replace)).toEqual([false, true]);
    expect(log.writes[1]?.models.map((m) => m.name)).toEqual(Object.values(SHEET_NAMES));
    // Written: each of the biggest gaps can be shown in the gap matrix sheet.
    const [goTo] = screen.getAllByTestId("go-to-sheet");
    fireEvent.click(goTo as HTMLElement);
    await waitFor(() => {
      expect(log.shown.at(-1)).toMatch(new RegExp(`^${SHEET_NAMES.matrix}!A\\d+:O\\d+$`));
    });
  }, 60_000);

  it("shows a host failure in the user's words, in the chosen language", async () => {
    const { host } = fakeHost({
      kind: "office",
      readError: new HostError("The workbook or sheet is protected."),
    });
    render(<App host={host} initialLanguage="fr" />);
    fireEvent.click(screen.getByRole("button", { name: "Analyser ce classeur" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The workbook or sheet is protected.");
    expect(alert.textContent).toContain("Un problème est survenu");
  });
});
