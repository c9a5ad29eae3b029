/**
 * The whole inventory: search, edit, delete, export (Web Annotation JSON, CSV, .xlsx) and
 * import (merged; every duplicate, conflict and renamed ID is listed, nothing replaced silently).
 */
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import type { MergeResult, SourceRecord } from "@gapmap/core/inventory";
import { useRef, useState, type ChangeEvent } from "react";
import { indicatorName } from "../i18n/catalogue-names";
import type { Translate } from "../i18n/index";
import { deleteRecord } from "../platform/inventory-store";
import type { PageState } from "../platform/messages";
import { downloadFile } from "./download-file";
import { CatalogueNameList } from "./CatalogueName";
import { usePanelI18n } from "./i18n-context";
import {
  describeMerge,
  EXPORT_FORMATS,
  exportInventoryFile,
  importInventoryFile,
  type ExportFormat,
} from "./inventory-files";

import { searchRecords } from "./inventory-search";
import { RecordEditor } from "./RecordEditor";
import { RECORD_STATUS_COLOR, RECORD_STATUS_LABEL, recordStatus } from "./record-status";
import { usePanelStyles } from "./styles";

const EXPORT_LABEL = { json: "exportJson", csv: "exportCsv", xlsx: "exportXlsx" } as const;

/**
 * A status line is kept as what it says, not as words: it is rendered in the panel's current
 * language, so switching language after an import or export also switches the line.
 */
interface StatusMessage {
  ok: boolean;
  text: (t: Translate) => string;
}

interface Props {
  records: readonly SourceRecord[];
  page: PageState | undefined;
  onChanged: () => void;
}

export function InventorySection({ records, page, onChanged }: Props) {
  const { t, language } = usePanelI18n();
  const styles = usePanelStyles();
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [message, setMessage] = useState<StatusMessage>();
  const [merged, setMerged] = useState<MergeResult>();
  const fileInput = useRef<HTMLInputElement>(null);
  const anchors = new Map(page?.records.map((r) => [r.recordId, r]));
  const name = (id: string) => indicatorName(id, language).text;
  const shown = searchRecords(records, query, name);
  const report = merged === undefined ? [] : describeMerge(merged, t);

  const exportAs = async (format: ExportFormat) => {
    try {
      const file = await exportInventoryFile(format);
      downloadFile(document, file.name, file.data, file.type);
      setMessage({ ok: true, text: (tr) => tr("exported", { file: file.name }) });
    } catch (error) {
      setMessage({ ok: false, text: (tr) => tr("exportFailed", { error: String(error) }) });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const result = await importInventoryFile(file.name, new Uint8Array(await file.arrayBuffer()));
      setMessage({
        ok: true,
        text: (tr) =>
          tr("imported", {
            records: result.inventory.records.length,
            duplicates: result.duplicates.length,
            conflicts: result.conflicts.length,
          }),
      });
      setMerged(result);
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: (tr) => tr("importFailed", { error: String(error) }) });
      setMerged(undefined);
    } finally {
      event.target.value = ""; // the same file can be chosen again
    }
  };

  const remove = async (record: SourceRecord) => {
    try {
      await deleteRecord(record.id);
      setMessage({ ok: true, text: (tr) => tr("deleted", { title: record.title ?? record.id }) });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: () => String(error) });
    }
    setDeleting(undefined);
  };

  return (
    <>
      <Field label={t("searchInventory")}>
        <Input
          type="search"
          value={query}
          onChange={(_e, data) => {
            setQuery(data.value);
          }}
        />
      </Field>
      {records.length === 0 ? (
        <Text className={styles.muted}>{t("noRecords")}</Text>
      ) : shown.length === 0 ? (
        <Text className={styles.muted}>{t("noMatch")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("sectionInventory", { count: records.length })}>
          {shown.map((record) => {
            const status = recordStatus(anchors.get(record.id));
            return (
              <li key={record.id} className={styles.item} data-inventory-id={record.id}>
                <div className={styles.row}>
                  <Text weight="semibold" className={styles.grow} dir="auto">
                    {record.title ?? t("untitled")}
                  </Text>
                  {page && (
                    <Badge appearance="tint" color={RECORD_STATUS_COLOR[status]}>
                      {t(RECORD_STATUS_LABEL[status])}
                    </Badge>
                  )}
                </div>
                <Text size={200} className={styles.muted} dir="auto">
                  {record.producer !== undefined && record.producer !== "" && (
                    <>
                      <span dir="auto">{record.producer}</span>
                      {record.indicators.length > 0 && " · "}
                    </>
                  )}
                  <CatalogueNameList
                    names={record.indicators.map((id) => indicatorName(id, language))}
                  />
                </Text>
                {editing === record.id ? (
                  <RecordEditor
                    record={record}
                    onDone={(done) => {
                      setEditing(undefined);
                      if (done !== undefined) {
                        setMessage({ ok: true, text: done });
                        onChanged();
                      }
                    }}
                  />
                ) : (
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      onClick={() => {
                        setEditing(record.id);
                      }}
                      aria-label={`${t("edit")}: ${record.title ?? record.id}`}
                    >
                      {t("edit")}
                    </Button>
                    {deleting === record.id ? (
                      <>
                        <Button
                          size="small"
                          appearance="primary"
                          onClick={() => void remove(record)}
                        >
                          {t("confirmDelete")}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => {
                            setDeleting(undefined);
                          }}
                        >
                          {t("cancel")}
                        </Button>
                      </>
                    ) : (
                      <Button
                        size="small"
                        onClick={() => {
                          setDeleting(record.id);
                        }}
                        aria-label={`${t("delete")}: ${record.title ?? record.id}`}
                      >
                        {t("delete")}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.actions}>
        {EXPORT_FORMATS.map((format) => (
          <Button key={format} onClick={() => void exportAs(format)}>
            {t(EXPORT_LABEL[format])}
          </Button>
        ))}
        <Button onClick={() => fileInput.current?.click()}>{t("importInventory")}</Button>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label={t("importInventory")}
          accept=".json,.jsonld,.csv,.xlsx,application/json,text/csv"
          onChange={(e) => void importFile(e)}
        />
      </div>
      <div role="status" aria-live="polite" data-testid="inventory-status">
        {message && (
          <MessageBar layout="multiline" intent={message.ok ? "success" : "error"}>
            <MessageBarBody>{message.text(t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {report.length > 0 && (
        <ul className={styles.list} aria-label={t("importReport")}>
          {report.map((line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
