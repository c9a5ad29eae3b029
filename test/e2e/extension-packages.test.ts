/**
 * The extension's store packages: the zips `npm run build:extension` writes (from the production
 * builds, which `npm test` makes first in `pretest`) carry complete manifests for each store,
 * and Mozilla's addons-linter finds no error in either, offline.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { FIREFOX_ADDON_ID } from "../../scripts/release/extension-manifest";
import { lintExtension, lintSummary } from "../../scripts/release/lint-extension";
import {
  EXTENSION_TARGETS,
  zipExtension,
  type ExtensionTarget,
} from "../../scripts/release/package-extension";
import { releaseVersion } from "../../scripts/release/paths";

interface Manifest {
  version: string;
  permissions: string[];
  host_permissions?: string[];
  background: { service_worker?: string; scripts?: string[] };
  side_panel?: unknown;
  sidebar_action?: unknown;
  browser_specific_settings: {
    gecko: { id: string; data_collection_permissions: { required: string[] } };
  };
}

let zips: Record<ExtensionTarget, string>;
let lints: Record<ExtensionTarget, ReturnType<typeof lintExtension>>;
const manifestOf = (target: ExtensionTarget) =>
  JSON.parse(
    Buffer.from(unzipSync(readFileSync(zips[target]))["manifest.json"] ?? []).toString(),
  ) as Manifest;

beforeAll(() => {
  zips = zipExtension(mkdtempSync(join(tmpdir(), "gapmap-ext-zips-")));
  // Both linter runs at once: each takes a while over the bundled scripts.
  lints = {
    chrome: lintExtension(zips.chrome, "chrome"),
    firefox: lintExtension(zips.firefox, "firefox"),
  };
  for (const lint of Object.values(lints)) lint.catch(() => undefined);
});

describe("the extension's store packages", () => {
  it("name the release version and the same Firefox ID, and collect no data", () => {
    for (const target of EXTENSION_TARGETS) {
      const m = manifestOf(target);
      expect(zips[target]).toMatch(new RegExp(`gapmap-${target}-${releaseVersion()}\\.zip$`));
      expect(m.version).toBe(releaseVersion());
      expect(m.browser_specific_settings.gecko.id).toBe(FIREFOX_ADDON_ID);
      expect(m.browser_specific_settings.gecko.data_collection_permissions.required).toEqual([
        "none",
      ]);
      expect(m.host_permissions ?? []).toEqual([]);
    }
  });

  it("give Chrome a service worker and side panel, Firefox background scripts and a sidebar", () => {
    const chrome = manifestOf("chrome");
    expect(chrome.background.service_worker).toBeTruthy();
    expect(chrome.side_panel).toBeTruthy();
    expect(chrome.permissions).toContain("sidePanel");
    const firefox = manifestOf("firefox");
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.background.scripts?.length).toBeGreaterThan(0);
    expect(firefox.sidebar_action).toBeTruthy();
    expect(firefox.permissions).not.toContain("sidePanel");
  });

  for (const target of ["chrome", "firefox"] as const) {
    it(`pass Mozilla's addons-linter with no errors: ${target}`, async () => {
      const result = await lints[target];
      expect(lintSummary(result.errors)).toEqual([]);
    }, 300_000);
  }
});
