/** Everything the matrix says about one indicator: each element's status and why, and the actions. */
import { Text } from "@fluentui/react-components";
import type { AssessmentRow } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import { StatusPill } from "./StatusPill";

export function RowDetails(props: { row: AssessmentRow }) {
  const { t, name, labelled, detail, action: actionText } = useI18n();
  const { row } = props;
  return (
    <div className="stack" style={{ gap: 4 }} data-testid="row-details">
      <Text size={200}>
        {labelled(t("availability"), name("availability", row.availability))}
        {row.lastYear === undefined ? "" : ` · ${labelled(t("latestYear"), String(row.lastYear))}`}
      </Text>
      <ul className="card-list" style={{ gap: 2 }}>
        {row.checks.map((check) => (
          <li key={check.type}>
            <Text size={200} weight="semibold">
              {name("gapType", check.type)}
            </Text>{" "}
            <StatusPill status={check.status} />
            {check.status !== "met" && (
              <Text size={200} block className="muted" data-testid="gap-detail">
                {detail(check)}
              </Text>
            )}
          </li>
        ))}
      </ul>
      {row.actions.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {t("actions")}
          </Text>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {row.actions.map((action) => (
              <li key={`${action.gapType}:${action.title}`}>
                <Text size={200} data-testid="action-title">
                  {actionText(row, action).title}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
