/**
 * Every chrome.* call the extension makes, behind one promise-based seam. Code takes a
 * `ChromeApi` as a parameter (default: the real one), so tests pass a fake instead.
 */

export type StorageItems = Record<string, unknown>;

export interface ChromeApi {
  storage: {
    get(keys: readonly string[]): Promise<StorageItems>;
    set(items: StorageItems): Promise<void>;
  };
  tabs: {
    activeTabId(): Promise<number | undefined>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onComplete(listener: (tabId: number, url: string) => void): void;
  };
  scripting: {
    injectFile(tabId: number, file: string): Promise<void>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    /** The listener's returned promise becomes the reply. */
    onMessage(listener: (message: unknown) => Promise<unknown> | undefined): void;
    extensionPath(url: string): string;
  };
  ui: {
    onToolbarClick(listener: (tabId: number | undefined) => void): void;
    onCommand(listener: (command: string) => void): void;
    openSidePanel(tabId: number): Promise<void>;
    setBadge(tabId: number, text: string): Promise<void>;
  };
}

/** Builds the seam from a `chrome` object; browsers without sidePanel just skip opening it. */
export function createChromeApi(browser: typeof chrome): ChromeApi {
  return {
    storage: {
      get: (keys) => browser.storage.local.get([...keys]),
      set: (items) => browser.storage.local.set(items),
    },
    tabs: {
      activeTabId: async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      },
      sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
      onComplete: (listener) => {
        browser.tabs.onUpdated.addListener((tabId, change, tab) => {
          if (change.status === "complete" && tab.url !== undefined) listener(tabId, tab.url);
        });
      },
    },
    scripting: {
      injectFile: async (tabId, file) => {
        await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      },
    },
    runtime: {
      sendMessage: (message) => browser.runtime.sendMessage(message),
      onMessage: (listener) => {
        browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
          const reply = listener(message);
          if (reply === undefined) return false;
          reply.then(sendResponse, (error: unknown) => {
            sendResponse({ ok: false, error: String(error) });
          });
          return true; // keeps the channel open for the async reply
        });
      },
      extensionPath: (url) => new URL(url, browser.runtime.getURL("/")).pathname,
    },
    ui: {
      onToolbarClick: (listener) => {
        browser.action.onClicked.addListener((tab) => {
          listener(tab.id);
        });
      },
      onCommand: (listener) => {
        browser.commands.onCommand.addListener(listener);
      },
      openSidePanel: async (tabId) => {
        // Firefox has sidebar_action instead; the side panel is then opened from its own UI.
        if ("sidePanel" in browser) await browser.sidePanel.open({ tabId });
      },
      setBadge: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    },
  };
}

let realApi: ChromeApi | undefined;

/** The real browser API, built on first use so that importing this module stays side-effect free. */
export function defaultChromeApi(): ChromeApi {
  realApi ??= createChromeApi(chrome);
  return realApi;
}
