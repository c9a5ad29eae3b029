// @vitest-environment jsdom
/**
 * The request status and the process view kept in the workbook: the real Office host over the
 * strict fake Excel (custom XML parts, request caps), the whole pane rendered. A pack is saved
 * (its indicators become "requested"), one indicator is validated, one process step is given an
 * owner and a status; the state part then holds them with the needs profile, and a second pane
 * opened on the same workbook shows them again.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOfficeHost } from "../../host/office-host";
import { testEnvironment } from "../../host/testing/office-environment";
import type { WorkbookState } from "../../office/index";
import { FakeExcel } from "../../office/testing/fake-excel";
import { STATE_NAMESPACE, stateFromXml, stateToXml } from "../../office/workbook-state";
import { App } from "../App";
import { buildProfile } from "../model/needs-edits";
import { EMPTY_CHOICE } from "../model/empty-choice";
import { inventoryOf } from "../model/review";
import { setPaneWidth } from "../testing/pane-width";
import { catalogue, PRESET, SEED_RECORD } from "./testing/packs";

const SLOW = { timeout: 30_000 };
Object.defineProperty(HTMLElement.prototype, "animate", { value: undefined, configurable: true });
// jsdom (whose DOMParser reads the state part as Excel stores it) has no ResizeObserver; Fluent's
// message bar only uses it to reflow its actions.
Object.defineProperty(globalThis, "ResizeObserver", {
  configurable: true,
  value: class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
});
setPaneWidth(350);

const downloads: string[] = [];
beforeEach(() => {
  downloads.length = 0;
  vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:fake");
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function workbookWithSession(): FakeExcel {
  const state: WorkbookState = {
    schemaVersion: 1,
    needsProfile: buildProfile(catalogue, { ...EMPTY_CHOICE, presetId: PRESET }),
    inventory: inventoryOf([SEED_RECORD]),
    confirmations: [],
  };
  return new FakeExcel({
    sheets: [{ name: "Data", values: [["Population"]] }],
    customXml: [{ id: "{state}", namespace: STATE_NAMESPACE, xml: stateToXml(state) }],
  });
}

/** What the workbook's state part says now. */
function savedState(fake: FakeExcel): WorkbookState | undefined {
  const [xml, ...others] = fake.partsIn(STATE_NAMESPACE);
  expect(others).toEqual([]);
  return xml === undefined ? undefined : stateFromXml(xml);
}

function openPane(fake: FakeExcel) {
  render(<App host={createOfficeHost(fake.excel, testEnvironment())} initialLanguage="en" />);
}

async function runAnalysis() {
  await waitFor(() => {
    expect(screen.getByTestId<HTMLButtonElement>("step-process").disabled).toBe(false);
  }, SLOW);
  fireEvent.click(screen.getByTestId("step-needs"));
  const run = await screen.findByTestId<HTMLButtonElement>("run-analysis", {}, SLOW);
  await waitFor(() => {
    expect(run.disabled).toBe(false);
  }, SLOW);
  fireEvent.click(run);
  await waitFor(() => {
    expect(screen.getByTestId<HTMLButtonElement>("step-requests").disabled).toBe(false);
  }, SLOW);
}

function card(testId: string, attribute: string, value: string): HTMLElement {
  const found = screen
    .getAllByTestId(testId)
    .find((element) => element.getAttribute(attribute) === value);
  if (found === undefined) throw new Error(`no ${testId} with ${attribute}=${value}`);
  return found;
}

