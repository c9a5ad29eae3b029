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
    /** The active tab of one window (the side panel follows its own window's tab). */
    activeTabInWindow(windowId: number): Promise<number | undefined>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onComplete(listener: (tabId: number, url: string) => void): void;
    /** Another tab became active in a window. */
    onActivated(listener: (tabId: number, windowId: number) => void): void;
    /** A tab started loading a new document: whatever was tagged there is gone. */
    onNavigated(listener: (tabId: number) => void): void;
  };
  windows: {
    /** The window this extension page lives in (the side panel's browser window). */
    currentId(): Promise<number | undefined>;
  };
  scripting: {
    injectFile(tabId: number, file: string): Promise<void>;
    /** Runs a self-contained function in the tab's isolated world; its result. */
    runInTab<A extends unknown[]>(
      tabId: number,
      func: (...args: A) => unknown,
      args: A,
    ): Promise<unknown>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    /**
     * The listener's returned promise becomes the reply; `senderTabId` is set when the message
     * comes from a content script.
     */
    onMessage(
      listener: (message: unknown, senderTabId: number | undefined) => Promise<unknown> | undefined,
    ): void;
    onInstalled(listener: () => void): void;
    extensionPath(url: string): string;
  };
  ui: {
    onToolbarClick(listener: (tabId: number | undefined) => void): void;
    onCommand(listener: (command: string, tabId: number | undefined) => void): void;
    /** Adds the page's context-menu entry (once, when the extension is installed or updated). */
    createContextMenu(id: string, title: string): void;
    onContextMenuClick(listener: (menuItemId: string, tabId: number | undefined) => void): void;
    openSidePanel(tabId: number): Promise<void>;
    setBadge(tabId: number, text: string): Promise<void>;
    /** The toolbar button's tooltip on one tab ("" for the default, the extension's name). */
    setTitle(tabId: number, title: string): Promise<void>;
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
      activeTabInWindow: async (windowId) => {
        const [tab] = await browser.tabs.query({ active: true, windowId });
        return tab?.id;
      },
      sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
      onComplete: (listener) => {
        browser.tabs.onUpdated.addListener((tabId, change, tab) => {
          if (change.status === "complete" && tab.url !== undefined) listener(tabId, tab.url);
        });
      },
      onActivated: (listener) => {
        browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
          listener(tabId, windowId);
        });
      },
      onNavigated: (listener) => {
        browser.tabs.onUpdated.addListener((tabId, change) => {
          if (change.status === "loading") listener(tabId);
        });
      },
    },
    windows: {
      currentId: async () => (await browser.windows.getCurrent()).id,
    },
    scripting: {
      injectFile: async (tabId, file) => {
        await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      },
      runInTab: async (tabId, func, args) => {
        const [first] = await browser.scripting.executeScript({ target: { tabId }, func, args });
        return first?.result;
      },
    },
    runtime: {
      sendMessage: (message) => browser.runtime.sendMessage(message),
      onMessage: (listener) => {
        browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
          const reply = listener(message, sender.tab?.id);
          if (reply === undefined) return false;
          reply.then(sendResponse, (error: unknown) => {
            sendResponse({ ok: false, error: String(error) });
          });
          return true; // keeps the channel open for the async reply
        });
      },
      onInstalled: (listener) => {
        browser.runtime.onInstalled.addListener(() => {
          listener();
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
        browser.commands.onCommand.addListener((command, tab) => {
          listener(command, tab?.id);
        });
      },
      createContextMenu: (id, title) => {
        browser.contextMenus.create({ id, title, contexts: ["page", "selection", "link"] }, () => {
          // Reading lastError marks a duplicate entry (an update re-running onInstalled) as handled.
          if (browser.runtime.lastError) return;
        });
      },
      onContextMenuClick: (listener) => {
        browser.contextMenus.onClicked.addListener((info, tab) => {
          listener(String(info.menuItemId), tab?.id);
        });
      },
      openSidePanel: async (tabId) => {
        // Firefox has sidebar_action instead; the side panel is then opened from its own UI.
        if ("sidePanel" in browser) await browser.sidePanel.open({ tabId });
      },
      setBadge: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
      setTitle: (tabId, title) => browser.action.setTitle({ tabId, title }),
    },
  };
}

let realApi: ChromeApi | undefined;

/** The real browser API, built on first use so that importing this module stays side-effect free. */
export function defaultChromeApi(): ChromeApi {
  realApi ??= createChromeApi(chrome);
  return realApi;
}
