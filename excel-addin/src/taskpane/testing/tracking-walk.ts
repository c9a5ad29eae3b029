/**
 * What a TWG secretary does in the Data requests and Process steps, as component-test actions on
 * the rendered pane: run the analysis, save the first agency's pack, validate one indicator,
 * give a process step an owner and mark it done. Used by the tests that keep these in the
 * workbook (the strict fake and office-addin-mock).
 */
import type { ProfileTracking } from "@gapmap/core";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { expect } from "vitest";
import type { WorkbookState } from "../../office/index";
import { STATE_NAMESPACE, stateFromXml } from "../../office/workbook-state";
import { EMPTY_CHOICE } from "../model/empty-choice";
import { buildProfile } from "../model/needs-edits";
import { inventoryOf } from "../model/review";
import { catalogue, PRESET, SEED_RECORD } from "../requests/testing/packs";

export const SLOW = { timeout: 30_000 };
export const VALIDATOR = "A. Petrova";
export const VALIDATION_COMMENT = "Checked against the 2024 yearbook";
export const STEP_OWNER = "TWG chair";

/** A session saved earlier: the core preset and one record, so the analysis can run at once. */
export function sessionToResume(): WorkbookState {
  return {
    schemaVersion: 1,
    needsProfile: buildProfile(catalogue, { ...EMPTY_CHOICE, presetId: PRESET }),
    inventory: inventoryOf([SEED_RECORD]),
    confirmations: [],
  };
}

/** The workbook's one state part, read (the strict fake and the mock both list parts). */
export function savedState(workbook: {
  partsIn(namespace: string): string[];
}): WorkbookState | undefined {
  const [xml, ...others] = workbook.partsIn(STATE_NAMESPACE);
  expect(others).toEqual([]);
  return xml === undefined ? undefined : stateFromXml(xml);
}

/** The card with `attribute` = `value` among those with `testId`. */
export function card(testId: string, attribute: string, value: string): HTMLElement {
  const found = screen
    .getAllByTestId(testId)
    .find((element) => element.getAttribute(attribute) === value);
  if (found === undefined) throw new Error(`no ${testId} with ${attribute}=${value}`);
  return found;
}

/** Needs step → Run; waits until the Data requests step opens. */
export async function runAnalysis(): Promise<void> {
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

/**
 * Saves the first agency's pack (its indicators become "requested"), then validates the first
 * of them with a name and a comment. Returns the agency and the validated indicator.
 */
export async function requestAndValidate(): Promise<{ agency: string; indicator: string }> {
  fireEvent.click(screen.getByTestId("step-requests"));
  const [pack] = await screen.findAllByTestId("pack-card", {}, SLOW);
  if (pack === undefined) throw new Error("no pack planned");
  const agency = within(pack).getAllByText(/./)[0]?.textContent ?? "";
  fireEvent.click(within(pack).getByTestId("save-pack"));
  await screen.findByTestId("packs-saved", {}, SLOW);
  const statuses = screen.getAllByTestId("status-card");
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) expect(status.dataset.state).toBe("requested");
  const indicator = statuses[0]?.dataset.indicator ?? "";

  const first = card("status-card", "data-indicator", indicator);
  fireEvent.click(within(first).getByTestId("status-edit"));
  fireEvent.change(within(first).getByTestId("validate-by"), { target: { value: VALIDATOR } });
  fireEvent.change(within(first).getByTestId("validate-comment"), {
    target: { value: VALIDATION_COMMENT },
  });
  fireEvent.click(within(first).getByTestId("validate"));
  expect(card("status-card", "data-indicator", indicator).dataset.state).toBe("validated");
  return { agency, indicator };
}

/** Process: the 15 steps in 3 stages; the expert team gets an owner and is done. */
export async function finishExpertTeam(): Promise<void> {
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
  fireEvent.change(owner, { target: { value: `${STEP_OWNER} ` } });
  fireEvent.blur(owner);
  fireEvent.change(within(team).getByTestId("process-status"), { target: { value: "done" } });
  expect(card("process-step", "data-step", "expert-team").dataset.status).toBe("done");
}

/** A pane opened later shows the finished step and the validated indicator again. */
export async function expectRestored(indicator: string, statusCount: number): Promise<void> {
  await waitFor(() => {
    expect(screen.getByTestId<HTMLButtonElement>("step-process").disabled).toBe(false);
  }, SLOW);
  fireEvent.click(screen.getByTestId("step-process"));
  await screen.findAllByTestId("process-step", {}, SLOW);
  const restored = card("process-step", "data-step", "expert-team");
  expect([restored.dataset.status, restored.dataset.auto]).toEqual(["done", "false"]);
  expect(restored.textContent).toContain(STEP_OWNER);
  expect(screen.getByTestId("process-done").textContent).toBe("Steps done: 1 of 15");
  await runAnalysis();
  fireEvent.click(screen.getByTestId("step-requests"));
  await screen.findAllByTestId("status-card", {}, SLOW);
  const back = card("status-card", "data-indicator", indicator);
  expect(back.dataset.state).toBe("validated");
  expect(within(back).getByTestId("status-validated").textContent).toContain(VALIDATOR);
  expect(screen.getAllByTestId("status-card")).toHaveLength(statusCount);
}

/** Waits until the saved state holds the finished step and the validation; its tracking back. */
export async function expectSavedTracking(
  saved: () => WorkbookState | undefined,
  expected: { agency: string; indicator: string },
): Promise<ProfileTracking | undefined> {
  await waitFor(() => {
    const tracking = saved()?.needsProfile?.tracking;
    expect(tracking?.process.find((s) => s.step === "expert-team")).toMatchObject({
      owner: STEP_OWNER,
      status: "done",
      auto: false,
    });
    const status = tracking?.requests.find((r) => r.indicator === expected.indicator);
    expect(status?.validated).toMatchObject({ by: VALIDATOR, comment: VALIDATION_COMMENT });
    expect(status?.focalAgency).toBe(expected.agency);
  }, SLOW);
  const tracking = saved()?.needsProfile?.tracking;
  expect(tracking?.requests.every((r) => r.requestedOn !== undefined)).toBe(true);
  return tracking;
}
