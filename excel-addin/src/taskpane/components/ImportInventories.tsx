/** Inventories from other ministries or the browser extension, merged with duplicates and conflicts shown. */
import { Field, Text } from "@fluentui/react-components";
import type { MergeResult } from "@gapmap/core";
import { useI18n } from "../i18n-context";

export function ImportInventories(props: {
  merge: MergeResult | undefined;
  importedFiles: readonly string[];
  onFiles: (files: File[]) => void;
}) {
  const { t } = useI18n();
  const { merge } = props;
  return (
    <section>
      <Field label={t("importInventories")}>
        <input
          data-testid="inventory-input"
          type="file"
          multiple
          accept=".json,.csv,.xlsx"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            if (files.length > 0) props.onFiles(files);
            event.currentTarget.value = "";
          }}
        />
      </Field>
      {merge && props.importedFiles.length > 0 && (
        <div data-testid="merge-report">
          <Text block>
            {t("importedRecords", {
              count: merge.inventory.records.length,
              files: props.importedFiles.join(", "),
            })}
          </Text>
          <Text block>
            {t("duplicates", { count: merge.duplicates.reduce((n, d) => n + d.dropped.length, 0) })}
          </Text>
          <Text block>{t("conflicts", { count: merge.conflicts.length })}</Text>
          <ul>
            {merge.conflicts.map((c) => (
              <li key={c.records.map((r) => `${r.owner}/${r.id}`).join("|")}>
                {t("conflictLine", {
                  records: c.records.map((r) => `${r.owner}: ${r.id}`).join(" / "),
                  fields: c.differences.map((d) => d.field).join(", "),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
