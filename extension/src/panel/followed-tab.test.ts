import { describe, expect, test } from "vitest";
import { createFakeChromeApi } from "../platform/fake-chrome-api";
import type { PageState } from "../platform/messages";
import { followTab, type TabView } from "./followed-tab";

const WINDOW = 7;

function pageState(url: string): PageState {
  return {
    url,
    title: url,
    lang: { lang: "en", source: "html", confidence: 1 },
    mentions: [],
    tables: [],
    downloads: [],
    records: [],
  };
}

/** A browser with three tabs in one window; tabs 1 and 2 are tagged, tab 3 is not. */
function browser() {
  const api = createFakeChromeApi();
  const activated: ((tabId: number, windowId: number) => void)[] = [];
  const navigated: ((tabId: number) => void)[] = [];
  const messages: ((m: unknown, tabId: number | undefined) => unknown)[] = [];
  const states = new Map<number, PageState>([
    [1, pageState("https://a.example/")],
    [2, pageState("https://b.example/")],
  ]);
  let active = 1;
  api.tabs.activeTabInWindow = (windowId) => Promise.resolve(windowId === WINDOW ? active : 99);
  api.tabs.onActivated = (l) => activated.push(l);
  api.tabs.onNavigated = (l) => navigated.push(l);
  api.runtime.onMessage = (l) => messages.push(l);
  api.tabs.sendMessage = (tabId, message) => {
    const type = (message as { type: string }).type;
    if (!states.has(tabId)) return Promise.reject(new Error("Receiving end does not exist."));
    return Promise.resolve(type === "gapmap/current-state" ? states.get(tabId) : null);
  };
  const views: TabView[] = [];
  const settle = () => new Promise((done) => setTimeout(done, 0));
  return {
    api,
    views,
    states,
    last: () => views.at(-1),
    async activate(tabId: number, windowId = WINDOW) {
      active = tabId;
      for (const l of activated) l(tabId, windowId);
      await settle();
    },
    async navigate(tabId: number) {
      states.delete(tabId);
      for (const l of navigated) l(tabId);
      await settle();
    },
    async push(tabId: number, state: PageState) {
      states.set(tabId, state);
      for (const l of messages) l({ type: "gapmap/page-updated", state }, tabId);
      await settle();
    },
    settle,
  };
}

const shown = (view: TabView | undefined) =>
  view?.kind === "tagged"
    ? `${view.tabId} ${view.page.url}`
    : `${view?.kind} ${view && "tabId" in view ? view.tabId : ""}`;

describe("the side panel follows the active tab", () => {
  test("switching between three tabs shows each tab's own state, and tags pushed later", async () => {
    const b = browser();
    followTab(b.api, `?window=${WINDOW}`, (v) => b.views.push(v));
    await b.settle();
    expect(shown(b.last())).toBe("1 https://a.example/");

    await b.activate(2);
    expect(shown(b.last())).toBe("2 https://b.example/");
    await b.activate(3);
    expect(shown(b.last())).toBe("untagged 3");

    // Tab 3 is tagged by the toolbar while on show: its content script pushes the state.
    await b.push(3, pageState("https://c.example/"));
    expect(shown(b.last())).toBe("3 https://c.example/");
    // A push from a tab not on show changes nothing.
    await b.push(1, pageState("https://a.example/retagged"));
    expect(shown(b.last())).toBe("3 https://c.example/");

    await b.activate(1);
    expect(shown(b.last())).toBe("1 https://a.example/retagged");
    // Another window's tab switch is not ours.
    await b.activate(2, WINDOW + 1);
    expect(shown(b.last())).toBe("1 https://a.example/retagged");
  });

  test("navigation drops the tab's state; a stopped panel receives nothing", async () => {
    const b = browser();
    const handle = followTab(b.api, `?window=${WINDOW}`, (v) => b.views.push(v));
    await b.settle();
    await b.navigate(1);
    expect(shown(b.last())).toBe("untagged 1");
    handle.stop();
    const count = b.views.length;
    await b.activate(2);
    expect(b.views).toHaveLength(count);
  });

  test("a pinned tab (?tab=) is shown whatever becomes active", async () => {
    const b = browser();
    followTab(b.api, "?tab=2", (v) => b.views.push(v));
    await b.settle();
    await b.activate(1);
    expect(shown(b.last())).toBe("2 https://b.example/");
  });
});
