import { readFile } from "node:fs/promises";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import { HostError } from "./host";
import type { WorkbookProgress } from "./host";
import { createWebHost, NO_FILE_MESSAGE } from "./web-host";

const FIXTURE = "mx_tabla1_migracion_de_retorno_2020.xlsx";

describe("web host", () => {
  it("reads a picked file in memory into grids, reporting progress", async () => {
    const bytes = await readFile(realFixture(FIXTURE));
    const file = new File([new Uint8Array(bytes)], FIXTURE);
    const progress: WorkbookProgress[] = [];
    const book = await createWebHost().readWorkbook(file, (p) => progress.push(p));
    expect(book.fileName).toBe(FIXTURE);
    expect(book.sheets.length).toBeGreaterThan(0);
    expect(book.sheets.some((s) => s.rows.some((r) => r.some((v) => typeof v === "number")))).toBe(
      true,
    );
    expect(progress.at(-1)?.fraction).toBe(1);
  });

  it("turns reader failures into the reader's own user message", async () => {
    const host = createWebHost();
    const notes = new File(["just a note, no table"], "notes.docx");
    const error = await host.readWorkbook(notes, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/notes\.docx/);
    await expect(host.readWorkbook(undefined, () => {})).rejects.toThrow(NO_FILE_MESSAGE);
  });
});
