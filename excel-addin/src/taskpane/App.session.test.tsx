// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { WorkbookState } from "../office/index";
import { App } from "./App";
import { buildProfile } from "./model/needs-edits";
import { EMPTY_CHOICE } from "./model/restore-session";
import { tagIdFor } from "./model/table-decisions";
import { setPaneWidth } from "./testing/pane-width";
import { fakeHost, type FakeStateStore } from "./testing/fake-host";
import { catalogue, scannedFixture } from "./testing/scan-fixture";
import { SAVE_DELAY_MS } from "./use-session";

afterEach(cleanup);
setPaneWidth(350);

const SLOW = { timeout: 30_000 };

/** Accepts every table whose best guess is at least 50% sure (the review's bulk action). */
async function acceptAllGuesses() {
  // The review step is a chunk of its own, loaded on first use.
  fireEvent.change(await screen.findByTestId("threshold", {}, SLOW), { target: { value: "50" } });
  fireEvent.click(screen.getByTestId("accept-above"));
}
Object.defineProperty(HTMLElement.prototype, "animate", { value: undefined, configurable: true });

const FILE_TEXT = "stand-in; the fake host reads the fixture";

async function openFile() {
  const file = new File([FILE_TEXT], "asylum.xlsx");
  fireEvent.change(screen.getByTestId("workbook-input"), { target: { files: [file] } });
  await screen.findByTestId("tables-found", {}, SLOW);
}

async function rowStatuses(): Promise<(string | undefined)[]> {
  fireEvent.click(screen.getByTestId("step-review"));
  return (await screen.findAllByTestId("review-row", {}, SLOW)).map((r) => r.dataset.status);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("task pane session", () => {
  it("web: remembers accepted tables for the same file after a reload", async () => {
    const store: FakeStateStore = new Map();
    const first = fakeHost({ kind: "web", store });
    render(<App host={first.host} initialLanguage="en" />);
    await openFile();
    fireEvent.click(screen.getByTestId("step-review"));
    await acceptAllGuesses();
    const accepted = (await rowStatuses()).filter((s) => s === "accepted").length;
    expect(accepted).toBeGreaterThan(0);
    await waitFor(() => {
      expect(first.log.states.at(-1)?.state.confirmations).toHaveLength(accepted);
    }, SLOW);
    expect(first.log.states.at(-1)?.key).toBe(`asylum.xlsx|${FILE_TEXT.length}`);
    cleanup();

    const second = fakeHost({ kind: "web", store });
    render(<App host={second.host} initialLanguage="en" />);
    await openFile();
    expect(screen.getByTestId("session-restored").textContent).toContain(
      `${accepted} table decisions`,
    );
    expect((await rowStatuses()).filter((s) => s === "accepted")).toHaveLength(accepted);
    // Restoring is not a change: nothing is written back until the user changes something.
    await sleep(SAVE_DELAY_MS * 2);
    expect(second.log.states).toEqual([]);
  }, 60_000);

  it("Office: restores needs on start, finds a moved table by its tag, untags it on reject", async () => {
    const [table] = await scannedFixture();
    const preset = catalogue.presets[0];
    if (table === undefined || preset === undefined) throw new Error("fixture or catalogue empty");
    const indicator = catalogue.indicators[0]?.id ?? "";
    const id = tagIdFor(table.sheet, "A1:B2", indicator);
    const state: WorkbookState = {
      schemaVersion: 1,
      needsProfile: buildProfile(catalogue, { ...EMPTY_CHOICE, presetId: preset.id }),
      confirmations: [
        {
          id,
          sheet: table.sheet,
          address: "A1:B2", // where it was; rows were inserted since
          status: "accepted",
          indicatorIds: [indicator],
          producer: "Statistics office",
          access: "on-request",
          concept: "",
          decidedAt: "2026-01-01T00:00:00Z",
        },
      ],
    };
    const store: FakeStateStore = new Map([["workbook", { status: "loaded", state }]]);
    const located = new Map([[id, { sheet: table.sheet, address: table.table.range }]]);
    const { host, log } = fakeHost({ kind: "office", store, located });
    // Wide: the first table is open beside the list, with all its fields.
    setPaneWidth(1280);
    render(<App host={host} initialLanguage="en" />);
    await screen.findByTestId("session-restored");
    fireEvent.click(screen.getByTestId("step-needs"));
    expect((await screen.findByTestId<HTMLSelectElement>("preset-select", {}, SLOW)).value).toBe(
      preset.id,
    );

    fireEvent.click(screen.getByTestId("step-scan"));
    fireEvent.click(screen.getByRole("button", { name: "Scan this workbook" }));
    await screen.findByTestId("tables-found", {}, SLOW);
    expect((await rowStatuses())[0]).toBe("accepted");
    expect(screen.getByDisplayValue("Statistics office")).toBeTruthy();

    const [row] = screen.getAllByTestId("review-row");
    fireEvent.click(within(row as HTMLElement).getByRole("button", { name: "Reject" }));
    await waitFor(() => {
      expect(log.states).toHaveLength(1);
    }, SLOW);
    const [save] = log.states;
    expect(save?.tags).toEqual({ add: [], remove: [id] });
    expect(save?.state.confirmations.map((c) => [c.address, c.status])).toEqual([
      [table.table.range, "rejected"],
    ]);
    expect(save?.state.needsProfile?.preset).toBe(preset.id);
    setPaneWidth(350);
  }, 60_000);

  it("asks before replacing a damaged session, and saves nothing when told to keep it", async () => {
    const key = `asylum.xlsx|${FILE_TEXT.length}`;
    const unreadable = {
      status: "unreadable",
      problem: "corrupt",
      userMessage: "Damaged!",
    } as const;
    const store: FakeStateStore = new Map([[key, unreadable]]);
    const { host, log } = fakeHost({ kind: "web", store });
    render(<App host={host} initialLanguage="en" />);
    await openFile();
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("Damaged!")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep it and don't save" }));
    expect(await screen.findByTestId("session-not-saving")).toBeTruthy();
    fireEvent.click(screen.getByTestId("step-review"));
    await acceptAllGuesses();
    await sleep(SAVE_DELAY_MS * 2);
    expect(log.states).toEqual([]);
    expect(store.get(key)).toBe(unreadable);
  }, 60_000);

  it("starts fresh over a damaged session when the user says so", async () => {
    const key = `asylum.xlsx|${FILE_TEXT.length}`;
    const store: FakeStateStore = new Map([
      [key, { status: "unreadable", problem: "newer", userMessage: "Too new" }],
    ]);
    const { host, log } = fakeHost({ kind: "web", store });
    render(<App host={host} initialLanguage="en" />);
    await openFile();
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: /Start fresh/ }));
    fireEvent.click(screen.getByTestId("step-review"));
    await acceptAllGuesses();
    await waitFor(() => {
      expect(store.get(key)?.status).toBe("loaded");
    }, SLOW);
    expect(log.states.at(-1)?.state.confirmations.length).toBeGreaterThan(0);
  }, 60_000);

  it("Office: an Excel too old for Gapmap is reported on start and scanning is off", async () => {
    const { host, log } = fakeHost({ kind: "office", startupProblem: "Update Office." });
    render(<App host={host} initialLanguage="en" />);
    expect(screen.getByTestId("startup-problem").textContent).toContain("Update Office.");
    const scan = screen.getByRole<HTMLButtonElement>("button", { name: "Scan this workbook" });
    expect(scan.disabled).toBe(true);
    await sleep(SAVE_DELAY_MS);
    expect(log.states).toEqual([]);
  });
});
