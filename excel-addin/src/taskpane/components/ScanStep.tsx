/** Step 1: open (web) or read (Office) the workbook, show per-sheet progress and the tables found. */
import { Button, Field, ProgressBar, Text } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { FoundTable, SheetStatus } from "../model/scan-sheets";
import { TableCard } from "./TableCard";

export interface ScanProgress {
  fileName: string;
  readFraction: number;
  /** The sheet the reader is converting now (large files take a while per sheet). */
  readingSheet?: string;
  sheets: ReadonlyMap<string, SheetStatus>;
}

const SHEET_FRACTION: Readonly<Record<SheetStatus, number>> = {
  waiting: 0,
  detecting: 0.5,
  done: 1,
};

export function ScanStep(props: {
  hostKind: "office" | "web";
  catalogue: Catalogue;
  busy: boolean;
  progress: ScanProgress | undefined;
  found: readonly FoundTable[] | undefined;
  /** Web: "worker" when the file was parsed off the page's thread. */
  parsedIn?: "worker" | "main-thread" | undefined;
  highlighted: string | undefined;
  onScan: (file: File | undefined) => void;
  onShow: (found: FoundTable) => void;
}) {
  const { t } = useI18n();
  const { progress, found } = props;
  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      {props.hostKind === "web" ? (
        <>
          <Text size={200}>{t("webModeNote")}</Text>
          <Field label={t("chooseFile")}>
            <input
              data-testid="workbook-input"
              type="file"
              accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt"
              disabled={props.busy}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) props.onScan(file);
              }}
            />
          </Field>
        </>
      ) : (
        <Button
          appearance="primary"
          disabled={props.busy}
          onClick={() => {
            props.onScan(undefined);
          }}
        >
          {t("scanWorkbook")}
        </Button>
      )}
      {progress && (
        <div data-testid="scan-progress">
          <Field label={t("reading", { file: progress.fileName })}>
            <ProgressBar value={progress.readFraction} />
          </Field>
          {progress.readingSheet !== undefined && progress.readFraction < 1 && (
            <Text size={200} data-testid="reading-sheet" aria-live="polite">
              {t("readingSheet", { sheet: progress.readingSheet })}
            </Text>
          )}
          {[...progress.sheets].map(([sheet, status]) => (
            <Field key={sheet} label={t("sheetProgress", { sheet })}>
              <ProgressBar value={SHEET_FRACTION[status]} />
            </Field>
          ))}
        </div>
      )}
      {found && progress && (
        <Text weight="semibold" data-testid="tables-found" data-parsed-in={props.parsedIn}>
          {found.length === 0
            ? t("noTables")
            : t("tablesFound", { count: found.length, file: progress.fileName })}
        </Text>
      )}
      {found?.map((item) => (
        <TableCard
          key={item.key}
          found={item}
          catalogue={props.catalogue}
          highlighted={props.highlighted === item.key}
          onShow={() => {
            props.onShow(item);
          }}
        />
      ))}
    </section>
  );
}
