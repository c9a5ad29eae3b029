/** Step 4: scores and the gap matrix, then write them to the workbook or export them. */
import { Button, Text } from "@fluentui/react-components";
import { GAP_TYPES, GAP_TYPE_LABELS, type Assessment } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { ExportFormat } from "../model/run-assessment";

/** Traffic-light fills, as in the exported matrix. */
const STATUS_FILLS = { met: "#C6EFCE", "partly-met": "#FFE699", "not-met": "#F8CBAD" } as const;

export function GapStep(props: {
  assessment: Assessment;
  canWrite: boolean;
  busy: boolean;
  onWrite: () => void;
  onExport: (format: ExportFormat) => void;
}) {
  const { t } = useI18n();
  const { assessment } = props;
  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text size={500} weight="semibold" data-testid="overall-score">
        {t("overallScore")}: {Math.round(assessment.summary.overall)}
      </Text>
      <Text weight="semibold">{t("scoresBySection")}</Text>
      <ul style={{ margin: 0 }}>
        {assessment.sections.map((s) => (
          <li key={s.id}>
            {s.label}: {Math.round(s.score)} ({s.indicatorCount})
          </li>
        ))}
      </ul>
      <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
        {props.canWrite && (
          <Button appearance="primary" disabled={props.busy} onClick={props.onWrite}>
            {t("writeToWorkbook")}
          </Button>
        )}
        <Button
          data-testid="export-xlsx"
          disabled={props.busy}
          onClick={() => {
            props.onExport("xlsx");
          }}
        >
          {t("exportXlsx")}
        </Button>
        <Button
          data-testid="export-csv"
          disabled={props.busy}
          onClick={() => {
            props.onExport("csv");
          }}
        >
          {t("exportCsv")}
        </Button>
        <Button
          data-testid="export-json"
          disabled={props.busy}
          onClick={() => {
            props.onExport("json");
          }}
        >
          {t("exportJson")}
        </Button>
      </div>
      <Text weight="semibold">{t("gapMatrix")}</Text>
      <div style={{ overflowX: "auto" }}>
        <table data-testid="gap-matrix" style={{ fontSize: 11, borderCollapse: "collapse" }}>
          <thead>
            <tr>
              <th>{t("indicator")}</th>
              <th>{t("availability")}</th>
              <th>{t("score")}</th>
              {GAP_TYPES.map((type) => (
                <th key={type}>{GAP_TYPE_LABELS[type]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {assessment.rows.map((row) => (
              <tr key={row.indicator}>
                <td>{row.name}</td>
                <td>{row.availability}</td>
                <td>{Math.round(row.score)}</td>
                {GAP_TYPES.map((type) => {
                  const check = row.checks.find((c) => c.type === type);
                  return (
                    <td
                      key={type}
                      title={check?.detail ?? ""}
                      style={{ background: check ? STATUS_FILLS[check.status] : undefined }}
                    >
                      {check ? check.status : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
