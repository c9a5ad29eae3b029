import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles } from "./collect-files";

/** A folder tree from relative paths; every file holds one CSV line. */
function tree(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "gapmap-collect-"));
  for (const p of paths) {
    mkdirSync(join(root, p, ".."), { recursive: true });
    writeFileSync(join(root, p), "a,b\n1,2\n");
  }
  return root;
}

describe("collectFiles", () => {
  const root = tree([
    "b.xlsx",
    "a.CSV",
    "notes.txt",
    "~$b.xlsx",
    ".cache.csv",
    ".git/data.csv",
    "2023/z.ods",
    "2023/y.xls",
    "archive/old.xlsx",
  ]);
  const rel = (paths: string[]) => paths.map((p) => relative(root, p));

  it("walks sub-folders in name order for the four spreadsheet kinds", async () => {
    const found = await collectFiles([root]);
    expect(rel(found.files)).toEqual([
      "2023/y.xls",
      "2023/z.ods",
      "a.CSV",
      "archive/old.xlsx",
      "b.xlsx",
    ]);
  });

  it("skips Office lock files and hidden entries, and says so for each", async () => {
    const found = await collectFiles([root]);
    expect(found.skipped.map((s) => [relative(root, s.path), s.reason])).toEqual([
      [".cache.csv", "hidden"],
      [".git", "hidden"],
      ["~$b.xlsx", "office-lock-file"],
    ]);
  });

  it("applies --include and --exclude to paths relative to the folder", async () => {
    const only2023 = await collectFiles([root], { include: ["2023/**"] });
    expect(rel(only2023.files)).toEqual(["2023/y.xls", "2023/z.ods"]);
    expect(only2023.excludedByGlob).toBe(3);
    const noArchive = await collectFiles([root], { exclude: ["archive/**", "*.CSV"] });
    expect(rel(noArchive.files)).toEqual(["2023/y.xls", "2023/z.ods", "b.xlsx"]);
  });

  it("keeps files named on the command line, in the order given, whatever their extension", async () => {
    const found = await collectFiles([join(root, "notes.txt"), join(root, "b.xlsx")], {
      exclude: ["**"],
    });
    expect(rel(found.files)).toEqual(["notes.txt", "b.xlsx"]);
  });
});
