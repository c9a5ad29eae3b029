/** One found table: indicator guesses, breakdowns, years and confidence; click to show it. */
import { Badge, Card, CardHeader, Text } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import { confidencePercent, type FoundTable } from "../model/scan-sheets";

/** Guesses shown per table; more would crowd the narrow pane. */
const MAX_GUESSES = 3;

export function indicatorName(catalogue: Catalogue, id: string): string {
  return catalogue.indicators.find((i) => i.id === id)?.name ?? id;
}

export function TableCard(props: {
  found: FoundTable;
  catalogue: Catalogue;
  highlighted: boolean;
  onShow: () => void;
}) {
  const { t } = useI18n();
  const { table } = props.found;
  const guesses = [...table.indicators].sort((a, b) => b.score - a.score).slice(0, MAX_GUESSES);
  const breakdowns = table.dimensions.map((d) => (d.role ? `${d.kind} (${d.role})` : d.kind));
  const years =
    table.periods.first === null
      ? t("none")
      : `${table.periods.first}–${table.periods.last ?? table.periods.first}`;
  return (
    <Card
      data-testid="table-card"
      data-highlighted={props.highlighted ? "true" : "false"}
      appearance={props.highlighted ? "filled-alternative" : "filled"}
      onClick={props.onShow}
      style={props.highlighted ? { outline: "2px solid #0f6cbd" } : undefined}
    >
      <CardHeader
        header={
          <Text weight="semibold">
            {props.found.sheet}!{table.range}
            {table.title ? ` · ${table.title}` : ""}
          </Text>
        }
        description={
          <Badge appearance="tint">{t("confidence", { percent: confidencePercent(table) })}</Badge>
        }
      />
      {guesses.length === 0 ? (
        <Text italic>{t("noIndicatorGuess")}</Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {guesses.map((g) => (
            <li key={g.id}>
              {indicatorName(props.catalogue, g.id)} ({Math.round(g.score * 100)}%)
            </li>
          ))}
        </ul>
      )}
      <Text size={200}>
        {t("breakdowns")}: {breakdowns.length === 0 ? t("none") : breakdowns.join(", ")} ·{" "}
        {t("years")}: {years}
      </Text>
    </Card>
  );
}
