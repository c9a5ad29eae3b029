/**
 * The "Data requests" step: from the current assessment, one pack per responsible agency to save
 * and send (deadline and TWG contact on each cover), the returned packs read back exactly, and
 * the request status of each indicator. Saving a pack marks its indicators as requested; a
 * returned pack imports its records (origin "data request") and marks them received.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import {
  emptyTracking,
  languageSchema,
  type Language,
  type ProfileTracking,
  type RequestPack,
} from "@gapmap/core";
import { useMemo, useState } from "react";
import type { Host } from "../../host/host";
import { XLSX_MIME } from "../../host/save-file";
import type { UiLanguage } from "../../i18n/index";
import { StickyActions } from "../components/StickyActions";
import type { Workflow } from "../use-workflow";
import { useTrackingText } from "./messages";
import { packFile, planPacks, zipPacks, ZIP_MIME, type PackSettings } from "./pack-files";
import { addDays, isoToday, markReceived, markRequested } from "./request-status-edits";
import {
  availabilityChanges,
  readReturnedFile,
  recordIdsByIndicator,
  withPackRecords,
} from "./returned-packs";
import { ReturnedPacks, type ReturnedOutcome } from "./ReturnedPacks";
import { PackList } from "./PackList";
import { StatusList } from "./StatusList";
import "./requests.css";

/** Each pack language named in itself. */
const PACK_LANGUAGES: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ru: "Русский",
  ar: "العربية",
  ro: "Română",
  sr: "Српски",
};

/** Agencies usually get a month to answer. */
const DEFAULT_DAYS_TO_ANSWER = 30;

function defaultSettings(language: UiLanguage): PackSettings {
  const today = isoToday();
  return {
    requestedOn: today,
    due: addDays(today, DEFAULT_DAYS_TO_ANSWER),
    contact: "",
    lang: language,
  };
}

