/** Export the stored inventory as JSON; import a JSON inventory (merged, with a report). */
import { useState, type ChangeEvent } from "react";
import { exportInventoryJson, importInventoryJson } from "../platform/inventory-store";
import { downloadTextFile } from "./download-file";

export function InventoryActions({ onChanged }: { onChanged: () => void }) {
  const [message, setMessage] = useState("");

  const exportJson = async () => {
    try {
      downloadTextFile(
        document,
        "gapmap-inventory.json",
        await exportInventoryJson(),
        "application/json",
      );
      setMessage("Exported gapmap-inventory.json");
    } catch (error) {
      setMessage(`Export failed: ${String(error)}`);
    }
  };

  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const result = await importInventoryJson(await file.text());
      setMessage(
        `Imported: ${result.inventory.records.length} records now, ${result.duplicates.length} duplicates, ${result.conflicts.length} conflicts to settle`,
      );
      onChanged();
    } catch (error) {
      setMessage(`Import failed: ${String(error)}`);
    }
  };

  return (
    <section>
      <h2>Inventory</h2>
      <button type="button" onClick={() => void exportJson()}>
        Export JSON
      </button>{" "}
      <label>
        Import JSON{" "}
        <input type="file" accept=".json,application/json" onChange={(e) => void importJson(e)} />
      </label>
      <p role="status">{message}</p>
    </section>
  );
}
