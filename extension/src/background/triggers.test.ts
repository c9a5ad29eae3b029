import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createFakeChromeApi, type FakeChromeApi } from "../platform/fake-chrome-api";
import { STORAGE_KEYS } from "../platform/storage-keys";
import { CONTENT_SCRIPT_NAMES, LOADED_FILES_KEY } from "./content-script-files";
import { FAILED_BADGE } from "./gesture-feedback";
import { GRANT_RETRY_DELAYS_MS } from "./granted-access";

/** What Chromium's renderer answers a script that arrives before the gesture's grant does. */
const NOT_YET_GRANTED =
  "Cannot access contents of the page. Extension manifest must request permission to access the respective host.";
import { tagTab } from "./tag-tab";
import { startBackground, TAG_COMMAND, TAG_MENU_ITEM } from "./triggers";

/**
 * A tab as the background sees it: an isolated world that the injected files mark as they run
 * (as the build's guard does), a content script that answers once the tagger has run, and the
 * toolbar button's badge and tooltip.
 */
function fakeTab(
  api: FakeChromeApi,
  options: { loaded?: string[]; refuse?: string; refuseFirst?: number } = {},
) {
  let refusals = options.refuseFirst ?? 0;
  const world = new Set(options.loaded ?? []);
  const tab = {
    injected: [] as string[],
    tagged: 0,
    badge: new Map<number, string>(),
    title: new Map<number, string>(),
    /** A file that fails during its setup (it never marks itself). */
    failing: undefined as string | undefined,
  };
  api.runtime.extensionPath = (file) => `/${file}`;
  api.scripting.runInTab = (_tabId, func, args) => {
    if (options.refuse !== undefined) return Promise.reject(new Error(options.refuse));
    if (refusals-- > 0) return Promise.reject(new Error(NOT_YET_GRANTED));
    const scope = globalThis as unknown as Record<string, unknown>;
    scope[LOADED_FILES_KEY] = Object.fromEntries([...world].map((name) => [name, 1]));
    try {
      return Promise.resolve((func as (...a: unknown[]) => unknown)(...args));
    } finally {
      Reflect.deleteProperty(scope, LOADED_FILES_KEY);
    }
  };
  api.scripting.injectFile = async (_tabId, file) => {
    await Promise.resolve();
    const name = /([^/]+)\.js$/.exec(file)?.[1] ?? file;
    tab.injected.push(name);
    if (name !== tab.failing) world.add(name);
  };
  api.tabs.sendMessage = async () => {
    await Promise.resolve();
    if (!world.has("tagger")) throw new Error("Receiving end does not exist.");
    tab.tagged++;
    return {};
  };
  api.ui.setBadge = (tabId, text) => {
    tab.badge.set(tabId, text);
    return Promise.resolve();
  };
  api.ui.setTitle = (tabId, title) => {
    tab.title.set(tabId, title);
    return Promise.resolve();
  };
  return tab;
}

let warnings: string[];

beforeEach(() => {
  vi.stubGlobal("navigator", { language: "en-US" });
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    warnings.push(args.join(" "));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a gesture's tagging", () => {
  test("a fresh page gets every file once, in order, then is tagged; nothing is marked", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api);
    const reply = await startBackground(api).shortcut(TAG_COMMAND, 7);
    expect(reply).toEqual({ ok: true });
    expect(tab.injected).toEqual(CONTENT_SCRIPT_NAMES);
    expect(tab.tagged).toBe(1);
    expect(tab.badge.get(7)).toBe("");
    expect(tab.title.get(7)).toBe("");
    expect(warnings).toEqual([]);
  });

  test("a page tagged before gets no file again, only the request to tag", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api);
    const triggers = startBackground(api);
    await triggers.toolbar(7);
    tab.injected.length = 0;
    expect(await triggers.shortcut(TAG_COMMAND, 7)).toEqual({ ok: true });
    expect(tab.injected).toEqual([]);
    expect(tab.tagged).toBe(2);
  });

  test("a page holding some of the files gets the rest, in order", async () => {
    const api = createFakeChromeApi();
    const [first, second, ...rest] = CONTENT_SCRIPT_NAMES;
    const tab = fakeTab(api, { loaded: [first ?? "", second ?? ""] });
    expect(await startBackground(api).contextMenu(TAG_MENU_ITEM, 7)).toEqual({ ok: true });
    expect(tab.injected).toEqual(rest);
  });

  test("gestures on a tab being tagged join its pass (a held shortcut repeats its command)", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api);
    const triggers = startBackground(api);
    const replies = await Promise.all([1, 2, 3].map(() => triggers.shortcut(TAG_COMMAND, 7)));
    expect(replies).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(tab.injected).toEqual(CONTENT_SCRIPT_NAMES);
    expect(tab.tagged).toBe(1);
    // Once it is done, the next gesture tags again.
    await triggers.shortcut(TAG_COMMAND, 7);
    expect(tab.tagged).toBe(2);
  });
});

