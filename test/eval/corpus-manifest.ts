/**
 * The evaluation corpus manifest (test/eval/corpus/manifest.json): every real file the engine is
 * judged on, where it came from (repository, path, commit, licence or terms where stated), its
 * language and whether it is a distractor. Files live in test/eval/corpus/files/, except the
 * real fixtures of ../shared/fixtures/real, which are referenced in place and never copied.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { realFixture } from "../fixtures/real-fixtures";

export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));
export const MANIFEST_PATH = `${CORPUS_DIR}manifest.json`;

/** The languages the issue asks the corpus to cover; "other" for pages in further languages. */
export const CORPUS_LANGUAGES = ["en", "fr", "es", "ru", "ro", "sr", "ar", "other"] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

export const FILE_TYPES = ["xlsx", "xls", "csv", "tsv", "html"] as const;
export type FileType = (typeof FILE_TYPES)[number];

const commitSchema = z.string().regex(/^[0-9a-f]{40}$/, "a 40-hex commit");

export const corpusEntrySchema = z
  .strictObject({
    /** Stable identifier: the split hashes it, and truth/<id>.json holds the truth. */
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "lower-case slug"),
    kind: z.enum(["workbook", "page"]),
    type: z.enum(FILE_TYPES),
    language: z.enum(CORPUS_LANGUAGES),
    /** Where the file is: under corpus/files/, or a file of ../shared/fixtures/real. */
    location: z.union([
      z.strictObject({ corpus: z.string().regex(/^files\/[^\0]+$/, "a path under files/") }),
      z.strictObject({ shared: z.string().min(1) }),
    ]),
    source: z.strictObject({
      repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "owner/name"),
      path: z.string().min(1),
      commit: commitSchema,
      /** Licence or terms as the repository states them; null when it states none. */
      licence: z.string().min(1).nullable(),
      /** Who published the data or page originally, when known (statistics office, newspaper). */
      publisher: z.string().min(1).optional(),
    }),
    /** A file whose words look like migration but whose content is not (data migration, …). */
    distractor: z.boolean(),
    /** The trap words a distractor carries. */
    traps: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .refine((e) => (e.kind === "page") === (e.type === "html"), "pages are html, workbooks are not")
  .refine((e) => !e.distractor || (e.traps?.length ?? 0) > 0, "a distractor names its traps");
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export const corpusManifestSchema = z
  .strictObject({
    /** How the split is made; see split.ts. */
    splitSeed: z.string().min(1),
    entries: z.array(corpusEntrySchema),
  })
  .refine((m) => new Set(m.entries.map((e) => e.id)).size === m.entries.length, "ids are unique");
export type CorpusManifest = z.infer<typeof corpusManifestSchema>;

export class ManifestError extends Error {}

export function parseManifest(json: unknown): CorpusManifest {
  const parsed = corpusManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new ManifestError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  return parsed.data;
}

export function loadManifest(path: string = MANIFEST_PATH): CorpusManifest {
  return parseManifest(JSON.parse(readFileSync(path, "utf8")));
}

/** Absolute path of an entry's file. */
export function corpusFilePath(entry: CorpusEntry, corpusDir: string = CORPUS_DIR): string {
  return "corpus" in entry.location
    ? `${corpusDir}${entry.location.corpus}`
    : realFixture(entry.location.shared);
}

export const truthPath = (entry: CorpusEntry, corpusDir: string = CORPUS_DIR): string =>
  `${corpusDir}truth/${entry.id}.json`;
