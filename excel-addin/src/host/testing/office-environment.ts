/** An `Office.context` stand-in for host tests: every set supported, browser windows recorded. */
import type { OfficeEnvironment } from "../save-file";

export function testEnvironment(
  overrides: Partial<OfficeEnvironment> & { opened?: string[] } = {},
): OfficeEnvironment {
  const opened = overrides.opened ?? [];
  return {
    platform: "PC",
    isSetSupported: () => true,
    openBrowserWindow: (url) => {
      opened.push(url);
    },
    pageUrl: "https://gapmap.example/addin/taskpane.html",
    ...overrides,
  };
}
