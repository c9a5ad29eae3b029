/** A 0–100 score as a bar and a number, readable without colour. */
import { Text } from "@fluentui/react-components";
import { useI18n } from "../i18n-context";

export function ScoreBar(props: { label: string; score: number; detail?: string }) {
  const { labelled } = useI18n();
  const score = Math.round(props.score);
  return (
    <div className="stack" style={{ gap: 2 }} data-testid="section-score">
      <div className="item-card-head">
        <Text size={200}>{props.label}</Text>
        <Text size={200} weight="semibold">
          {score}
        </Text>
      </div>
      <div
        className="score-bar"
        role="meter"
        aria-label={labelled(props.label, score)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
      >
        <span style={{ width: `${score}%` }} />
      </div>
      {props.detail !== undefined && (
        <Text size={100} className="muted">
          {props.detail}
        </Text>
      )}
    </div>
  );
}
