/** Merges every inventory the user passed into one, keeping the merge report for display. */
import { mergeInventories, type Inventory, type MergeResult, type PackReading } from "@gapmap/core";
import { readInventoryFile, readScanReport } from "./read-inventory-file";

export interface InventorySources {
  scans: readonly string[];
  inventories: readonly string[];
}

/**
 * The merged inventory, the returned data-request packs the scan reports read, and notices
 * about packs they refused or could only guess.
 */
export async function gatherInventory(
  sources: InventorySources,
): Promise<MergeResult & { packs: { file: string; reading: PackReading }[]; notices: string[] }> {
  const inputs: { owner: string; inventory: Inventory }[] = [];
  const packs: { file: string; reading: PackReading }[] = [];
  const notices: string[] = [];
  for (const path of sources.scans) {
    const scan = await readScanReport(path);
    inputs.push({ owner: path, inventory: scan.inventory });
    packs.push(...scan.packs);
    notices.push(...scan.notices);
  }
  for (const path of sources.inventories) {
    const inventory = await readInventoryFile(path);
    inputs.push({ owner: inventory.owner ?? path, inventory });
  }
  return { ...mergeInventories(inputs), packs, notices };
}

/**
 * One line per pack refused or guessed and per duplicate, conflict or renamed record: nothing
 * merged is dropped silently.
 */
export function mergeReportLines(result: MergeResult & { notices?: readonly string[] }): string[] {
  const ref = (r: { owner: string; id: string }) => `${r.id} (${r.owner})`;
  return [
    ...(result.notices ?? []),
    ...result.duplicates.map(
      (d) =>
        `duplicate: ${[...d.kept, ...d.dropped].map(ref).join(" = ")}; kept ${d.kept.map(ref).join(", ")}`,
    ),
    ...result.conflicts.map(
      (c) =>
        `conflict: ${c.records.map(ref).join(" vs ")} differ in ${c.differences.map((d) => d.field).join(", ")}; all kept`,
    ),
    ...result.renamed.map(
      (r) => `renamed: ${r.from} from ${r.owner} became ${r.to} (same ID twice)`,
    ),
  ];
}
