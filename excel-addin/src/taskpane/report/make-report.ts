/**
 * The data-gap report from the pane's assessment: the same writer as `gapmap report`
 * (`assessmentToDocx`), with the browser's canvas drawing the charts' PNG fallbacks. This
 * module pulls the docx library, so the pane imports it only when the user asks for a report.
 */
import type { Assessment, Catalogue, Inventory, ProfileTracking } from "@gapmap/core";
import {
  assessmentToDocx,
  paperForLocale,
  REPORT_MIME_TYPE,
  type Rasterise,
  type ReportLanguage,
} from "@gapmap/core/report";

export type ReportStage = "charts" | "writing";

export interface ReportInput {
  assessment: Assessment;
  inventory: Inventory;
  /** The profile's process and request statuses, for the report's process annex. */
  tracking: ProfileTracking | undefined;
  catalogue: Catalogue;
  lang: ReportLanguage;
  /** A browser locale ("en-US"): US Letter where it is the custom, else A4. */
  locale: string | undefined;
  rasterise: Rasterise;
  onProgress: (stage: ReportStage, chartsDrawn: number) => void;
}

export interface MadeReport {
  bytes: Uint8Array;
  mimeType: string;
  /** Charts whose PNG copy this browser could not draw (their SVG is in the report). */
  chartsWithoutPicture: number;
}

/** A 1×1 white PNG: Word needs a fallback picture beside every SVG, even when none could be drawn. */
const BLANK_PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC",
  ),
  (c) => c.charCodeAt(0),
);

export async function makeReport(input: ReportInput): Promise<MadeReport> {
  let drawn = 0;
  let withoutPicture = 0;
  // A browser that refuses the canvas (privacy settings, old WebView) still gets the report:
  // its charts are SVG, which Word 2016+ and LibreOffice show; older Word shows a blank box.
  const rasterise: Rasterise = async (svg, width, height) => {
    input.onProgress("charts", drawn);
    try {
      return await input.rasterise(svg, width, height);
    } catch {
      withoutPicture += 1;
      return BLANK_PNG;
    } finally {
      drawn += 1;
      // The tables and packing follow the last chart; another chart flips this straight back.
      input.onProgress("writing", drawn);
    }
  };
  // The analysis runs on the chosen profile; the tracking the pane keeps beside it goes in here.
  const { assessment, tracking } = input;
  const tracked =
    tracking === undefined
      ? assessment
      : { ...assessment, profile: { ...assessment.profile, tracking } };
  const bytes = await assessmentToDocx(tracked, input.inventory, {
    catalogue: input.catalogue,
    lang: input.lang,
    paper: paperForLocale(input.locale),
    rasterise,
  });
  return { bytes, mimeType: REPORT_MIME_TYPE, chartsWithoutPicture: withoutPicture };
}
