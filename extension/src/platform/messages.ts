/**
 * The typed message contract between the extension's contexts, grouped by direction.
 * Every receiver parses with these schemas: messages cross a trust boundary. Free of
 * @gapmap/core so the service worker stays small (anchor-reply.ts holds the one core-typed reply).
 */
import { z } from "zod";

export const anchorStatusSchema = z.enum(["anchored", "changed", "orphaned"]);
export type AnchorStatus = z.infer<typeof anchorStatusSchema>;

export const pageMentionSchema = z.strictObject({
  indicatorId: z.string(),
  name: z.string(),
  count: z.number().int().positive(),
});

/** Where a table's name came from; never a CSS selector. */
export const tableNameSourceSchema = z.enum(["caption", "heading", "header-row", "none"]);

export const pageTableSchema = z.strictObject({
  selector: z.string(),
  /** Caption, else the nearest heading before it, else its first header row; "" for none. */
  name: z.string(),
  nameSource: tableNameSourceSchema,
  /** An HTML table, or chart data read from an inline script's text. */
  source: z.enum(["table", "script"]),
  caption: z.string().nullable(),
  indicatorIds: z.array(z.string()),
  indicatorNames: z.array(z.string()),
  years: z.array(z.number().int()),
  breakdowns: z.array(z.string()),
  /**
   * When the best indicator won narrowly (core's `runnerUp`): the second, why the two were close
   * (a stock and a flow of the same people, or any near tie), the period or time-point cue words
   * that weighed, and the catalogue words the table's labels matched.
   */
  doubt: z
    .strictObject({
      runnerUpId: z.string(),
      reason: z.enum(["stock-or-flow", "close-score"]),
      cues: z.array(z.string()),
      evidence: z.array(z.string()),
    })
    .optional(),
});
export type PageTable = z.infer<typeof pageTableSchema>;

export const downloadLinkSchema = z.strictObject({
  href: z.string(),
  format: z.enum(["xlsx", "xls", "csv", "pdf", "json", "api"]),
  text: z.string(),
});
export type DownloadLink = z.infer<typeof downloadLinkSchema>;

export const recordAnchorSchema = z.strictObject({
  recordId: z.string(),
  status: anchorStatusSchema,
  /** How it was found: at its stored position, or by its quote (exact or approximate). */
  method: z.enum(["position", "quote-exact", "quote-fuzzy"]).optional(),
});

/** What the tagger found on a page; shown by the side panel. */
export const pageStateSchema = z.strictObject({
  url: z.string(),
  title: z.string(),
  lang: z.strictObject({ lang: z.string(), source: z.string(), confidence: z.number() }),
  mentions: z.array(pageMentionSchema),
  tables: z.array(pageTableSchema),
  downloads: z.array(downloadLinkSchema),
  records: z.array(recordAnchorSchema),
  /** How long the last tagging pass took (ms, measured in the content script). */
  taggingMs: z.number().nonnegative().optional(),
  /** The same, by phase (text, highlight, tables, anchoring), for profiling. */
  taggingPhases: z.record(z.string(), z.number()).optional(),
});
export type PageState = z.infer<typeof pageStateSchema>;

/** Side panel or background → content script. */
export const toContentSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("gapmap/tag") }),
  z.strictObject({ type: z.literal("gapmap/page-state") }),
  /** The last tagging result, or null when the page was not tagged (never tags). */
  z.strictObject({ type: z.literal("gapmap/current-state") }),
  /** Records anchored again against the stored inventory (after a save, edit or import). */
  z.strictObject({ type: z.literal("gapmap/reanchor") }),
  /** The card for an indicator, at its n-th mention (0-based; wraps), scrolled into view. */
  z.strictObject({
    type: z.literal("gapmap/show-card"),
    indicatorId: z.string(),
    occurrence: z.number().int().optional(),
  }),
  /** Selectors for the first mention of an indicator, or for a detected table. */
  z.strictObject({
    type: z.literal("gapmap/describe-anchor"),
    indicatorId: z.string(),
    tableSelector: z.string().optional(),
  }),
]);
export type ToContent = z.infer<typeof toContentSchema>;

/** Content script → side panel: the tab's state changed (tagged, re-tagged, re-anchored). */
export const toPanelSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("gapmap/page-updated"), state: pageStateSchema }),
]);
export type ToPanel = z.infer<typeof toPanelSchema>;

/** Side panel → background. */
export const toBackgroundSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("gapmap/tag-tab"), tabId: z.number().int() }),
]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

export const tagReplySchema = z.discriminatedUnion("ok", [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
]);
export type TagReply = z.infer<typeof tagReplySchema>;

/**
 * The engine host (host/: an offscreen document on Chrome) and the content script talk over a
 * port of this name; big messages go to the host alone, not to every extension page.
 */
export const ENGINE_HOST_PORT = "gapmap/engine-host";

