/**
 * Step 4: the results. A compact summary (score and its scale, sections, biggest gaps), then every
 * indicator with filters and sorting: as cards in a narrow pane, as the full matrix when wide.
 * Exports and "write to workbook" stay in view at the bottom.
 */
import { Text } from "@fluentui/react-components";
import type { Assessment, AssessmentRow } from "@gapmap/core";
import { useMemo, useState, type ReactNode } from "react";
import { ExportActions } from "../components/ExportActions";
import { StickyActions } from "../components/StickyActions";
import { useI18n } from "../i18n-context";
import type { ExportFormat } from "../model/export-assessment";
import { useWide } from "../use-wide";
import { MatrixTable } from "./MatrixTable";
import { ResultsFilters } from "./ResultsFilters";
import { ResultsList } from "./ResultsList";
import { ResultsSummary } from "./ResultsSummary";
import { NO_FILTER, visibleRows, type ResultsFilter, type ResultsSort } from "./results-view";

export function ResultsStep(props: {
  assessment: Assessment;
  canWrite: boolean;
  busy: boolean;
  onWrite: () => void;
  onExport: (format: ExportFormat) => void;
  onGoToSheet: ((row: AssessmentRow) => void) | undefined;
  /** The Report action (its own folder, loaded on use), beside the exports. */
  report?: ReactNode;
}) {
  const { t, name, labelled } = useI18n();
  const wide = useWide();
  const [filter, setFilter] = useState<ResultsFilter>(NO_FILTER);
  const [sort, setSort] = useState<ResultsSort>("score");
  const [open, setOpen] = useState<string>();
  const rows = useMemo(
    () => visibleRows(props.assessment, filter, sort, (row) => name("indicator", row.indicator)),
    [props.assessment, filter, sort, name],
  );
  const summary = (
    <ResultsSummary
      assessment={props.assessment}
      wide={wide}
      onGoToSheet={props.onGoToSheet}
      onDetails={(row) => {
        setFilter(NO_FILTER);
        setOpen(row.indicator);
        document.getElementById(`result-${row.indicator}`)?.scrollIntoView({ block: "nearest" });
      }}
    />
  );
  const list = (
    <section className="stack" aria-label={t("allIndicators")}>
      <Text weight="semibold">{t("allIndicators")}</Text>
      <ResultsFilters
        assessment={props.assessment}
        filter={filter}
        sort={sort}
        onFilter={setFilter}
        onSort={setSort}
      />
      <Text size={200} className="muted" data-testid="rows-shown">
        {labelled(t("shown"), `${rows.length} / ${props.assessment.rows.length}`)}
      </Text>
      {rows.length === 0 && <Text italic>{t("noRowsMatch")}</Text>}
      {wide ? (
        <MatrixTable rows={rows} sort={sort} onSort={setSort} selected={open} onSelect={setOpen} />
      ) : (
        <ResultsList rows={rows} open={open} onOpen={setOpen} />
      )}
    </section>
  );
  return (
    <div className="stack">
      {summary}
      {list}
      <StickyActions testId="export-actions">
        <ExportActions
          canWrite={props.canWrite}
          busy={props.busy}
          onWrite={props.onWrite}
          onExport={props.onExport}
        />
        {props.report}
      </StickyActions>
    </div>
  );
}
