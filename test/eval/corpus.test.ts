/** The evaluation corpus is well formed: manifest, files, truth, catalogue IDs, size. */
import * as XLSX from "@e965/xlsx";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { catalogueData } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, corpusFilePath, parseManifest, ManifestError } from "./corpus-manifest";
import { realFixture } from "../fixtures/real-fixtures";
import { loadCorpus } from "./load-corpus";
import { SPLIT_SEED } from "./split";

const { manifest, items } = loadCorpus();
const known = new Set(catalogueData.indicators.map((i) => i.id));
/** The limit on the corpus kept in the repository. */
const MAX_CORPUS_BYTES = 40 * 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe("evaluation corpus", () => {
  it("uses the documented split seed", () => {
    expect(manifest.splitSeed).toBe(SPLIT_SEED);
  });

  it("has a file for every entry, and an entry for every file it keeps", () => {
    for (const e of manifest.entries) expect(existsSync(corpusFilePath(e)), e.id).toBe(true);
    const listed = new Set(
      manifest.entries.flatMap((e) => ("corpus" in e.location ? [e.location.corpus] : [])),
    );
    const kept = filesUnder(join(CORPUS_DIR, "files")).map((f) => relative(CORPUS_DIR, f));
    expect(kept.filter((f) => !listed.has(f))).toEqual([]);
  });

  it("keeps no copy of a file of ../shared/fixtures/real (those are read in place)", () => {
    const shared = realFixture("");
    const copies = filesUnder(join(CORPUS_DIR, "files")).filter((f) => {
      const twin = join(shared, basename(f));
      return existsSync(twin) && readFileSync(twin).equals(readFileSync(f));
    });
    expect(copies.map((f) => relative(CORPUS_DIR, f))).toEqual([]);
  });

  it("stays under 40 MB", () => {
    const bytes = filesUnder(join(CORPUS_DIR, "files")).reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThan(MAX_CORPUS_BYTES);
  });

  it("names only catalogue indicators in its truth", () => {
    const ids = items.flatMap((i) =>
      i.kind === "page"
        ? [...i.truth.wanted, ...i.truth.acceptable]
        : i.truth.sheets.flatMap((s) => s.tables.flatMap((t) => t.indicators)),
    );
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });

  it("gives each workbook truth the manifest's language and every sheet of the file", () => {
    for (const item of items) {
      if (item.kind !== "workbook") continue;
      expect(item.truth.language, item.entry.id).toBe(item.entry.language);
      const names =
        item.entry.type === "csv" || item.entry.type === "tsv"
          ? [item.truth.sheets[0]?.name]
          : XLSX.read(readFileSync(corpusFilePath(item.entry)), { bookSheets: true }).SheetNames;
      expect(
        item.truth.sheets.map((s) => s.name),
        item.entry.id,
      ).toEqual(names);
    }
  });

  it("gives every distractor page nothing it must find", () => {
    for (const item of items)
      if (item.kind === "page" && item.entry.distractor)
        expect(item.truth.wanted, item.entry.id).toEqual([]);
  });
});

describe("manifest validation", () => {
  const entry = {
    id: "x",
    kind: "page",
    type: "html",
    language: "fr",
    location: { corpus: "files/pages/x.html" },
    source: { repository: "o/r", path: "x.html", commit: "a".repeat(40), licence: null },
    distractor: false,
  };

  it("accepts a well-formed entry", () => {
    expect(parseManifest({ splitSeed: "s", entries: [entry] }).entries).toHaveLength(1);
  });

  it.each([
    ["a duplicate id", [entry, entry]],
    ["a short commit", [{ ...entry, source: { ...entry.source, commit: "abc" } }]],
    ["a page that is not html", [{ ...entry, type: "csv" }]],
    ["a distractor without traps", [{ ...entry, distractor: true }]],
    ["a path outside files/", [{ ...entry, location: { corpus: "../x.html" } }]],
  ])("rejects %s", (_, entries) => {
    expect(() => parseManifest({ splitSeed: "s", entries })).toThrow(ManifestError);
  });
});
