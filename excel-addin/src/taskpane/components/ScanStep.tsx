/** Step 1: open (web) or read (Office) the workbook, show progress and the tables found. */
import { Button, Field, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import type { FoundTable } from "../model/found-table";
import { ScanProgressView, type ScanProgress } from "./ScanProgressView";
import { StickyActions } from "./StickyActions";
import { TableCard } from "./TableCard";

export function ScanStep(props: {
  hostKind: "office" | "web";
  busy: boolean;
  progress: ScanProgress | undefined;
  found: readonly FoundTable[] | undefined;
  /** Web: "worker" when the file was parsed off the page's thread. */
  parsedIn?: "worker" | "main-thread" | undefined;
  highlighted: string | undefined;
  onScan: (file: File | undefined) => void;
  onCancel: () => void;
  onShow: (found: FoundTable) => void;
  onNext: () => void;
}) {
  const { t, labelled } = useI18n();
  const { progress, found } = props;
  return (
    <section className="stack">
      {props.hostKind === "web" ? (
        <>
          <Text size={200}>{t("webModeNote")}</Text>
          <Field label={t("chooseFile")}>
            <input
              className="file-input"
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
      {progress && <ScanProgressView progress={progress} onCancel={props.onCancel} />}
      {found && progress && (
        <Text weight="semibold" data-testid="tables-found" data-parsed-in={props.parsedIn}>
          {found.length === 0
            ? t("noTables")
            : labelled(t("tablesFoundIn", { file: progress.fileName }), found.length)}
        </Text>
      )}
      <ul className="card-list">
        {found?.map((item) => (
          <li key={item.key}>
            <TableCard
              found={item}
              highlighted={props.highlighted === item.key}
              onShow={() => {
                props.onShow(item);
              }}
            />
          </li>
        ))}
      </ul>
      {found !== undefined && found.length > 0 && (
        <StickyActions>
          <Button appearance="primary" onClick={props.onNext} data-testid="go-review">
            {t("nextReview")}
          </Button>
        </StickyActions>
      )}
    </section>
  );
}
