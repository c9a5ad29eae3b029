// @vitest-environment happy-dom
import "../testing/bundled-catalogue";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, test } from "vitest";
import { translator, type UiLanguage } from "../i18n/index";
import type { PageTable } from "../platform/messages";
import { PanelI18nContext } from "./i18n-context";
import { TableList } from "./TableList";

// React's act() needs to be told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = "";
});

function renderTables(tables: PageTable[], language: UiLanguage): HTMLElement {
  const host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  act(() => {
    root?.render(
      <PanelI18nContext.Provider value={{ language, t: translator(language) }}>
        <TableList tables={tables} />
      </PanelI18nContext.Provider>,
    );
  });
  return host;
}

const table = (indicatorIds: string[]): PageTable => ({
  selector: "body > table:nth-of-type(1)",
  name: "Residents by citizenship",
  nameSource: "caption",
  source: "table",
  caption: "Residents by citizenship",
  years: [2022],
  breakdowns: ["citizenship"],
  indicatorIds,
  indicatorNames: indicatorIds,
});

describe("catalogue names in the panel", () => {
  test("a name the catalogue lacks in the panel's language is shown in English and marked", () => {
    // No catalogue name at all in Arabic (or any language): the ID, marked, beside a real name.
    const host = renderTables([table(["stock-immigrants", "not-in-the-catalogue"])], "ar");
    const names = host.querySelectorAll("li span[lang]");
    expect([...names].map((n) => n.getAttribute("lang"))).toEqual(["ar", "en"]);
    expect(names[1]?.textContent).toBe("not-in-the-catalogue");
    const marks = host.querySelectorAll('[data-testid="english-fallback"]');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe("EN");
  });

  test("names the catalogue has are not marked", () => {
    const host = renderTables([table(["stock-immigrants", "flow-immigration"])], "fr");
    expect(host.querySelectorAll("li span[lang='fr']")).toHaveLength(2);
    expect(host.querySelectorAll('[data-testid="english-fallback"]')).toHaveLength(0);
  });
});
