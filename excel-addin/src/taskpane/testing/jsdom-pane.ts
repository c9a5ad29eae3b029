/**
 * jsdom set up for tests that render the whole pane (jsdom's DOMParser reads the workbook's
 * state part as Excel stores it): no Web Animations (Fluent then skips motion), a do-nothing
 * ResizeObserver (Fluent's message bar only uses it to reflow its actions), a 350 px pane, and
 * downloads caught instead of followed. Call once at the top of a test file.
 */
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { setPaneWidth } from "./pane-width";

/** The file names the pane downloaded in the current test. */
export function jsdomPane(width = 350): string[] {
  Object.defineProperty(HTMLElement.prototype, "animate", { value: undefined, configurable: true });
  Object.defineProperty(globalThis, "ResizeObserver", {
    configurable: true,
    value: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });
  setPaneWidth(width);
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
  return downloads;
}
