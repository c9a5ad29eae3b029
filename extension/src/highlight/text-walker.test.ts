// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";
import { collectPageText, rangeForOffsets } from "./text-walker";

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe("page text walker", () => {
  test("skips scripts, styles, form fields, editable regions and our own host", () => {
    const doc = page(`
      <p>Demandes d'asile</p><script>var asylum = 1;</script><style>p{}</style>
      <noscript>enable js</noscript><textarea>typed</textarea>
      <div contenteditable="true">draft text</div><div id="gapmap-overlay">card text</div>
      <p>par <b>nationalité</b></p>`);
    const host = doc.getElementById("gapmap-overlay");
    const text = collectPageText(doc.body, host).text;
    expect(text).toContain("Demandes d'asile");
    expect(text).toContain("nationalité");
    for (const hidden of ["asylum", "p{}", "enable js", "typed", "draft text", "card text"]) {
      expect(text).not.toContain(hidden);
    }
  });

  test("offsets map back to ranges that span element boundaries", () => {
    const doc = page("<p>Les <em>demandes</em> d'asile 2014</p>");
    const walked = collectPageText(doc.body);
    const start = walked.text.indexOf("demandes");
    const end = walked.text.indexOf("asile") + "asile".length;
    const range = rangeForOffsets(walked, start, end);
    expect(range?.toString().replace(/\s+/g, " ")).toBe("demandes d'asile");
  });

  test("returns no range for offsets outside the text", () => {
    const walked = collectPageText(page("<p>short</p>").body);
    expect(rangeForOffsets(walked, 100, 105)).toBeUndefined();
  });
});
