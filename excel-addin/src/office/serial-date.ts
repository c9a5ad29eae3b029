/**
 * Excel date serials to ISO strings, decided by the cell's number format (Office.js gives dates
 * as plain numbers). Same output as the cli readers: "2020-01-31", "2020-01-31T08:30:00", or
 * "08:30:00" for a pure time. Workbooks in the 1904 date system are not handled (Office.js
 * does not expose the setting before ExcelApi 1.9's `workbook.properties`).
 */

const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = SECONDS_PER_DAY * 1000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
/** Excel's fictitious 1900-02-29: serials below it are one day off from the 1899-12-30 epoch. */
const FAKE_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, the last date Excel can show. */
const MAX_DATE_SERIAL = 2_958_465;

/** Parts of a format that never mean a date: quoted text, escapes, [colour]/[$-409] tags. */
const NON_DATE_PARTS = /"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi;
const DATE_TOKENS = /[dmyhs]|\[[hms]+\]|AM\/PM|A\/P/i;

const cache = new Map<string, boolean>();

/** True when a number format shows a date or a time ("General", "0.00" and "@" do not). */
export function isDateFormat(format: string): boolean {
  const known = cache.get(format);
  if (known !== undefined) return known;
  // The first section (positive numbers) decides, as in Excel's own date detection.
  const firstSection = format.split(";")[0] ?? "";
  const result = DATE_TOKENS.test(firstSection.replace(NON_DATE_PARTS, ""));
  cache.set(format, result);
  return result;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** ISO text for a serial; undefined when it is not a representable date. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_DATE_SERIAL) return undefined;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondsOfDay = totalSeconds - days * SECONDS_PER_DAY;
  const time = `${pad(Math.floor(secondsOfDay / 3600))}:${pad(Math.floor((secondsOfDay % 3600) / 60))}:${pad(secondsOfDay % 60)}`;
  if (days === 0) return time;
  const dayShift = days < FAKE_LEAP_DAY_SERIAL ? 1 : 0;
  const d = new Date(EPOCH_1900_MS + (days + dayShift) * MS_PER_DAY);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return secondsOfDay === 0 ? date : `${date}T${time}`;
}
