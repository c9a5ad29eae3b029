import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv, writeCsv } from "./csv-text";

describe("RFC 4180 CSV", () => {
  it("quotes fields with commas, quotes, line breaks and edge spaces, and starts with a BOM", () => {
    const text = writeCsv([["a,b", 'say "hi"', "line\nbreak", " padded", "plain"]]);
    expect(text).toBe('\uFEFF"a,b","say ""hi""","line\nbreak"," padded",plain\r\n');
  });

  it("reads LF and CRLF files, with or without BOM", () => {
    expect(readCsv("a,b\nc,d\n")).toEqual({
      ok: true,
      rows: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    expect(readCsv('\uFEFFa,"b\r\nc"\r\n')).toEqual({ ok: true, rows: [["a", "b\r\nc"]] });
  });

  it("reports stray and unterminated quotes with their line", () => {
    expect(readCsv('a,b\nc,d"e\n')).toMatchObject({ ok: false, line: 2 });
    expect(readCsv('a\n"open,\nmore')).toMatchObject({ ok: false, line: 2 });
  });

  it("round-trips any table of strings", () => {
    const field = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "Ж", "ع") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          expect(readCsv(writeCsv(rows))).toEqual({ ok: true, rows });
        },
      ),
    );
  });
});
