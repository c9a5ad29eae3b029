/** The record form's values → a source record for the core schema (validated when saved). */
import { dimensionKindSchema, type DimensionKind } from "@gapmap/core/catalogue";
import type { SourceRecordInput, WebSelector } from "@gapmap/core/inventory";
import type { DownloadLink, PageState } from "../platform/messages";

export interface RecordFormValues {
  indicatorIds: string[];
  title: string;
  producer: string;
  years: number[];
  breakdowns: DimensionKind[];
  format: DownloadLink["format"] | "html";
  downloadHref: string;
}

/** Formats a machine can read without retyping (ODIN "machine readable"). */
const MACHINE_READABLE = new Set(["xlsx", "xls", "csv", "json", "api"]);
const NON_PROPRIETARY = new Set(["csv", "json", "api", "html"]);

export function buildWebRecord(
  page: PageState,
  values: RecordFormValues,
  selectors: WebSelector[],
  id: string,
): SourceRecordInput {
  const notes = values.downloadHref === "" ? undefined : `Download: ${values.downloadHref}`;
  return {
    id,
    indicators: values.indicatorIds,
    location: {
      kind: "web",
      url: page.url,
      ...(page.title === "" ? {} : { title: page.title }),
      selectors,
    },
    ...(values.title.trim() === "" ? {} : { title: values.title.trim() }),
    ...(values.producer.trim() === "" ? {} : { producer: values.producer.trim() }),
    years: values.years,
    periodicity: "unknown",
    breakdowns: values.breakdowns.map((kind) => ({ kind })),
    geography: "national",
    openness: {
      machineReadable: MACHINE_READABLE.has(values.format),
      nonProprietary: NON_PROPRIETARY.has(values.format),
      downloadOptions:
        values.format === "api" ? ["api"] : values.downloadHref === "" ? [] : ["bulk"],
      metadata: false,
      openLicence: false,
      format: values.format,
    },
    access: "public",
    quality: [],
    ...(notes === undefined ? {} : { notes }),
    origin: "extension",
  };
}

/** Form defaults from what the tagger found: indicators mentioned, first table's years and breakdowns. */
export function prefillValues(page: PageState, producer: string | undefined): RecordFormValues {
  const table = page.tables.find((t) => t.indicatorIds.length > 0) ?? page.tables[0];
  const firstMention = page.mentions[0]?.indicatorId;
  const download = page.downloads[0];
  return {
    indicatorIds: table?.indicatorIds.slice(0, 1) ?? (firstMention ? [firstMention] : []),
    title: table?.caption ?? page.title,
    producer: producer ?? "",
    years: table?.years ?? [],
    breakdowns: (table?.breakdowns ?? []).flatMap((kind) => {
      const parsed = dimensionKindSchema.safeParse(kind);
      return parsed.success ? [parsed.data] : [];
    }),
    format: download?.format ?? "html",
    downloadHref: download?.href ?? "",
  };
}
