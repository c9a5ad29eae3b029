/**
 * Spreadsheet date serials to ISO strings. Excel counts days from 1899-12-30 (with its fictitious
 * 1900-02-29 at serial 60) or, in the 1904 system, from 1904-01-01.
 */
import * as XLSX from "@e965/xlsx";

interface SsfApi {
  is_date: (format: string) => boolean;
}

const ssf = XLSX.SSF as SsfApi;

const SECONDS_PER_DAY = 86_400;
const MS_PER_SECOND = 1000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
/** Excel's fake 1900-02-29: serials below it are one day off from the 1899-12-30 epoch. */
const FAKE_LEAP_DAY_SERIAL = 60;
/** Beyond 9999-12-31 a serial is no longer a date Excel can show. */
const MAX_DATE_SERIAL = 2_958_465;

const dateFormatCache = new Map<string, boolean>();

/** True when a number format displays a date or time (cached: sheets reuse a few formats). */
export function isDateFormat(format: string): boolean {
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    try {
      known = ssf.is_date(format);
    } catch {
      known = false;
    }
    dateFormatCache.set(format, known);
  }
  return known;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * "2020-01-31" for whole days, "2020-01-31T08:30:00" with a time of day, "08:30:00" for a pure
 * time (serial below 1); undefined when the serial is not a representable date.
 */
export function serialToIsoDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_DATE_SERIAL) return undefined;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondsOfDay = totalSeconds - days * SECONDS_PER_DAY;
  const time = `${pad(Math.floor(secondsOfDay / 3600))}:${pad(Math.floor((secondsOfDay % 3600) / 60))}:${pad(secondsOfDay % 60)}`;
  if (days === 0 && !date1904) return time;
  const epoch = date1904 ? EPOCH_1904_MS : EPOCH_1900_MS;
  const dayShift = !date1904 && days < FAKE_LEAP_DAY_SERIAL ? 1 : 0;
  const d = new Date(epoch + (days + dayShift) * SECONDS_PER_DAY * MS_PER_SECOND);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return secondsOfDay === 0 ? date : `${date}T${time}`;
}

/** A JS Date (SheetJS gives these for some ODS cells) as an ISO date, time kept when present. */
export function dateToIso(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
