/** Step 3: pick a preset and policy themes, then adjust each needed indicator. */
import { Button, Checkbox, Field, Input, Select, Text } from "@fluentui/react-components";
import type { Catalogue, NeedsProfile } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { NeedOverride, NeedsChoice } from "../model/needs-edits";
import { NeedRow } from "./NeedRow";
import { indicatorName } from "./TableCard";

export function NeedsStep(props: {
  catalogue: Catalogue;
  choice: NeedsChoice;
  profile: NeedsProfile | undefined;
  onChoice: (choice: NeedsChoice) => void;
  canRun: boolean;
  onRun: () => void;
}) {
  const { t } = useI18n();
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
    <section style={{ display: "flex", flexDirection: "column", gap: 8 }}>
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
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
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
      <Field label={t("policyThemes")} hint={t("allThemes")}>
        <div style={{ display: "flex", flexWrap: "wrap" }}>
          {catalogue.policyThemes.map((theme) => (
            <Checkbox
              key={theme.id}
              label={theme.name}
              checked={choice.themes.includes(theme.id)}
              onChange={(_, d) => {
                toggleTheme(theme.id, d.checked === true);
              }}
            />
          ))}
        </div>
      </Field>
      {props.profile && (
        <table style={{ fontSize: 12, borderCollapse: "collapse" }}>
          <thead>
            <tr>
              <th>{t("indicator")}</th>
              <th>{t("breakdowns")}</th>
              <th>{t("maxAge")}</th>
              <th>{t("priority")}</th>
            </tr>
          </thead>
          <tbody>
            {props.profile.indicators.map((need) => (
              <NeedRow
                key={`${choice.presetId}:${need.indicator}`}
                need={need}
                name={indicatorName(catalogue, need.indicator)}
                onChange={(patch) => {
                  setOverride(need.indicator, patch);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {!props.canRun && <Text italic>{t("needAcceptedTable")}</Text>}
      {choice.presetId === "" && <Text italic>{t("needPreset")}</Text>}
      <Button
        appearance="primary"
        data-testid="run-analysis"
        disabled={!props.canRun || props.profile === undefined}
        onClick={props.onRun}
      >
        {t("runAnalysis")}
      </Button>
    </section>
  );
}
