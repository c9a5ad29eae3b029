/** The side panel: page findings, the record form, and inventory export/import. */
import type { SourceRecord } from "@gapmap/core/inventory";
import { useCallback, useEffect, useState } from "react";
import { InventoryActions } from "./panel/InventoryActions";
import { PageSummary } from "./panel/PageSummary";
import { RecordForm } from "./panel/RecordForm";
import { fetchPageState, showCardInPage, targetTabId } from "./panel/page-connection";
import { loadInventory } from "./platform/inventory-store";
import type { PageState } from "./platform/messages";
import { getSitePrefs, siteKey, updateSitePrefs } from "./platform/site-prefs";
import type { SitePrefs } from "./platform/storage-keys";

interface Loaded {
  tabId: number;
  page: PageState;
  records: SourceRecord[];
  prefs: SitePrefs;
}

async function load(): Promise<Loaded> {
  const tabId = await targetTabId(location.search);
  if (tabId === undefined) throw new Error("No active tab.");
  const page = await fetchPageState(tabId);
  const site = siteKey(page.url);
  const inventory = await loadInventory();
  const records = inventory.records.filter(
    (r) => r.location.kind === "web" && siteKey(r.location.url) === site,
  );
  return { tabId, page, records, prefs: await getSitePrefs(page.url) };
}

function SidePanel() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState("");
  const refresh = useCallback(() => {
    load().then(
      (l) => {
        setLoaded(l);
        setError("");
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, []);
  useEffect(refresh, [refresh]);

  const toggleAlwaysOn = async (alwaysOn: boolean) => {
    if (!loaded) return;
    try {
      await updateSitePrefs(loaded.page.url, { alwaysOn });
      refresh();
    } catch (e) {
      setError(`Could not save the site setting: ${String(e)}`);
    }
  };

  return (
    <main style={{ font: "14px/1.4 system-ui, sans-serif", padding: 12 }}>
      <h1>Gapmap</h1>
      <p>Everything stays in this browser; nothing is sent anywhere.</p>
      <button type="button" onClick={refresh}>
        Refresh
      </button>
      {error && <p role="alert">{error}</p>}
      {loaded && (
        <>
          <label>
            <input
              type="checkbox"
              checked={loaded.prefs.alwaysOn}
              onChange={(e) => void toggleAlwaysOn(e.target.checked)}
            />
            Always tag this site
          </label>
          <PageSummary
            page={loaded.page}
            records={loaded.records}
            onShowIndicator={(id, occurrence) => void showCardInPage(loaded.tabId, id, occurrence)}
          />
          <RecordForm
            tabId={loaded.tabId}
            page={loaded.page}
            producer={loaded.prefs.producer}
            onSaved={refresh}
          />
        </>
      )}
      <InventoryActions onChanged={refresh} />
    </main>
  );
}

export default SidePanel;
