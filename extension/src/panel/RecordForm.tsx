/** The record form, prefilled from the page; saving validates with the core schema and reports failures. */
import { findIndicator } from "@gapmap/catalog";
import { formatYearRanges, parseYearRanges } from "@gapmap/core/inventory";
import { useState } from "react";
import { saveRecord } from "../platform/inventory-store";
import type { PageState } from "../platform/messages";
import { updateSitePrefs } from "../platform/site-prefs";
import { buildWebRecord, prefillValues, type RecordFormValues } from "../records/record-draft";
import { describeAnchor } from "./page-connection";

interface Props {
  tabId: number;
  page: PageState;
  producer: string | undefined;
  onSaved: () => void;
}

export function RecordForm({ tabId, page, producer, onSaved }: Props) {
  const [values, setValues] = useState<RecordFormValues>(() => prefillValues(page, producer));
  const [yearsText, setYearsText] = useState(() => formatYearRanges(values.years));
  const [status, setStatus] = useState("");
  const indicatorIds = [
    ...new Set([
      ...page.mentions.map((m) => m.indicatorId),
      ...page.tables.flatMap((t) => t.indicatorIds),
    ]),
  ];
  const table = page.tables.find((t) =>
    t.indicatorIds.some((id) => values.indicatorIds.includes(id)),
  );

  const save = async () => {
    try {
      const [first] = values.indicatorIds;
      if (first === undefined) throw new Error("choose at least one indicator");
      const selectors = await describeAnchor(tabId, first, table?.selector);
      const years = parseYearRanges(yearsText);
      if (!years.ok) throw new Error(years.message);
      const record = buildWebRecord(
        page,
        { ...values, years: years.years },
        selectors,
        `web-${crypto.randomUUID()}`,
      );
      await saveRecord(record);
      if (values.producer.trim() !== "")
        await updateSitePrefs(page.url, { producer: values.producer.trim() });
      setStatus("Saved");
      onSaved();
    } catch (error) {
      // A failed write is shown, never swallowed.
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="New record"
    >
      <h2>New record</h2>
      <label>
        Indicators
        <select
          multiple
          value={values.indicatorIds}
          onChange={(e) => {
            setValues({
              ...values,
              indicatorIds: Array.from(e.target.selectedOptions, (o) => o.value),
            });
          }}
        >
          {indicatorIds.map((id) => (
            <option key={id} value={id}>
              {findIndicator(id)?.name ?? id}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title{" "}
        <input
          name="title"
          value={values.title}
          onChange={(e) => {
            setValues({ ...values, title: e.target.value });
          }}
        />
      </label>
      <label>
        Producer{" "}
        <input
          name="producer"
          value={values.producer}
          onChange={(e) => {
            setValues({ ...values, producer: e.target.value });
          }}
        />
      </label>
      <label>
        Years{" "}
        <input
          name="years"
          value={yearsText}
          onChange={(e) => {
            setYearsText(e.target.value);
          }}
        />
      </label>
      <p>Breakdowns: {values.breakdowns.join(", ") || "none detected"}</p>
      <label>
        Format
        <select
          name="format"
          value={values.format}
          onChange={(e) => {
            setValues({ ...values, format: e.target.value as RecordFormValues["format"] });
          }}
        >
          {["html", "xlsx", "xls", "csv", "pdf", "json", "api"].map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </label>
      <label>
        Download link
        <select
          name="download"
          value={values.downloadHref}
          onChange={(e) => {
            setValues({ ...values, downloadHref: e.target.value });
          }}
        >
          <option value="">(none)</option>
          {page.downloads.map((d) => (
            <option key={d.href} value={d.href}>{`${d.format}: ${d.text || d.href}`}</option>
          ))}
        </select>
      </label>
      <button type="submit">Save record</button>
      <p role="status">{status}</p>
    </form>
  );
}