describe("request status and process, saved in the workbook", () => {
  it("saves statuses and steps with the needs profile and shows them in the next pane", async () => {
    const fake = workbookWithSession();
    openPane(fake);
    await runAnalysis();

    // Data requests: save the first agency's pack; its indicators become requested.
    fireEvent.click(screen.getByTestId("step-requests"));
    const [pack] = await screen.findAllByTestId("pack-card", {}, SLOW);
    if (pack === undefined) throw new Error("no pack planned");
    const agency = within(pack).getAllByText(/./)[0]?.textContent ?? "";
    fireEvent.click(within(pack).getByTestId("save-pack"));
    await screen.findByTestId("packs-saved", {}, SLOW);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/^request-.+-\d{4}-\d\d-\d\d\.xlsx$/);
    const statuses = screen.getAllByTestId("status-card");
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status.dataset.state).toBe("requested");
    const indicator = statuses[0]?.dataset.indicator ?? "";

    // Validate the first one: who, a comment.
    const first = card("status-card", "data-indicator", indicator);
    fireEvent.click(within(first).getByTestId("status-edit"));
    fireEvent.change(within(first).getByTestId("validate-by"), {
      target: { value: "A. Petrova" },
    });
    fireEvent.change(within(first).getByTestId("validate-comment"), {
      target: { value: "Checked against the 2024 yearbook" },
    });
    fireEvent.click(within(first).getByTestId("validate"));
    expect(card("status-card", "data-indicator", indicator).dataset.state).toBe("validated");

    // Process: the expert team gets an owner and is done.
    fireEvent.click(screen.getByTestId("step-process"));
    const steps = await screen.findAllByTestId("process-step", {}, SLOW);
    expect(steps).toHaveLength(15);
    expect(screen.getAllByTestId("process-stage")).toHaveLength(3);
    // Gapmap follows the inventory: existing evidence is in progress, marked auto.
    const evidence = card("process-step", "data-step", "existing-evidence");
    expect([evidence.dataset.status, evidence.dataset.auto]).toEqual(["in-progress", "true"]);
    const team = card("process-step", "data-step", "expert-team");
    fireEvent.click(within(team).getByTestId("process-edit"));
    const owner = within(team).getByTestId("process-owner");
    fireEvent.change(owner, { target: { value: "TWG chair " } });
    fireEvent.blur(owner);
    fireEvent.change(within(team).getByTestId("process-status"), { target: { value: "done" } });
    expect(card("process-step", "data-step", "expert-team").dataset.status).toBe("done");

    // The workbook's state part now holds all of it, with the profile.
    await waitFor(() => {
      const tracking = savedState(fake)?.needsProfile?.tracking;
      expect(tracking?.process.find((s) => s.step === "expert-team")).toMatchObject({
        owner: "TWG chair",
        status: "done",
        auto: false,
      });
      const status = tracking?.requests.find((r) => r.indicator === indicator);
      expect(status?.validated).toMatchObject({
        by: "A. Petrova",
        comment: "Checked against the 2024 yearbook",
      });
      expect(status?.focalAgency).toBe(agency);
    }, SLOW);
    const saved = savedState(fake)?.needsProfile?.tracking;
    expect(saved?.requests.every((r) => r.requestedOn !== undefined)).toBe(true);
    cleanup();

    // A second pane on the same workbook: the process and the statuses come back.
    openPane(fake);
    await waitFor(() => {
      expect(screen.getByTestId<HTMLButtonElement>("step-process").disabled).toBe(false);
    }, SLOW);
    fireEvent.click(screen.getByTestId("step-process"));
    await screen.findAllByTestId("process-step", {}, SLOW);
    const restored = card("process-step", "data-step", "expert-team");
    expect([restored.dataset.status, restored.dataset.auto]).toEqual(["done", "false"]);
    expect(restored.textContent).toContain("TWG chair");
    expect(screen.getByTestId("process-done").textContent).toBe("Steps done: 1 of 15");
    await runAnalysis();
    fireEvent.click(screen.getByTestId("step-requests"));
    await screen.findAllByTestId("status-card", {}, SLOW);
    const back = card("status-card", "data-indicator", indicator);
    expect(back.dataset.state).toBe("validated");
    expect(within(back).getByTestId("status-validated").textContent).toContain("A. Petrova");
    expect(screen.getAllByTestId("status-card")).toHaveLength(saved?.requests.length ?? -1);
  }, 120_000);
});
