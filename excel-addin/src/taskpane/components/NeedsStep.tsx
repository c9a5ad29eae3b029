/** Step 3: pick a preset and policy themes, then adjust each needed indicator. */
import { Button, Checkbox, Field, Input, Select, Text } from "@fluentui/react-components";
import type { Catalogue, NeedsProfile } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { NeedOverride, NeedsChoice } from "../model/needs-edits";
import { NeedCard } from "./NeedCard";
import { StickyActions } from "./StickyActions";

export function NeedsStep(props: {
  catalogue: Catalogue;
  choice: NeedsChoice;
  profile: NeedsProfile | undefined;
  onChoice: (choice: NeedsChoice) => void;
  canRun: boolean;
  onRun: () => void;
}) {
  const { t, name, labelled } = useI18n();
  const { catalogue, choice } = props;
  const setOverride = (indicator: string, patch: NeedOverride) => {
    props.onChoice({
      ...choice,
      overrides: { ...choice.overrides, [indicator]: { ...choice.overrides[indicator], ...patch } },
    });
  };
  const toggleTheme = (id: string, on: boolean) => {
    props.onChoice({
      ...choice,
      themes: on ? [...choice.themes, id] : choice.themes.filter((theme) => theme !== id),
    });
  };
  return (
    <section className="stack">
      <Field label={t("preset")}>
        <Select
          data-testid="preset-select"
          value={choice.presetId}
          onChange={(_, d) => {
            props.onChoice({ ...choice, presetId: d.value, overrides: {} });
          }}
        >
          <option value="">{t("choosePreset")}</option>
          {catalogue.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {name("preset", p.id)}
            </option>
          ))}
        </Select>
      </Field>
      {choice.presetId !== "" && (
        <Text size={200} block className="muted" data-testid="preset-description">
          {name("presetDescription", choice.presetId)}
        </Text>
      )}
      <Field label={t("referenceYear")}>
        <Input
          type="number"
          value={String(choice.referenceYear)}
          onChange={(_, d) => {
            const year = Number.parseInt(d.value, 10);
            if (Number.isInteger(year)) props.onChoice({ ...choice, referenceYear: year });
          }}
        />
      </Field>
      <details data-testid="policy-themes">
        <summary>
          <Text>
            {labelled(
              t("policyThemes"),
              choice.themes.length === 0
                ? t("all")
                : choice.themes.map((id) => name("theme", id)).join(", "),
            )}
          </Text>
        </summary>
        <Text size={200} block className="muted">
          {t("allThemes")}
        </Text>
        <div className="row" style={{ gap: 0 }}>
          {catalogue.policyThemes.map((theme) => (
            <Checkbox
              key={theme.id}
              label={name("theme", theme.id)}
              checked={choice.themes.includes(theme.id)}
              onChange={(_, d) => {
                toggleTheme(theme.id, d.checked === true);
              }}
            />
          ))}
        </div>
      </details>
      {props.profile && (
        <ul className="card-list">
          {props.profile.indicators.map((need) => (
            <li key={`${choice.presetId}:${need.indicator}`}>
              <NeedCard
                need={need}
                onChange={(patch) => {
                  setOverride(need.indicator, patch);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <StickyActions testId="needs-actions">
        {(!props.canRun || choice.presetId === "") && (
          <Text italic size={200} className="grow">
            {!props.canRun ? t("needAcceptedTable") : t("needPreset")}
          </Text>
        )}
        <Button
          appearance="primary"
          data-testid="run-analysis"
          disabled={!props.canRun || props.profile === undefined}
          onClick={props.onRun}
        >
          {t("runAnalysis")}
        </Button>
      </StickyActions>
    </section>
  );
}
