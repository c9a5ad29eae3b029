// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scannedFixture } from "../testing/scan-fixture";
import type { ScanProgress } from "./ScanProgressView";
import { ScanStep } from "./ScanStep";

afterEach(cleanup);

// happy-dom's Web Animations reject with AbortError when an animated bar unmounts mid-animation;
// without `animate`, Fluent skips motion, as it does in browsers that lack the API.
Object.defineProperty(HTMLElement.prototype, "animate", { value: undefined, configurable: true });

const base = {
  hostKind: "web" as const,
  busy: false,
  highlighted: undefined,
  onScan: () => {},
  onCancel: () => {},
  onShow: () => {},
  onNext: () => {},
};

const sheets = (entries: [string, "waiting" | "detecting" | "done"][]) => new Map(entries);

describe("ScanStep", () => {
  it("shows a card per table with its title and guesses; a click shows it", async () => {
    const found = await scannedFixture();
    const onShow = vi.fn();
    render(
      <ScanStep
        {...base}
        progress={{ fileName: "f.xlsx", stage: "done", readFraction: 1, sheets: sheets([]) }}
        found={found}
        highlighted={found[0]?.key}
        onShow={onShow}
      />,
    );
    const cards = screen.getAllByTestId("table-card");
    expect(cards).toHaveLength(found.length);
    expect(cards.map((c) => c.dataset.highlighted)).toEqual(found.map((_, i) => String(i === 0)));
    expect(screen.getAllByText(/^Confidence \d+%$/)).toHaveLength(found.length);
    expect(cards[0]?.textContent).toContain(`Sheet ${found[0]?.sheet}, cells`);
    fireEvent.click(cards.at(-1) as HTMLElement);
    expect(onShow).toHaveBeenCalledWith(found.at(-1));
    fireEvent.keyDown(cards[0] as HTMLElement, { key: "Enter" });
    expect(onShow).toHaveBeenCalledWith(found[0]);
  });

  it("offers a scan button instead of a file input inside Excel", () => {
    const onScan = vi.fn();
    render(
      <ScanStep
        {...base}
        hostKind="office"
        progress={undefined}
        found={undefined}
        onScan={onScan}
      />,
    );
    expect(screen.queryByTestId("workbook-input")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Scan this workbook" }));
    expect(onScan).toHaveBeenCalledWith(undefined);
  });

  it("reads without a made-up fraction, counts sheets while detecting, and folds when done", () => {
    const onCancel = vi.fn();
    const reading: ScanProgress = {
      fileName: "big.xlsx",
      stage: "reading",
      readFraction: 0,
      sheets: sheets([]),
      readingSheet: "Table 7",
    };
    const props = { ...base, busy: true, found: undefined, onCancel };
    const { rerender } = render(<ScanStep {...props} progress={reading} />);
    // The reader cannot say how far it is yet: an indeterminate bar, not one stuck at 0.
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBeNull();
    expect(screen.getByTestId("reading-sheet").textContent).toBe("Reading sheet Table 7…");
    fireEvent.click(screen.getByTestId("cancel-scan"));
    expect(onCancel).toHaveBeenCalled();

    const detecting: ScanProgress = {
      ...reading,
      stage: "detecting",
      readFraction: 1,
      sheets: sheets([
        ["A", "done"],
        ["B", "detecting"],
        ["C", "waiting"],
      ]),
    };
    rerender(<ScanStep {...props} progress={detecting} />);
    expect(screen.queryByTestId("reading-sheet")).toBeNull();
    expect(screen.getAllByRole("progressbar")).toHaveLength(1);
    expect(screen.getByTestId("scan-progress").textContent).toContain("1 / 3");

    rerender(<ScanStep {...props} busy={false} progress={{ ...detecting, stage: "done" }} />);
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);
    expect(screen.queryByTestId("cancel-scan")).toBeNull();
    expect(screen.getByTestId("scan-progress").textContent).toContain("Sheets read: 3");
  });
});