// The host's reply carries ~70,000 array entries: zod's per-element check of them was 40 ms
// even warm, most of the page's one long task at 1× in the reply. One loop per array instead.
const arrayOf =
  <T>(isItem: (v: unknown) => v is T, what: string) =>
  () =>
    z.custom<T[]>((v) => Array.isArray(v) && v.every(isItem), `expected an array of ${what}`);
const numbers = arrayOf((v): v is number => typeof v === "number" && Number.isFinite(v), "numbers");
const strings = arrayOf((v): v is string => typeof v === "string", "strings");

/**
 * Content script → engine host, over ENGINE_HOST_PORT, in this order: start, the walk's texts in
 * pieces as it reads them (one text per visible text node), "walked" once the walk is over (the
 * host then does what needs no boilerplate), the end with the boilerplate spans as [start, end,
 * …]; and, whenever the host asks, which of the boundaries it asked about start a new block.
 */
export const toEngineHostSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("gapmap/host-start"), declaredLang: z.string().optional() }),
  z.strictObject({ type: z.literal("gapmap/host-texts"), texts: strings() }),
  z.strictObject({ type: z.literal("gapmap/host-walked") }),
  z.strictObject({ type: z.literal("gapmap/host-end"), boilerplate: numbers() }),
  z.strictObject({
    type: z.literal("gapmap/host-breaks"),
    boundaries: numbers(),
    breaks: numbers(),
  }),
]);
export type ToEngineHost = z.infer<typeof toEngineHostSchema>;

/**
 * Mentions as parallel arrays (one entry per mention) with the indicator IDs in a table: ~14,000
 * objects cost the page far more to receive and check. Rare fields are listed by position.
 */
export const packedMentionsSchema = z.strictObject({
  ids: strings(),
  id: numbers(),
  start: numbers(),
  end: numbers(),
  score: numbers(),
  text: strings(),
  inflected: numbers(),
  alternatives: z.array(z.strictObject({ at: z.number().int(), ids: z.array(z.number().int()) })),
  runnerUps: z.array(
    z.strictObject({
      at: z.number().int(),
      id: z.string(),
      reason: z.literal("stock-or-flow"),
      cues: z.array(z.string()),
    }),
  ),
});
export type PackedMentions = z.infer<typeof packedMentionsSchema>;

/**
 * Engine host → content script. The reported mentions come in pieces of up to
 * HOST_MENTIONS_PER_MESSAGE, each packed on its own (its `at` fields count from its first
 * mention): zero or more parts, then the last piece with the language. Receiving, checking and
 * unpacking all of a 2 MB page's ~14,000 in one message was one task of 165 ms at 4× CPU.
 */
export const fromEngineHostSchema = z.discriminatedUnion("type", [
  /** Node boundaries a found mention runs over: does each start a new block? */
  z.strictObject({ type: z.literal("gapmap/host-ask-breaks"), boundaries: numbers() }),
  z.strictObject({ type: z.literal("gapmap/host-mentions-part"), mentions: packedMentionsSchema }),
  z.strictObject({
    type: z.literal("gapmap/host-mentions"),
    mentions: packedMentionsSchema,
    lang: z.strictObject({
      lang: z.string(),
      source: z.enum(["attribute", "guess"]),
      confidence: z.number(),
      script: z.string().optional(),
    }),
  }),
  z.strictObject({ type: z.literal("gapmap/host-error"), error: z.string() }),
]);
export type FromEngineHost = z.infer<typeof fromEngineHostSchema>;

/** Mentions per reply message from the engine host (see fromEngineHostSchema). */
export const HOST_MENTIONS_PER_MESSAGE = 1024;

/**
 * The table host: the page reads its tables' cells and names (highlight/page-tables.ts) and
 * the engine host analyses them warm, over a port of this name (host/table-session.ts), while
 * the page does other work. Each request carries a batch number its reply repeats.
 */
export const TABLE_HOST_PORT = "gapmap/table-host";

const tableCellReadingSchema = z.strictObject({
  text: z.string(),
  colSpan: z.number().int().min(1),
  rowSpan: z.number().int().min(0),
  header: z.boolean(),
});

/** One table as the page read it (table-analysis.ts's TableReading). */
export const tableReadingSchema = z.strictObject({
  selector: z.string(),
  source: z.enum(["table", "script"]),
  description: z.strictObject({
    caption: z.string().optional(),
    rows: z.array(z.strictObject({ cells: z.array(tableCellReadingSchema) })),
  }),
  caption: z.string().optional(),
  heading: z.string().optional(),
});

/** Content script → table host. */
export const toTableHostSchema = z.strictObject({
  type: z.literal("gapmap/host-analyse-tables"),
  batch: z.number().int(),
  readings: z.array(tableReadingSchema),
});
export type ToTableHost = z.infer<typeof toTableHostSchema>;

/** Table host → content script: one result per reading, in order; null for no data table. */
export const fromTableHostSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("gapmap/host-tables"),
    batch: z.number().int(),
    tables: z.array(pageTableSchema.nullable()),
  }),
  z.strictObject({ type: z.literal("gapmap/host-error"), error: z.string() }),
]);
export type FromTableHost = z.infer<typeof fromTableHostSchema>;
