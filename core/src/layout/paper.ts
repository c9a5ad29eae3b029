/**
 * Paper for printed output: A4 everywhere except the countries that use US Letter, chosen from
 * a locale ("en-US", "es_MX.UTF-8") unless the user says otherwise.
 */
import { z } from "zod";

export const PAPER_SIZES = ["a4", "letter"] as const;
export const paperSizeSchema = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof paperSizeSchema>;

/** Page sizes in points (1/72 inch), portrait. */
export const PAPER_POINTS: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 595.3, height: 841.9 },
  letter: { width: 612, height: 792 },
};

/** Regions whose default paper is US Letter (CLDR measurement data, paperSize = US-Letter). */
const LETTER_REGIONS = new Set([
  "US", "CA", "MX", "CL", "CO", "CR", "GT", "PA", "PH", "PR", "SV", "VE", "BZ", "DO", "NI",
]); // prettier-ignore

/** The paper a locale prints on; A4 when the locale names no region or is unreadable. */
export function paperForLocale(locale: string | undefined): PaperSize {
  const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/i.exec(locale ?? "")?.[1];
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? "letter" : "a4";
}
