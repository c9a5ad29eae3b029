/** This site's records and where each stands on the page on show. */
import { Badge, Text } from "@fluentui/react-components";
import type { SourceRecord } from "@gapmap/core/inventory";
import type { PageState } from "../platform/messages";
import { usePanelI18n } from "./i18n-context";
import { RECORD_STATUS_COLOR, RECORD_STATUS_LABEL, recordStatus } from "./record-status";
import { usePanelStyles } from "./styles";

export function SiteRecords({
  page,
  records,
}: {
  page: PageState;
  records: readonly SourceRecord[];
}) {
  const { t } = usePanelI18n();
  const styles = usePanelStyles();
  const anchors = new Map(page.records.map((r) => [r.recordId, r]));
  if (records.length === 0) return <Text className={styles.muted}>{t("noRecords")}</Text>;
  return (
    <ul className={styles.list} aria-label={t("sectionSiteRecords", { count: records.length })}>
      {records.map((record) => {
        const status = recordStatus(anchors.get(record.id));
        return (
          <li
            key={record.id}
            className={styles.row}
            data-record-id={record.id}
            data-status={status}
          >
            <Text className={styles.grow} dir="auto">
              {record.title ?? t("untitled")}
            </Text>
            <Badge appearance="tint" color={RECORD_STATUS_COLOR[status]}>
              {t(RECORD_STATUS_LABEL[status])}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
