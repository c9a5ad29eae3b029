/** Options shared by assess and report: `--paper a4|letter` (default from the locale) and `--year`. */
import { PAPER_SIZES, paperForLocale, type PaperSize } from "@gapmap/core";
import { usageError } from "../cli-error";

export const PAPER_USAGE = `  --paper        a4 or letter (default: from the locale, LC_PAPER or LANG; A4 without one)`;

export function paperOption(
  value: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): PaperSize {
  if (value === undefined) {
    // POSIX precedence: LC_ALL overrides LC_PAPER, which overrides LANG.
    return paperForLocale(env.LC_ALL || env.LC_PAPER || env.LANG);
  }
  const wanted = value.toLowerCase();
  if (!(PAPER_SIZES as readonly string[]).includes(wanted)) {
    throw usageError(`--paper must be one of ${PAPER_SIZES.join(", ")} (got "${value}").`);
  }
  return wanted as PaperSize;
}

/** `--year YYYY`, the reference year for timeliness (default: this year). */
export function yearOption(value: string | undefined): number {
  const year = value === undefined ? new Date().getFullYear() : Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw usageError("--year takes a year such as 2024.");
  return year;
}
