// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { catalogue, scannedFixture } from "../testing/scan-fixture";
import { ScanStep } from "./ScanStep";

afterEach(cleanup);

describe("ScanStep", () => {
  it("shows a progress bar per sheet and a card per table with its guesses", async () => {
    const found = await scannedFixture();
    const onShow = vi.fn();
    render(
      <ScanStep
        hostKind="web"
        catalogue={catalogue}
        busy={false}
        progress={{
          fileName: "f.xlsx",
          readFraction: 1,
          sheets: new Map([
            ["Sheet 1", "done"],
            ["Sheet 2", "detecting"],
          ]),
        }}
        found={found}
        highlighted={found[0]?.key}
        onScan={() => {}}
        onShow={onShow}
      />,
    );
    expect(screen.getByText("Sheet Sheet 1")).toBeTruthy();
    expect(screen.getAllByRole("progressbar")).toHaveLength(3);
    const cards = screen.getAllByTestId("table-card");
    expect(cards).toHaveLength(found.length);
    expect(cards.map((c) => c.dataset.highlighted)).toEqual(found.map((_, i) => String(i === 0)));
    expect(screen.getAllByText(/^Confidence \d+%$/)).toHaveLength(found.length);
    fireEvent.click(cards.at(-1) as HTMLElement);
    expect(onShow).toHaveBeenCalledWith(found.at(-1));
  });

  it("offers a scan button instead of a file input inside Excel", () => {
    const onScan = vi.fn();
    render(
      <ScanStep
        hostKind="office"
        catalogue={catalogue}
        busy={false}
        progress={undefined}
        found={undefined}
        highlighted={undefined}
        onScan={onScan}
        onShow={() => {}}
      />,
    );
    expect(screen.queryByTestId("workbook-input")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Scan this workbook" }));
    expect(onScan).toHaveBeenCalledWith(undefined);
  });

  it("says which sheet is being read while a large file is parsed", () => {
    const props = {
      hostKind: "web" as const,
      catalogue,
      busy: true,
      found: undefined,
      highlighted: undefined,
      onScan: () => {},
      onShow: () => {},
    };
    const reading = { fileName: "big.xlsx", sheets: new Map(), readingSheet: "Table 7" };
    const { rerender } = render(
      <ScanStep {...props} progress={{ ...reading, readFraction: 0.4 }} />,
    );
    expect(screen.getByTestId("reading-sheet").textContent).toBe("Reading sheet Table 7…");
    rerender(<ScanStep {...props} progress={{ ...reading, readFraction: 1 }} />);
    expect(screen.queryByTestId("reading-sheet")).toBeNull();
  });
});
