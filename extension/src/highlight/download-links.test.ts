// @vitest-environment happy-dom
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findDownloadLinks, linkFormat } from "./download-links";

describe("download links", () => {
  test("finds data files and APIs whatever the case, once each, and ignores other links", () => {
    document.body.innerHTML = `
      <a href="https://stat.example/files/Migration-2023.XLSX">Table (Excel)</a>
      <a href="https://stat.example/files/flows.csv">  CSV  </a>
      <a href="https://stat.example/files/flows.csv">same file again</a>
      <a href="https://stat.example/report.pdf">Report</a>
      <a href="https://stat.example/api/v1/asylum">API</a>
      <a href="https://stat.example/restaurant.html">Not data</a>
      <a href="#section-2">In-page</a>
      <a href="https://stat.example/about.html">About</a>`;
    expect(findDownloadLinks(document)).toEqual([
      {
        href: "https://stat.example/files/Migration-2023.XLSX",
        format: "xlsx",
        text: "Table (Excel)",
      },
      { href: "https://stat.example/files/flows.csv", format: "csv", text: "CSV" },
      { href: "https://stat.example/report.pdf", format: "pdf", text: "Report" },
      { href: "https://stat.example/api/v1/asylum", format: "api", text: "API" },
    ]);
  });

  test("tells a file's format from its path, not its query", () => {
    expect(linkFormat("https://stat.example/data.xls?download=1")).toBe("xls");
    expect(linkFormat("https://stat.example/view?file=data.csv")).toBeUndefined();
    expect(linkFormat("https://stat.example/sdmx/rest/data/MIG")).toBe("api");
    expect(linkFormat("not a url")).toBeUndefined();
  });
});

describe("download links' selector", () => {
  // The old pass: every link's href through linkFormat, in document order, once each.
  function everyLink(doc: Document) {
    const links: { href: string; format: string }[] = [];
    for (const a of doc.querySelectorAll("a")) {
      const format = linkFormat(a.href);
      if (format !== undefined && !links.some((l) => l.href === a.href))
        links.push({ href: a.href, format });
    }
    return links;
  }
  const PIECES = [
    "/",
    "files",
    ".",
    "xlsx",
    "XLS",
    "Csv",
    "pdf",
    "JSON",
    "Api",
    "sdmx",
    "OData",
    "REST",
    "x",
    "?",
    "#",
    "=",
    "-",
  ];

  test("finds every link that linkFormat accepts, in order, whatever the case", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), { maxLength: 8 }),
        (paths) => {
          document.body.innerHTML = paths
            .map((p, i) => `<a href="https://stat.example/${p.join("")}">link ${i}</a>`)
            .join("");
          const found = findDownloadLinks(document).map(({ href, format }) => ({ href, format }));
          expect(found).toEqual(everyLink(document).slice(0, 50));
        },
      ),
      { numRuns: 300 },
    );
  });
});
