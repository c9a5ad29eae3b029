// @vitest-environment jsdom
/**
 * Issue 14's task pane over Microsoft's office-addin-mock: the TWG saves an agency's pack (its
 * indicators become "requested"), validates one indicator and finishes a process step; the
 * workbook's state part then holds them with the needs profile, "Write to workbook" puts the
 * statuses in the Action plan sheet's status columns, and a pane opened later on the same
 * workbook shows the process view and the statuses again.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { createOfficeHost } from "../../host/office-host";
import { testEnvironment } from "../../host/testing/office-environment";
import type { ExcelRunner } from "../../office/index";
import { MockWorkbook } from "../../office/testing/mock-workbook";
import { STATE_NAMESPACE, stateToXml } from "../../office/workbook-state";
import { App } from "../App";
import { SHEET_NAMES } from "../model/assessment-sheets";
import { jsdomPane } from "../testing/jsdom-pane";
import {
  expectRestored,
  expectSavedTracking,
  finishExpertTeam,
  requestAndValidate,
  runAnalysis,
  savedState,
  sessionToResume,
  SLOW,
  VALIDATION_COMMENT,
  VALIDATOR,
} from "../testing/tracking-walk";

const downloads = jsdomPane();
const DATE = "\\d{4}-\\d\\d-\\d\\d";
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pane opened on the workbook: a fresh office-addin-mock `Excel` over the same file. */
function openPane(workbook: MockWorkbook) {
  const excel = new OfficeMockObject(workbook.data) as unknown as ExcelRunner;
  render(<App host={createOfficeHost(excel, testEnvironment())} initialLanguage="en" />);
}

describe("request status and process in Excel, on office-addin-mock", () => {
  it("saves them in the workbook, writes them in the Action plan, shows them again", async () => {
    const workbook = new MockWorkbook({
      sheets: [{ name: "Data", values: [["Population"]] }],
      parts: [{ id: "{state}", namespace: STATE_NAMESPACE, xml: stateToXml(sessionToResume()) }],
    });
    openPane(workbook);
    await runAnalysis();
    const { agency, indicator } = await requestAndValidate();
    expect(downloads).toHaveLength(1);
    await finishExpertTeam();
    const saved = await expectSavedTracking(() => savedState(workbook), { agency, indicator });

    // Results → Write to workbook: the Action plan carries the request status and validation.
    fireEvent.click(screen.getByTestId("step-gaps"));
    await waitFor(() => {
      expect(screen.getByTestId<HTMLButtonElement>("write-sheets").disabled).toBe(false);
    }, SLOW);
    fireEvent.click(screen.getByTestId("write-sheets"));
    await screen.findByText(/^Written:/, {}, SLOW);
    const plan = workbook.sheet(SHEET_NAMES.actions)?.values ?? [];
    expect(plan[0]?.slice(-3)).toEqual(["Timeline", "Request status", "Validation"]);
    const statuses = plan.slice(1).map((cells) => cells.slice(-2).map(String));
    const validated = statuses.filter(([state]) => state?.startsWith("Validated"));
    expect(validated.length).toBeGreaterThan(0);
    for (const [state, validation] of validated) {
      expect(state).toMatch(new RegExp(`^Validated ${DATE} \\(${literal(agency)}\\)$`));
      expect(validation).toMatch(
        new RegExp(`^${literal(VALIDATOR)}, ${DATE}: ${literal(VALIDATION_COMMENT)}$`),
      );
    }
    // The pack's other indicators are requested; indicators in no pack are not.
    expect(statuses.some(([state]) => state?.startsWith("Requested"))).toBe(true);
    expect(statuses.some(([state]) => state === "Not requested")).toBe(true);

    // Excel closed and opened again: a new pane reads the part back.
    cleanup();
    openPane(workbook);
    await expectRestored(indicator, saved?.requests.length ?? -1);
  }, 180_000);
});
