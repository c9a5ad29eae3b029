/**
 * Where results leave the pane: into the open workbook (Excel) or as downloaded files. Other
 * export actions (a report, say) belong here too, beside these buttons.
 */
import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import type { ExportFormat } from "../model/export-assessment";

/** The .xlsx is the main export; CSV and JSON show only their format name to fit 320 px. */
const FORMATS: readonly (readonly [
  ExportFormat,
  "exportXlsx" | "exportCsv" | "exportJson",
  string | undefined,
])[] = [
  ["xlsx", "exportXlsx", undefined],
  ["csv", "exportCsv", "CSV"],
  ["json", "exportJson", "JSON"],
];

export function ExportActions(props: {
  canWrite: boolean;
  busy: boolean;
  onWrite: () => void;
  onExport: (format: ExportFormat) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {props.canWrite && (
        <Button
          appearance="primary"
          disabled={props.busy}
          onClick={props.onWrite}
          data-testid="write-sheets"
        >
          {t("writeToWorkbook")}
        </Button>
      )}
      {FORMATS.map(([format, label, short]) => (
        <Button
          key={format}
          aria-label={t(label)}
          data-testid={`export-${format}`}
          appearance={props.canWrite || format !== "xlsx" ? "secondary" : "primary"}
          disabled={props.busy}
          onClick={() => {
            props.onExport(format);
          }}
        >
          {short ?? t(label)}
        </Button>
      ))}
    </>
  );
}
