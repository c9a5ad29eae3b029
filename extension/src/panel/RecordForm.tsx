/**
 * The record form for the page on show, prefilled from that page only (the panel remounts it
 * for every tab and document). Labels come before their inputs; saving validates with the
 * core schema and reports failures.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import { formatYearRanges, parseYearRanges } from "@gapmap/core/inventory";
import { useState } from "react";
import { breakdownList, indicatorName } from "../i18n/catalogue-names";
import { saveRecord } from "../platform/inventory-store";
import type { PageState } from "../platform/messages";
import { updateSitePrefs } from "../platform/site-prefs";
import { buildWebRecord, prefillValues, type RecordFormValues } from "../records/record-draft";
import { CatalogueName } from "./CatalogueName";
import { usePanelI18n } from "./i18n-context";
import { describeAnchor } from "./page-connection";
import { usePanelStyles } from "./styles";

interface Props {
  tabId: number;
  page: PageState;
  producer: string | undefined;
  onSaved: () => void;
}

const FORMATS = ["html", "xlsx", "xls", "csv", "pdf", "json", "api"] as const;

export function RecordForm({ tabId, page, producer, onSaved }: Props) {
  const { t, language } = usePanelI18n();
  const styles = usePanelStyles();
  const [values, setValues] = useState<RecordFormValues>(() => prefillValues(page, producer));
  const [yearsText, setYearsText] = useState(() => formatYearRanges(values.years));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const indicatorIds = [
    ...new Set([
      ...page.mentions.map((m) => m.indicatorId),
      ...page.tables.flatMap((table) => table.indicatorIds),
    ]),
  ];
  const table = page.tables.find((candidate) =>
    candidate.indicatorIds.some((id) => values.indicatorIds.includes(id)),
  );
  const set = (change: Partial<RecordFormValues>) => {
    setValues({ ...values, ...change });
    setStatus(undefined);
  };

  const save = async () => {
    try {
      const [first] = values.indicatorIds;
      if (first === undefined) throw new Error(t("chooseIndicator"));
      const years = parseYearRanges(yearsText);
      if (!years.ok) throw new Error(years.message);
      const selectors = await describeAnchor(tabId, first, table?.selector);
      const record = buildWebRecord(
        page,
        { ...values, years: years.years },
        selectors,
        `web-${crypto.randomUUID()}`,
      );
      await saveRecord(record);
      if (values.producer.trim() !== "")
        await updateSitePrefs(page.url, { producer: values.producer.trim() });
      setStatus({ ok: true, text: t("saved") });
      onSaved();
    } catch (error) {
      // A failed write is shown, never swallowed.
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ ok: false, text: t("notSaved", { error: message }) });
    }
  };

  return (
    <form
      className={styles.section}
      aria-labelledby="gapmap-record-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className={styles.section} style={{ border: 0, margin: 0, padding: 0 }}>
        <legend>
          <Text weight="semibold">{t("fieldIndicators")}</Text>
        </legend>
        {indicatorIds.map((id) => {
          const name = indicatorName(id, language);
          return (
            <Checkbox
              key={id}
              label={<CatalogueName name={name} />}
              checked={values.indicatorIds.includes(id)}
              onChange={(_e, data) => {
                set({
                  indicatorIds: data.checked
                    ? [...values.indicatorIds, id]
                    : values.indicatorIds.filter((other) => other !== id),
                });
              }}
            />
          );
        })}
      </fieldset>
      <Field label={t("fieldTitle")}>
        <Input
          name="title"
          dir="auto"
          value={values.title}
          onChange={(_e, data) => {
            set({ title: data.value });
          }}
        />
      </Field>
      <Field label={t("fieldProducer")}>
        <Input
          name="producer"
          dir="auto"
          value={values.producer}
          onChange={(_e, data) => {
            set({ producer: data.value });
          }}
        />
      </Field>
      <Field label={t("fieldYears")} hint={t("yearsHint")}>
        <Input
          name="years"
          value={yearsText}
          onChange={(_e, data) => {
            setYearsText(data.value);
            setStatus(undefined);
          }}
        />
      </Field>
      <Text size={200}>
        {t("fieldBreakdowns")}: {breakdownList(values.breakdowns, language) || t("noneDetected")}
      </Text>
      <Field label={t("fieldFormat")}>
        <Select
          name="format"
          value={values.format}
          onChange={(_e, data) => {
            const format = FORMATS.find((f) => f === data.value);
            if (format) set({ format });
          }}
        >
          {FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("fieldDownload")}>
        <Select
          name="download"
          value={values.downloadHref}
          onChange={(_e, data) => {
            set({ downloadHref: data.value });
          }}
        >
          <option value="">{t("noDownload")}</option>
          {page.downloads.map((d) => (
            <option key={d.href} value={d.href}>{`${d.format}: ${d.text || d.href}`}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t("saveRecord")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {status && (
          <MessageBar layout="multiline" intent={status.ok ? "success" : "error"}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