export function RequestsStep(props: { flow: Workflow; host: Host }) {
  const { flow, host } = props;
  const { tt, labelled, language } = useTrackingText();
  const [settings, setSettings] = useState(() => defaultSettings(language));
  const [saved, setSaved] = useState<{ files: string; indicators: number; newWorkbook: boolean }>();
  const [outcomes, setOutcomes] = useState<ReturnedOutcome[]>([]);
  const [packsOpen, setPacksOpen] = useState(true);
  const { assessment, catalogue } = flow;
  const packs = useMemo(
    () =>
      assessment === undefined || catalogue === undefined
        ? []
        : planPacks(catalogue, assessment, settings),
    [catalogue, assessment, settings],
  );
  const recordTitles = useMemo(
    () => new Map(flow.merge.inventory.records.map((r) => [r.id, r.title ?? r.id])),
    [flow.merge],
  );
  if (assessment === undefined || catalogue === undefined)
    return <Text data-testid="requests-need-assessment">{tt("needAssessment")}</Text>;

  const change = (patch: Partial<PackSettings>) => {
    setSettings((prev) => ({ ...prev, ...patch }));
  };
  const track = (update: (tracking: ProfileTracking) => ProfileTracking) => {
    flow.setTracking((current) => update(current ?? emptyTracking()));
  };

  const save = (chosen: readonly RequestPack[]) =>
    flow.act(async () => {
      setSaved(undefined);
      const files = await Promise.all(chosen.map((pack) => packFile(catalogue, pack)));
      let newWorkbook = false;
      let names = files.map((f) => f.fileName);
      if (host.kind === "web" && files.length > 1) {
        const zip = zipPacks(files, settings.requestedOn);
        await host.saveFile(zip.fileName, zip.bytes, ZIP_MIME);
        names = [zip.fileName];
      } else {
        // Excel: the export route (a download, or on Mac a new workbook per pack).
        for (const file of files) {
          const route = await host.saveFile(file.fileName, file.bytes, XLSX_MIME);
          newWorkbook ||= route === "new-workbook";
        }
      }
      flow.setTracking((current) => markRequested(current, chosen));
      setSaved({
        // A long list of names says less than the first and the last.
        files: names.length > 3 ? `${names[0] ?? ""} … ${names.at(-1) ?? ""}` : names.join(", "),
        indicators: chosen.reduce((n, pack) => n + pack.items.length, 0),
        newWorkbook,
      });
      if (chosen.length === packs.length) setPacksOpen(false);
    });

  const readReturned = (files: File[]) =>
    flow.act(async () => {
      const outcomes: ReturnedOutcome[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        outcomes.push({ pack: await readReturnedFile(file.name, bytes, assessment.profile) });
      }
      const read = outcomes.flatMap((o) => (o.pack.status === "read" ? [o.pack] : []));
      if (read.length > 0) {
        // Each pack whole or not at all: the good ones go in together, the refused ones stay out.
        const after = flow.replaceImports(read.reduce(withPackRecords, flow.imports));
        const today = isoToday();
        flow.setTracking((current) =>
          read.reduce(
            (tracking, pack) =>
              markReceived(tracking, pack.reading, recordIdsByIndicator(pack.records), today),
            current ?? emptyTracking(),
          ),
        );
        const last = outcomes.findLastIndex((o) => o.pack.status === "read");
        const changes = after === undefined ? [] : availabilityChanges(assessment, after);
        // The availability changes are shown once, under the last pack read.
        const lastRead = outcomes[last];
        if (lastRead) outcomes[last] = { ...lastRead, changes };
      }
      setOutcomes(outcomes);
    });

  return (
    <section className="stack requests-step" data-testid="requests-step">
      <Text>{tt("requestsIntro")}</Text>
      <div className="tracking-dates">
        <Field label={tt("requestDate")} size="small" className="tracking-field">
          <Input
            size="small"
            type="date"
            data-testid="request-date"
            value={settings.requestedOn}
            onChange={(_, d) => {
              if (d.value !== "") change({ requestedOn: d.value });
            }}
          />
        </Field>
        <Field label={tt("deadline")} size="small" className="tracking-field">
          <Input
            size="small"
            type="date"
            data-testid="request-deadline"
            value={settings.due}
            onChange={(_, d) => {
              change({ due: d.value });
            }}
          />
        </Field>
      </div>
      <Field label={tt("twgContact")} size="small">
        <Input
          size="small"
          data-testid="request-contact"
          placeholder={tt("contactPlaceholder")}
          value={settings.contact}
          onChange={(_, d) => {
            change({ contact: d.value });
          }}
        />
      </Field>
      <Field label={tt("packLanguage")} size="small">
        <Select
          size="small"
          data-testid="pack-language"
          value={settings.lang}
          onChange={(_, d) => {
            const lang = languageSchema.safeParse(d.value);
            if (lang.success) change({ lang: lang.data });
          }}
        >
          {languageSchema.options.map((lang) => (
            <option key={lang} value={lang}>
              {PACK_LANGUAGES[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {/* Folds away once all are saved, so what came back and the statuses are near. */}
      <details
        open={packsOpen}
        onToggle={(event) => {
          setPacksOpen(event.currentTarget.open);
        }}
        className="tracking-fold"
        data-testid="packs-fold"
      >
        <summary>
          <Text as="h2" size={400} weight="semibold" data-testid="packs-heading">
            {tt("packsHeading", { count: packs.length })}
          </Text>
        </summary>
        <PackList packs={packs} busy={flow.busy} onSave={(pack) => void save([pack])} />
      </details>
      {saved && (
        <MessageBar intent="success" data-testid="packs-saved">
          <MessageBarBody>
            {tt("savedPacks", { files: saved.files, count: saved.indicators })}
            {saved.newWorkbook ? ` ${tt("macNewWorkbooks")}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      <ReturnedPacks
        busy={flow.busy}
        outcomes={outcomes}
        onFiles={(files) => void readReturned(files)}
      />
      <StatusList
        tracking={flow.tracking}
        order={assessment.rows.map((row) => row.indicator)}
        recordTitles={recordTitles}
        onChange={track}
      />
      {packs.length > 0 && (
        <StickyActions>
          <Text size={200} className="muted grow">
            {labelled(tt("due"), settings.due === "" ? "—" : settings.due)}
          </Text>
          <Button
            appearance="primary"
            data-testid="save-all-packs"
            disabled={flow.busy}
            onClick={() => void save(packs)}
          >
            {host.kind === "web" ? tt("saveAllZip") : tt("saveAll")}
          </Button>
        </StickyActions>
      )}
    </section>
  );
}
