/**
 * The compact summary: overall score with its scale, scores by section as bars, and the biggest
 * gaps; in Excel each gap has "Go to sheet", which selects its row in the gap matrix sheet.
 */
import { Button, Text } from "@fluentui/react-components";
import type { Assessment, AssessmentRow } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import { ScoreBar } from "./ScoreBar";
import { topGaps } from "./results-view";

export function ResultsSummary(props: {
  assessment: Assessment;
  /** A wide page lays the summary out in columns. */
  wide: boolean;
  /** Present when the rows can be shown in the workbook (Office, sheets written). */
  onGoToSheet: ((row: AssessmentRow) => void) | undefined;
  onDetails: (row: AssessmentRow) => void;
}) {
  const { t, name, labelled } = useI18n();
  const { assessment } = props;
  return (
    <section className={props.wide ? "summary-wide" : "stack"} aria-label={t("summary")}>
      <div>
        <Text size={600} weight="semibold" data-testid="overall-score">
          {Math.round(assessment.summary.overall)}
        </Text>
        <Text size={300}> / 100 </Text>
        <Text size={300} weight="semibold">
          {t("overallScore")}
        </Text>
        <Text size={200} block className="muted">
          {t("scoreScale")}
        </Text>
        <Text size={200} block className="muted">
          {labelled(t("indicatorsAssessed"), assessment.summary.indicatorCount)}
        </Text>
      </div>
      <div className="stack">
        <Text weight="semibold">{t("topGaps")}</Text>
        <ul className="card-list" data-testid="top-gaps">
          {topGaps(assessment).map((row) => (
            <li key={row.indicator} className="item-card stack" style={{ gap: 2 }}>
              <div className="item-card-head">
                <Text weight="semibold">{name("indicator", row.indicator)}</Text>
                <Text weight="semibold">{Math.round(row.score)}</Text>
              </div>
              <Text size={200} className="muted">
                {labelled(t("priority"), name("priority", row.priority))}
              </Text>
              <div className="row">
                {props.onGoToSheet && (
                  <Button
                    size="small"
                    data-testid="go-to-sheet"
                    onClick={() => {
                      props.onGoToSheet?.(row);
                    }}
                  >
                    {t("goToSheet")}
                  </Button>
                )}
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => {
                    props.onDetails(row);
                  }}
                >
                  {t("details")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </div>
      <div className="stack">
        <Text weight="semibold">{t("scoresBySection")}</Text>
        <div className={props.wide ? "section-bars-wide" : "stack"}>
          {assessment.sections.map((s) => (
            <ScoreBar
              key={s.id}
              label={name("section", s.id)}
              score={s.score}
              detail={labelled(t("indicatorsAssessed"), s.indicatorCount)}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
