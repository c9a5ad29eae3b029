/**
 * The content script's files, in the order `tagTab` injects them, one `executeScript` each, so
 * that the page compiles and runs each in a task of its own (the budget is 50 ms per task at 4×
 * CPU throttling). They are built by scripts/content-script/build-content-script.ts into
 * `content/` beside the extension's other files: first the catalogue as data (its phrase rows in
 * two halves, their stems, then the authored data as JSON text in two halves), then the code in layers (libraries first, the
 * tagger last), each layer reading the modules of the earlier ones from the isolated world's
 * global. The tagger reads the catalogue on first use.
 */
export const CONTENT_SCRIPT_DIR = "content";

export const CATALOGUE_FILES = [
  "tagger-phrases",
  "tagger-phrases-tail",
  "tagger-stems",
  "tagger-catalogue",
  "tagger-catalogue-tail",
] as const;

export const CODE_LAYERS = [
  "tagger-zod-base",
  "tagger-zod-core",
  "tagger-zod",
  "tagger-libraries",
  "tagger-vocabulary",
  "tagger-inventory",
  "tagger-migration",
  "tagger-core",
  "tagger-places",
  "tagger-tables",
  "tagger-tagging",
  "tagger",
] as const;

export type ContentScriptFile = (typeof CATALOGUE_FILES)[number] | (typeof CODE_LAYERS)[number];

export const CONTENT_SCRIPT_FILES: readonly string[] = [...CATALOGUE_FILES, ...CODE_LAYERS].map(
  (name) => `${CONTENT_SCRIPT_DIR}/${name}.js`,
);
