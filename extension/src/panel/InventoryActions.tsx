/**
 * Export the stored inventory (Web Annotation JSON, CSV, .xlsx); import any of them. Imports
 * are merged, and every duplicate, conflict and renamed ID is listed: nothing is replaced silently.
 */
import { useState, type ChangeEvent } from "react";
import { downloadFile } from "./download-file";
import {
  describeMerge,
  EXPORT_FORMATS,
  exportInventoryFile,
  importInventoryFile,
  type ExportFormat,
} from "./inventory-files";

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "Export JSON",
  csv: "Export CSV",
  xlsx: "Export .xlsx",
};

export function InventoryActions({ onChanged }: { onChanged: () => void }) {
  const [message, setMessage] = useState("");
  const [report, setReport] = useState<string[]>([]);

  const exportAs = async (format: ExportFormat) => {
    try {
      const file = await exportInventoryFile(format);
      downloadFile(document, file.name, file.data, file.type);
      setMessage(`Exported ${file.name}`);
    } catch (error) {
      setMessage(`Export failed: ${String(error)}`);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const result = await importInventoryFile(file.name, new Uint8Array(await file.arrayBuffer()));
      setMessage(
        `Imported: ${result.inventory.records.length} records now, ${result.duplicates.length} duplicates, ${result.conflicts.length} conflicts to settle`,
      );
      setReport(describeMerge(result));
      onChanged();
    } catch (error) {
      setMessage(`Import failed: ${String(error)}`);
      setReport([]);
    }
  };

  return (
    <section>
      <h2>Inventory</h2>
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" onClick={() => void exportAs(format)}>
          {FORMAT_LABELS[format]}
        </button>
      ))}{" "}
      <label>
        Import inventory{" "}
        <input
          type="file"
          accept=".json,.jsonld,.csv,.xlsx,application/json,text/csv"
          onChange={(e) => void importFile(e)}
        />
      </label>
      <p role="status">{message}</p>
      {report.length > 0 && (
        <ul aria-label="Import report">
          {report.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
