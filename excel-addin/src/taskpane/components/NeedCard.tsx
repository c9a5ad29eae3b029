/**
 * One needed indicator as a card: a one-line summary (breakdowns, maximum age, priority) that
 * opens for editing. Breakdowns are picked from the known kinds, never typed.
 */
import { Button, Checkbox, Field, Input, Select, Text } from "@fluentui/react-components";
import { DIMENSION_KINDS, type DimensionKind, type IndicatorNeed } from "@gapmap/core";
import { useState } from "react";
import { useI18n } from "../i18n-context";
import type { NeedOverride, Priority } from "../model/needs-edits";

const PRIORITIES: readonly Priority[] = ["high", "medium", "low"];

export function NeedCard(props: {
  need: IndicatorNeed;
  onChange: (override: NeedOverride) => void;
}) {
  const { t, name, labelled } = useI18n();
  const { need } = props;
  const [open, setOpen] = useState(false);
  const title = name("indicator", need.indicator);
  const maxAge = need.timeliness.kind === "max-age" ? need.timeliness.years : undefined;
  const breakdowns = need.breakdowns.map((kind) => name("dimension", kind));
  const toggle = (kind: DimensionKind, on: boolean) => {
    const next = on ? [...need.breakdowns, kind] : need.breakdowns.filter((k) => k !== kind);
    props.onChange({ breakdowns: DIMENSION_KINDS.filter((k) => next.includes(k)) });
  };
  return (
    <article className="item-card stack" style={{ gap: 4 }} data-testid="need-row">
      <div className="item-card-head">
        <Text weight="semibold">{title}</Text>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-label={`${t(open ? "doneEditing" : "edit")}: ${title}`}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {t(open ? "doneEditing" : "edit")}
        </Button>
      </div>
      <Text size={200} className="muted">
        {labelled(t("breakdowns"), breakdowns.length === 0 ? t("none") : breakdowns.join(", "))}
        {" · "}
        {maxAge === undefined ? "" : `${labelled(t("maxAge"), maxAge)} · `}
        {labelled(t("priority"), name("priority", need.priority))}
      </Text>
      {open && (
        <>
          <Field label={t("breakdowns")} size="small">
            <div className="row" style={{ gap: 0 }}>
              {DIMENSION_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  size="medium"
                  label={name("dimension", kind)}
                  checked={need.breakdowns.includes(kind)}
                  onChange={(_, d) => {
                    toggle(kind, d.checked === true);
                  }}
                />
              ))}
            </div>
          </Field>
          <div className="row">
            <Field label={t("maxAge")} size="small">
              <Input
                aria-label={`${t("maxAge")}: ${title}`}
                size="small"
                type="number"
                min={0}
                style={{ width: 80 }}
                value={maxAge === undefined ? "" : String(maxAge)}
                onChange={(_, d) => {
                  const years = Number.parseInt(d.value, 10);
                  if (Number.isInteger(years) && years >= 0) props.onChange({ maxAgeYears: years });
                }}
              />
            </Field>
            <Field label={t("priority")} size="small">
              <Select
                aria-label={`${t("priority")}: ${title}`}
                size="small"
                value={need.priority}
                onChange={(_, d) => {
                  props.onChange({ priority: d.value as Priority });
                }}
              >
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {name("priority", p)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </>
      )}
    </article>
  );
}
