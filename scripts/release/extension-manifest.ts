/**
 * What the store packages add to the manifests Plasmo writes. Firefox needs an add-on ID to
 * sign an MV3 extension and (for new listings) a statement of data collection; Gapmap collects
 * nothing. `sidePanel` is Chrome's permission; Firefox shows the panel through sidebar_action.
 */

/** Stable: Firefox enterprise policies and updates find the add-on by this ID. */
export const FIREFOX_ADDON_ID = "gapmap@gapmap.github.io";
/** First Firefox with `data_collection_permissions` (desktop). */
export const FIREFOX_MIN_VERSION = "140.0";

export type Manifest = Record<string, unknown> & {
  version?: string;
  permissions?: string[];
  background?: Record<string, unknown>;
};

const GECKO_SETTINGS = {
  gecko: {
    id: FIREFOX_ADDON_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    data_collection_permissions: { required: ["none"] },
  },
};

export function firefoxManifest(built: Manifest): Manifest {
  return {
    ...built,
    permissions: (built.permissions ?? []).filter((p) => p !== "sidePanel"),
    browser_specific_settings: GECKO_SETTINGS,
  };
}

/**
 * Chrome and Edge ignore `browser_specific_settings` (it is how one manifest serves several
 * browsers); carrying it keeps the ID and the no-data-collection statement in both packages and
 * lets Mozilla's linter check the Chrome package too.
 */
export function chromeManifest(built: Manifest): Manifest {
  return { ...built, browser_specific_settings: GECKO_SETTINGS };
}
