/**
 * The side panel: the page on show (indicators with counts and jump-to, its tables, the record
 * form, this site's records) and the inventory. It follows the active tab of its window.
 */
import {
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  Text,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import type { SourceRecord } from "@gapmap/core/inventory";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  LANGUAGE_NAMES,
  textDirection,
  translator,
  UI_LANGUAGES,
  type UiLanguage,
} from "../i18n/index";
import { defaultChromeApi } from "../platform/chrome-api";
import { loadInventory } from "../platform/inventory-store";
import { tagReplySchema } from "../platform/messages";
import { getSitePrefs, siteKey, updateSitePrefs } from "../platform/site-prefs";
import type { SitePrefs } from "../platform/storage-keys";
import { saveUiLanguage } from "../platform/ui-language";
import { followTab, type FollowedTab, type TabView } from "./followed-tab";
import { PanelI18nContext } from "./i18n-context";
import { IndicatorList } from "./IndicatorList";
import { InventorySection } from "./InventorySection";
import { showCardInPage } from "./page-connection";
import { RecordForm } from "./RecordForm";
import { SiteRecords } from "./SiteRecords";
import { usePanelStyles } from "./styles";
import { TableList } from "./TableList";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = usePanelStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" id={id} size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

function isWebRecordOf(record: SourceRecord, site: string | undefined): boolean {
  return record.location.kind === "web" && siteKey(record.location.url) === site;
}

export function App({ initialLanguage }: { initialLanguage: UiLanguage }) {
  const styles = usePanelStyles();
  const api = useMemo(() => defaultChromeApi(), []);
  const [language, setLanguage] = useState(initialLanguage);
  const i18n = useMemo(() => ({ language, t: translator(language) }), [language]);
  const { t } = i18n;
  const [view, setView] = useState<TabView>({ kind: "no-tab" });
  const [records, setRecords] = useState<SourceRecord[]>([]);
  const [prefs, setPrefs] = useState<SitePrefs>();
  const [error, setError] = useState("");
  const [tagging, setTagging] = useState(false);
  const followed = useRef<FollowedTab>(undefined);
  const page = view.kind === "tagged" ? view.page : undefined;

  useEffect(() => {
    const handle = followTab(api, location.search, setView);
    followed.current = handle;
    return () => {
      handle.stop();
    };
  }, [api]);

  const reloadInventory = useCallback(() => {
    loadInventory(api).then(
      (inventory) => {
        setRecords(inventory.records);
      },
      (e: unknown) => {
        setError(String(e));
      },
    );
  }, [api]);
  useEffect(reloadInventory, [reloadInventory, view]);

  useEffect(() => {
    if (page === undefined) return;
    void getSitePrefs(page.url, api).then(setPrefs);
  }, [api, page]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
  }, [language]);

  const changed = () => {
    reloadInventory();
    void followed.current?.refresh();
  };

  const tagNow = async () => {
    if (view.kind === "no-tab") return;
    setTagging(true);
    setError("");
    try {
      const reply = tagReplySchema.parse(
        await api.runtime.sendMessage({ type: "gapmap/tag-tab", tabId: view.tabId }),
      );
      if (!reply.ok) setError(t("tagFailed", { error: reply.error }));
    } catch (e) {
      setError(t("tagFailed", { error: String(e) }));
    } finally {
      setTagging(false);
    }
  };

  const toggleAlwaysOn = async (alwaysOn: boolean) => {
    if (!page) return;
    try {
      setPrefs(await updateSitePrefs(page.url, { alwaysOn }, api));
    } catch (e) {
      setError(t("siteSettingFailed", { error: String(e) }));
    }
  };

  const site = page && siteKey(page.url);
  const siteRecords = records.filter((r) => isWebRecordOf(r, site));

  return (
    <FluentProvider theme={webLightTheme} dir={textDirection(language)}>
      <PanelI18nContext.Provider value={i18n}>
        <main className={styles.root} lang={language}>
          <header className={styles.header}>
            <Title3 as="h1">{t("appName")}</Title3>
            <Select
              aria-label={t("language")}
              value={language}
              onChange={(_e, data) => {
                const next = UI_LANGUAGES.find((l) => l === data.value);
                if (next === undefined) return;
                setLanguage(next);
                void saveUiLanguage(next, api);
              }}
            >
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </Select>
          </header>
          <Text size={200} className={styles.muted}>
            {t("privacy")}
          </Text>
          {view.kind !== "no-tab" && (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={tagging} onClick={() => void tagNow()}>
                {tagging ? t("tagging") : t("tagPage")}
              </Button>
            </div>
          )}
          {error && (
            <MessageBar layout="multiline" intent="error" role="alert">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {view.kind === "no-tab" && <Text>{t("noTab")}</Text>}
          {view.kind === "loading" && <Spinner size="tiny" label={t("tagging")} />}
          {view.kind === "untagged" && (
            <MessageBar layout="multiline" intent="info" data-testid="not-tagged">
              <MessageBarBody>{t("notTagged")}</MessageBarBody>
            </MessageBar>
          )}
          {view.kind === "tagged" && page && (
            <div data-tab-id={view.tabId} data-page-url={page.url} className={styles.section}>
              <Section id="gapmap-page" title={t("sectionPage")}>
                <Text size={200} className={styles.muted} data-testid="page-title" dir="auto">
                  {page.title}
                </Text>
                <Text size={200}>{t("pageLanguage", { lang: page.lang.lang })}</Text>
                <Switch
                  label={t("alwaysTag")}
                  checked={prefs?.alwaysOn ?? false}
                  onChange={(_e, data) => void toggleAlwaysOn(data.checked)}
                />
                <Text as="h3" id="gapmap-indicators" weight="semibold" className={styles.heading}>
                  {t("indicatorsHeading", { count: page.mentions.length })}
                </Text>
                <IndicatorList
                  mentions={page.mentions}
                  onShow={(id, occurrence) => void showCardInPage(view.tabId, id, occurrence)}
                />
              </Section>
              <Divider />
              <Section id="gapmap-tables" title={t("sectionTables", { count: page.tables.length })}>
                <TableList tables={page.tables} />
              </Section>
              <Divider />
              <Section id="gapmap-record-heading" title={t("sectionRecord")}>
                <RecordForm
                  // A new tab or document gets a fresh form, prefilled from that page only.
                  key={`${view.tabId} ${page.url}`}
                  tabId={view.tabId}
                  page={page}
                  producer={prefs?.producer}
                  onSaved={changed}
                />
              </Section>
              <Divider />
              <Section
                id="gapmap-site-records"
                title={t("sectionSiteRecords", { count: siteRecords.length })}
              >
                <SiteRecords page={page} records={siteRecords} />
              </Section>
            </div>
          )}
          <Divider />
          <Section id="gapmap-inventory" title={t("sectionInventory", { count: records.length })}>
            <InventorySection records={records} page={page} onChanged={changed} />
          </Section>
        </main>
      </PanelI18nContext.Provider>
    </FluentProvider>
  );
}
