/** One needed indicator: its required breakdowns, maximum data age and priority, all editable. */
import { Input, Select } from "@fluentui/react-components";
import { DIMENSION_KINDS, type DimensionKind, type IndicatorNeed } from "@gapmap/core";
import { useState } from "react";
import { useI18n } from "../i18n-context";
import type { NeedOverride, Priority } from "../model/needs-edits";

const PRIORITY_LABELS = {
  high: "priorityHigh",
  medium: "priorityMedium",
  low: "priorityLow",
} as const satisfies Record<Priority, string>;

/** "sex, age" → known dimension kinds; unknown words are dropped. */
export function parseBreakdowns(text: string): DimensionKind[] {
  const known = new Set<string>(DIMENSION_KINDS);
  const words = text.split(/[,;\s]+/).filter((w) => known.has(w));
  return [...new Set(words)] as DimensionKind[];
}

export function NeedRow(props: {
  need: IndicatorNeed;
  name: string;
  onChange: (override: NeedOverride) => void;
}) {
  const { t } = useI18n();
  const { need } = props;
  const [breakdownText, setBreakdownText] = useState(need.breakdowns.join(", "));
  const maxAge = need.timeliness.kind === "max-age" ? need.timeliness.years : undefined;
  return (
    <tr data-testid="need-row">
      <td>{props.name}</td>
      <td>
        <Input
          aria-label={`${t("breakdowns")}: ${props.name}`}
          size="small"
          value={breakdownText}
          onChange={(_, d) => {
            setBreakdownText(d.value);
          }}
          onBlur={() => {
            props.onChange({ breakdowns: parseBreakdowns(breakdownText) });
          }}
        />
      </td>
      <td>
        <Input
          aria-label={`${t("maxAge")}: ${props.name}`}
          size="small"
          type="number"
          min={0}
          style={{ width: 64 }}
          value={maxAge === undefined ? "" : String(maxAge)}
          onChange={(_, d) => {
            const years = Number.parseInt(d.value, 10);
            if (Number.isInteger(years) && years >= 0) props.onChange({ maxAgeYears: years });
          }}
        />
      </td>
      <td>
        <Select
          aria-label={`${t("priority")}: ${props.name}`}
          size="small"
          value={need.priority}
          onChange={(_, d) => {
            props.onChange({ priority: d.value as Priority });
          }}
        >
          {(Object.keys(PRIORITY_LABELS) as Priority[]).map((p) => (
            <option key={p} value={p}>
              {t(PRIORITY_LABELS[p])}
            </option>
          ))}
        </Select>
      </td>
    </tr>
  );
}
