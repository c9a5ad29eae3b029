/** How exported files are named (the exports and the report), without loading their writers. */

/** Longest workbook-name part of an export's name, so the whole name stays readable. */
const MAX_NAME_PART = 40;

/** Letters and digits of any script kept; everything else becomes one hyphen. */
function namePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_NAME_PART);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "gapmap-Datos_2024-migration-profile-core-2026-03-01-0915": runs on one day never collide. */
export function exportBaseName(workbook: string, preset: string, now: Date): string {
  const time = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const parts = [
    "gapmap",
    namePart(workbook.replace(/\.[^.]+$/, "")),
    namePart(preset),
    time,
  ].filter((p) => p !== "");
  return parts.join("-");
}
