/** The results as cards (narrow pane): one per indicator, details opened by click or keyboard. */
import { Button, Text } from "@fluentui/react-components";
import type { AssessmentRow } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import { RowDetails } from "./RowDetails";

export function ResultsList(props: {
  rows: readonly AssessmentRow[];
  open: string | undefined;
  onOpen: (indicator: string | undefined) => void;
}) {
  const { t, name, labelled } = useI18n();
  return (
    <ul className="card-list" data-testid="gap-matrix">
      {props.rows.map((row) => {
        const open = props.open === row.indicator;
        const gaps = row.checks.filter((c) => c.status !== "met");
        return (
          <li
            key={row.indicator}
            id={`result-${row.indicator}`}
            className="item-card stack"
            style={{ gap: 2 }}
            data-testid="result-row"
          >
            <div className="item-card-head">
              <Text weight="semibold">{name("indicator", row.indicator)}</Text>
              <Text weight="semibold" aria-label={labelled(t("score"), Math.round(row.score))}>
                {Math.round(row.score)}
              </Text>
            </div>
            <Text size={200} className="muted">
              {name("section", row.section)} ·{" "}
              {labelled(t("availability"), name("availability", row.availability))}
            </Text>
            <Text size={200}>
              {gaps.length === 0
                ? t("noGaps")
                : labelled(t("gaps"), gaps.map((g) => name("gapType", g.type)).join(", "))}
            </Text>
            <div>
              <Button
                size="small"
                appearance="subtle"
                aria-expanded={open}
                data-testid="row-details-toggle"
                onClick={() => {
                  props.onOpen(open ? undefined : row.indicator);
                }}
              >
                {t(open ? "hideDetails" : "details")}
              </Button>
            </div>
            {open && <RowDetails row={row} />}
          </li>
        );
      })}
    </ul>
  );
}
