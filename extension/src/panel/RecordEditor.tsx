/** Edits a saved record's title, producer, years and notes; validated by the core schema. */
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import {
  formatYearRanges,
  parseYearRanges,
  sourceRecordSchema,
  type SourceRecord,
} from "@gapmap/core/inventory";
import { useState } from "react";
import { saveRecord } from "../platform/inventory-store";
import type { Translate } from "../i18n/index";
import { usePanelI18n } from "./i18n-context";
import { usePanelStyles } from "./styles";

interface Props {
  record: SourceRecord;
  /** Called with the status line to show (in whichever language the panel shows then). */
  onDone: (message?: (t: Translate) => string) => void;
}

export function RecordEditor({ record, onDone }: Props) {
  const { t } = usePanelI18n();
  const styles = usePanelStyles();
  const [title, setTitle] = useState(record.title ?? "");
  const [producer, setProducer] = useState(record.producer ?? "");
  const [years, setYears] = useState(formatYearRanges(record.years));
  const [notes, setNotes] = useState(record.notes ?? "");
  const [error, setError] = useState("");

  const save = async () => {
    const parsed = parseYearRanges(years);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    try {
      // Emptied fields are dropped: optional text is absent, never "".
      const fields = { title: title.trim(), producer: producer.trim(), notes: notes.trim() };
      const edited = sourceRecordSchema.parse(
        Object.fromEntries(
          Object.entries({ ...record, ...fields, years: parsed.years }).filter(([, v]) => v !== ""),
        ),
      );
      await saveRecord(edited);
      onDone((tr) => tr("saved"));
    } catch (e) {
      setError(t("notSaved", { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <form
      className={styles.section}
      aria-label={t("edit")}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t("fieldTitle")}>
        <Input
          value={title}
          onChange={(_e, d) => {
            setTitle(d.value);
          }}
        />
      </Field>
      <Field label={t("fieldProducer")}>
        <Input
          value={producer}
          onChange={(_e, d) => {
            setProducer(d.value);
          }}
        />
      </Field>
      <Field label={t("fieldYears")} hint={t("yearsHint")} validationMessage={error || null}>
        <Input
          value={years}
          onChange={(_e, d) => {
            setYears(d.value);
          }}
        />
      </Field>
      <Field label={t("fieldNotes")}>
        <Textarea
          value={notes}
          onChange={(_e, d) => {
            setNotes(d.value);
          }}
          resize="vertical"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t("save")}
        </Button>
        <Button
          onClick={() => {
            onDone();
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
