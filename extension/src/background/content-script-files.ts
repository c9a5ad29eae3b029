/**
 * The content script's files, in the order `tagTab` injects them, one `executeScript` each, so
 * that the page compiles and runs each in a task of its own (the budget is 50 ms per task at 4×
 * CPU throttling). They are built by scripts/content-script/build-content-script.ts into
 * `content/` beside the extension's other files: first the catalogue as data, in pieces
 * (injected/catalogue-parts.ts), then the code in layers (libraries first, the tagger last),
 * each layer reading the modules of the earlier ones from the isolated world's global. The
 * tagger reads the catalogue on first use. A page that holds some of them already (tagged
 * before) gets only the others (layer-probe.ts).
 */
export const CONTENT_SCRIPT_DIR = "content";

/**
 * How many files deliver the catalogue's texts (~1.2 MB): about 100 KB each, which the page
 * compiles in ~15 ms at 4× CPU throttling. The build refuses a piece over
 * MAX_CATALOGUE_PIECE_BYTES, so a growing catalogue raises this count rather than a long task.
 */
export const CATALOGUE_PIECES = 12;
export const MAX_CATALOGUE_PIECE_BYTES = 160_000;

export type CatalogueFile = `tagger-catalogue-${number}`;

export const CATALOGUE_FILES: readonly CatalogueFile[] = Array.from(
  { length: CATALOGUE_PIECES },
  (_, i): CatalogueFile => `tagger-catalogue-${i + 1}`,
);

export const CODE_LAYERS = [
  "tagger-zod-base",
  "tagger-zod-core",
  "tagger-zod",
  "tagger-stemmers",
  "tagger-countries",
  "tagger-libraries",
  "tagger-vocabulary",
  "tagger-inventory",
  "tagger-migration",
  "tagger-core",
  "tagger-places",
  "tagger-table-words",
  "tagger-tables",
  "tagger-matcher",
  "tagger-tagging",
  "tagger",
] as const;

export type ContentScriptFile = CatalogueFile | (typeof CODE_LAYERS)[number];

export const CONTENT_SCRIPT_NAMES: readonly ContentScriptFile[] = [
  ...CATALOGUE_FILES,
  ...CODE_LAYERS,
];

/** The extension-relative path of a content-script file. */
export function contentScriptPath(name: ContentScriptFile): string {
  return `${CONTENT_SCRIPT_DIR}/${name}.js`;
}

export const CONTENT_SCRIPT_FILES: readonly string[] = CONTENT_SCRIPT_NAMES.map(contentScriptPath);

/**
 * The isolated world's global where each file records, by name, that its setup has run (the
 * build wraps every file in a guard that sets it last: shared-modules.ts). A page's isolated
 * world outlives the extension's calls, not the document: a new document starts without it.
 */
export const LOADED_FILES_KEY = "__gapmapLayers";

/** The files still to inject into a world that has run `loaded`, in injection order. */
export function filesToInject(loaded: Iterable<string>): ContentScriptFile[] {
  const done = new Set(loaded);
  return CONTENT_SCRIPT_NAMES.filter((name) => !done.has(name));
}
