/** One found table: its title, indicator guesses, breakdowns, years and confidence; click to show it. */
import { Badge, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n-context";
import { DerivedFacts } from "./DerivedFacts";
import { confidencePercent, tableTitle, type FoundTable } from "../model/found-table";

/** Guesses shown per table; more would crowd the narrow pane. */
const MAX_GUESSES = 3;

export function TableCard(props: { found: FoundTable; highlighted: boolean; onShow: () => void }) {
  const { t, name, labelled } = useI18n();
  const { table } = props.found;
  const guesses = [...table.indicators].sort((a, b) => b.score - a.score).slice(0, MAX_GUESSES);
  const breakdowns = table.dimensions.map((d) => name("dimension", d.kind));
  const years =
    table.periods.first === null
      ? t("none")
      : `${table.periods.first}–${table.periods.last ?? table.periods.first}`;
  return (
    <div
      className="item-card"
      role="button"
      tabIndex={0}
      data-testid="table-card"
      data-highlighted={props.highlighted ? "true" : "false"}
      onClick={props.onShow}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          props.onShow();
        }
      }}
    >
      <div className="item-card-head">
        <Text weight="semibold">{tableTitle(props.found)}</Text>
        <Badge appearance="tint">{t("confidence", { percent: confidencePercent(table) })}</Badge>
      </div>
      <Text size={200} block className="muted">
        {t("sheetRange", { sheet: props.found.sheet, range: table.range })}
      </Text>
      <DerivedFacts table={table} />
      {guesses.length === 0 ? (
        <Text italic>{t("noIndicatorGuess")}</Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {guesses.map((g) => (
            <li key={g.id}>
              {name("indicator", g.id)} ({Math.round(g.score * 100)}%)
              {/* No catalogue phrase named it: say so, and from what, rather than pass it off as read. */}
              {g.guess === true ? (
                <Text size={200} italic className="muted" title={g.evidence} data-testid="guess">
                  {" "}
                  {t("indicatorGuess")}
                </Text>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Text size={200} block>
        {labelled(t("breakdowns"), breakdowns.length === 0 ? t("none") : breakdowns.join(", "))} ·{" "}
        {labelled(t("years"), years)}
      </Text>
    </div>
  );
}
