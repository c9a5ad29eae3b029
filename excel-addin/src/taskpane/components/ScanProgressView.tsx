/**
 * Progress of a scan: the file being read (indeterminate while the reader cannot say how far it
 * is), then one line per sheet while tables are detected. When the scan ends the bars fold into
 * one line that opens on demand; a failed or cancelled scan leaves nothing behind.
 */
import { Button, Field, ProgressBar, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import type { SheetStatus } from "../model/found-table";

export interface ScanProgress {
  fileName: string;
  stage: "reading" | "detecting" | "done";
  readFraction: number;
  /** The sheet the reader is converting now (large files take a while per sheet). */
  readingSheet?: string;
  sheets: ReadonlyMap<string, SheetStatus>;
}

/** Sheet bars shown at once while detecting; the rest are summed up in one line. */
const MAX_SHEET_BARS = 6;

export function ScanProgressView(props: { progress: ScanProgress; onCancel: () => void }) {
  const { t, labelled } = useI18n();
  const { progress } = props;
  const sheets = [...progress.sheets];
  const done = sheets.filter(([, s]) => s === "done").length;
  if (progress.stage === "done") {
    return (
      <details data-testid="scan-progress" data-stage="done">
        <summary>
          <Text size={200}>{labelled(t("sheetsRead"), sheets.length)}</Text>
        </summary>
        <ul className="card-list" style={{ paddingInlineStart: 12 }}>
          {sheets.map(([sheet]) => (
            <li key={sheet} className="ellipsis">
              <Text size={200}>{sheet}</Text>
            </li>
          ))}
        </ul>
      </details>
    );
  }
  const active = sheets.filter(([, s]) => s === "detecting").slice(0, MAX_SHEET_BARS);
  return (
    <div data-testid="scan-progress" data-stage={progress.stage} className="stack">
      {progress.stage === "reading" ? (
        <Field
          label={<span className="ellipsis">{t("reading", { file: progress.fileName })}</span>}
        >
          {/* No value: the reader is opening the file and cannot say how far it is yet. */}
          {progress.readFraction > 0 ? (
            <ProgressBar value={progress.readFraction} />
          ) : (
            <ProgressBar />
          )}
        </Field>
      ) : (
        <Field label={labelled(t("detectingTables"), `${done} / ${sheets.length}`)}>
          <ProgressBar value={sheets.length === 0 ? 1 : done / sheets.length} />
        </Field>
      )}
      {progress.stage === "reading" && progress.readingSheet !== undefined && (
        <Text size={200} data-testid="reading-sheet" aria-live="polite" className="ellipsis">
          {t("readingSheet", { sheet: progress.readingSheet })}
        </Text>
      )}
      {active.map(([sheet]) => (
        <Text key={sheet} size={200} className="ellipsis">
          {t("sheetProgress", { sheet })}
        </Text>
      ))}
      <div>
        <Button size="small" onClick={props.onCancel} data-testid="cancel-scan">
          {t("cancelScan")}
        </Button>
      </div>
    </div>
  );
}