describe("a page that does not know yet of the gesture's grant", () => {
  test("refuses the first scripts: they are tried again, and the page is tagged", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api, { refuseFirst: 2 });
    expect(await startBackground(api).shortcut(TAG_COMMAND, 7)).toEqual({ ok: true });
    expect(tab.injected).toEqual(CONTENT_SCRIPT_NAMES);
    expect(tab.tagged).toBe(1);
    expect(warnings).toEqual([]);
  });

  test("refusing for longer than the grant can take is the page's answer, shown", async () => {
    vi.useFakeTimers();
    try {
      const api = createFakeChromeApi();
      const tab = fakeTab(api, { refuseFirst: GRANT_RETRY_DELAYS_MS.length + 1 });
      const reply = startBackground(api).shortcut(TAG_COMMAND, 7);
      await vi.runAllTimersAsync();
      expect(await reply).toEqual({ ok: false, error: NOT_YET_GRANTED });
      expect(tab.badge.get(7)).toBe(FAILED_BADGE);
    } finally {
      vi.useRealTimers();
    }
  });

  test("without a gesture (a site tagged on load, the panel) nothing is tried twice", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api, { refuseFirst: 1 });
    expect(await tagTab(7, api)).toEqual({ ok: false, error: NOT_YET_GRANTED });
    expect(tab.tagged).toBe(0);
  });

  test("another refusal is not waited on", async () => {
    const api = createFakeChromeApi();
    let asked = 0;
    fakeTab(api);
    api.scripting.runInTab = () => {
      asked++;
      return Promise.reject(new Error('Cannot access contents of url "chrome://version/".'));
    };
    expect((await startBackground(api).toolbar(7)).ok).toBe(false);
    expect(asked).toBe(1);
  });
});

describe("a gesture that fails says so", () => {
  test("a page the browser will not script: a badge, the reason in the tooltip, a console line", async () => {
    const api = createFakeChromeApi();
    const refuse = "Cannot access a chrome:// URL";
    const tab = fakeTab(api, { refuse });
    const reply = await startBackground(api).shortcut(TAG_COMMAND, 7);
    expect(reply).toEqual({ ok: false, error: refuse });
    expect(tab.badge.get(7)).toBe(FAILED_BADGE);
    expect(tab.title.get(7)).toBe(`Gapmap could not tag this page: ${refuse}`);
    expect(warnings).toEqual([`Gapmap: the keyboard shortcut could not tag tab 7: ${refuse}`]);
  });

  test("the tooltip speaks the UI language the analyst chose", async () => {
    const api = createFakeChromeApi({ [STORAGE_KEYS.uiLanguage]: "fr" });
    const tab = fakeTab(api, { refuse: "Cannot access a chrome:// URL" });
    await startBackground(api).toolbar(7);
    expect(tab.title.get(7)).toBe(
      "Gapmap n’a pas pu baliser cette page : Cannot access a chrome:// URL",
    );
  });

  test("a file whose setup failed is named, and the tab is not asked to tag", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api);
    tab.failing = "tagger-tables";
    const reply = await startBackground(api).shortcut(TAG_COMMAND, 7);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? "" : reply.error).toContain("tagger-tables");
    expect(tab.tagged).toBe(0);
    expect(tab.badge.get(7)).toBe(FAILED_BADGE);
  });

  test("a later success clears the mark", async () => {
    const api = createFakeChromeApi();
    const tab = fakeTab(api);
    tab.failing = "tagger";
    const triggers = startBackground(api);
    await triggers.shortcut(TAG_COMMAND, 7);
    expect(tab.badge.get(7)).toBe(FAILED_BADGE);
    tab.failing = undefined;
    expect(await triggers.shortcut(TAG_COMMAND, 7)).toEqual({ ok: true });
    expect(tab.badge.get(7)).toBe("");
    expect(tab.title.get(7)).toBe("");
  });

  test("no active tab: a console line (there is no tab to mark)", async () => {
    const api = createFakeChromeApi();
    api.tabs.activeTabId = () => Promise.resolve(undefined);
    const tab = fakeTab(api);
    expect(await startBackground(api).shortcut(TAG_COMMAND, undefined)).toEqual({
      ok: false,
      error: "no active tab",
    });
    expect(tab.badge.size).toBe(0);
    expect(warnings).toEqual([
      "Gapmap: the keyboard shortcut could not tag tab undefined: no active tab",
    ]);
  });
});
