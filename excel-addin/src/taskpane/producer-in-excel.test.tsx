// @vitest-environment happy-dom
/**
 * In Excel, the producer is prefilled from the open workbook's Company property as it is from a
 * file's in web mode: the real Office host reads the sheets and the document properties from the
 * strict fake Excel, the whole pane is rendered, and each review card shows the company as a
 * guess until the user accepts the table.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createOfficeHost } from "../host/office-host";
import { testEnvironment } from "../host/testing/office-environment";
import { FakeExcel } from "../office/testing/fake-excel";
import { App } from "./App";
import { fixtureGrids } from "./testing/scan-fixture";
import { setPaneWidth } from "./testing/pane-width";

afterEach(cleanup);
setPaneWidth(350);
Object.defineProperty(HTMLElement.prototype, "animate", { value: undefined, configurable: true });

const SLOW = { timeout: 30_000 };

/** The fixture's sheets as Excel holds them: empty cells read as "". */
async function fixtureWorkbook(company: string | undefined): Promise<FakeExcel> {
  const grids = await fixtureGrids();
  return new FakeExcel({
    sheets: grids.map((grid) => ({
      name: grid.name,
      values: grid.rows.map((row) => Array.from({ length: grid.width }, (_, c) => row[c] ?? "")),
    })),
    ...(company === undefined ? {} : { documentProperties: { company } }),
  });
}

async function reviewCards(fake: FakeExcel): Promise<HTMLElement[]> {
  render(<App host={createOfficeHost(fake.excel, testEnvironment())} initialLanguage="en" />);
  fireEvent.click(screen.getByRole("button", { name: "Scan this workbook" }));
  await screen.findByTestId("tables-found", {}, SLOW);
  fireEvent.click(screen.getByTestId("step-review"));
  return screen.findAllByTestId("review-row", {}, SLOW);
}

describe("producer from the open workbook's properties", () => {
  it("prefills the Company property as the producer, marked as a guess until accepted", async () => {
    const cards = await reviewCards(await fixtureWorkbook("Statistics Office of Ruritania"));
    const [card] = cards;
    if (card === undefined) throw new Error("no table found");
    const producer = within(card).getByRole<HTMLInputElement>("textbox", { name: /Producer/ });
    expect(producer.value).toBe("Statistics Office of Ruritania");
    expect(within(card).getAllByText("guess").length).toBeGreaterThan(0);
    const producerLabel = producer.closest("[class*='Field']") ?? card;
    expect(within(producerLabel as HTMLElement).queryByText("guess")).not.toBeNull();
    fireEvent.click(within(card).getByTestId("accept"));
    expect(within(card).queryByText("guess")).toBeNull();
  }, 60_000);

  it("keeps the catalogue's guess when the workbook names no company", async () => {
    const [card] = await reviewCards(await fixtureWorkbook(undefined));
    if (card === undefined) throw new Error("no table found");
    const producer = within(card).getByRole<HTMLInputElement>("textbox", { name: /Producer/ });
    expect(producer.value).not.toBe("Statistics Office of Ruritania");
  }, 60_000);
});
