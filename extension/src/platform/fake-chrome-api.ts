/** An in-memory ChromeApi for tests: storage is a Map that round-trips through JSON, like the real one. */
import type { ChromeApi, StorageItems } from "./chrome-api";

export interface FakeChromeApi extends ChromeApi {
  stored: Map<string, unknown>;
  /** When set, every storage write rejects with this message. */
  failWrites?: string;
}

export function createFakeChromeApi(initial: StorageItems = {}): FakeChromeApi {
  const stored = new Map<string, unknown>(Object.entries(initial));
  const unused = () => Promise.reject(new Error("not available in the fake"));
  const fake: FakeChromeApi = {
    stored,
    storage: {
      get: (keys) =>
        Promise.resolve(
          Object.fromEntries(keys.filter((k) => stored.has(k)).map((k) => [k, stored.get(k)])),
        ),
      set: (items) => {
        if (fake.failWrites !== undefined) return Promise.reject(new Error(fake.failWrites));
        for (const [key, value] of Object.entries(items))
          stored.set(key, JSON.parse(JSON.stringify(value)));
        return Promise.resolve();
      },
    },
    tabs: {
      activeTabId: () => Promise.resolve(1),
      activeTabInWindow: () => Promise.resolve(1),
      sendMessage: unused,
      onComplete: () => undefined,
      onActivated: () => undefined,
      onNavigated: () => undefined,
    },
    windows: { currentId: () => Promise.resolve(1) },
    scripting: { injectFile: unused, runInTab: unused },
    runtime: {
      sendMessage: unused,
      onMessage: () => undefined,
      onInstalled: () => undefined,
      extensionPath: (url) => new URL(url).pathname,
    },
    ui: {
      onToolbarClick: () => undefined,
      onCommand: () => undefined,
      createContextMenu: () => undefined,
      onContextMenuClick: () => undefined,
      openSidePanel: () => Promise.resolve(),
      setBadge: () => Promise.resolve(),
      setTitle: () => Promise.resolve(),
    },
  };
  return fake;
}
