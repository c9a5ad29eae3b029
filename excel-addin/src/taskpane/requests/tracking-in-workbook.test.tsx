// @vitest-environment jsdom
/**
 * The request status and the process view kept in the workbook: the real Office host over the
 * strict fake Excel (custom XML parts, request caps), the whole pane rendered. A pack is saved
 * (its indicators become "requested"), one indicator is validated, one process step is given an
 * owner and a status; the state part then holds them with the needs profile, and a second pane
 * opened on the same workbook shows them again.
 */
import { cleanup, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createOfficeHost } from "../../host/office-host";
import { testEnvironment } from "../../host/testing/office-environment";
import { FakeExcel } from "../../office/testing/fake-excel";
import { STATE_NAMESPACE, stateToXml } from "../../office/workbook-state";
import { App } from "../App";
import { jsdomPane } from "../testing/jsdom-pane";
import {
  expectRestored,
  expectSavedTracking,
  finishExpertTeam,
  requestAndValidate,
  runAnalysis,
  savedState,
  sessionToResume,
} from "../testing/tracking-walk";

const downloads = jsdomPane();

function workbookWithSession(): FakeExcel {
  return new FakeExcel({
    sheets: [{ name: "Data", values: [["Population"]] }],
    customXml: [{ id: "{state}", namespace: STATE_NAMESPACE, xml: stateToXml(sessionToResume()) }],
  });
}

function openPane(fake: FakeExcel) {
  render(<App host={createOfficeHost(fake.excel, testEnvironment())} initialLanguage="en" />);
}

describe("request status and process, saved in the workbook", () => {
  it("saves statuses and steps with the needs profile and shows them in the next pane", async () => {
    const fake = workbookWithSession();
    openPane(fake);
    await runAnalysis();
    const { agency, indicator } = await requestAndValidate();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/^request-.+-\d{4}-\d\d-\d\d\.xlsx$/);
    await finishExpertTeam();

    // The workbook's state part now holds all of it, with the profile.
    const saved = await expectSavedTracking(() => savedState(fake), { agency, indicator });
    cleanup();

    // A second pane on the same workbook: the process and the statuses come back.
    openPane(fake);
    await expectRestored(indicator, saved?.requests.length ?? -1);
  }, 120_000);
});
