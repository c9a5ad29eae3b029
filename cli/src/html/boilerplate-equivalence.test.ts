/**
 * The boilerplate search asks one candidate query and classifies in script (landmarks by
 * `matches`), and reads each link's text once; before, it asked two big queries and copied
 * each link's text three times. On the eval corpus's and real fixtures' HTML pages (MAX_PAGE_BYTES), and
 * on a page of edge cases, it must find exactly the same elements with the same kinds (in jsdom,
 * as `gapmap tag` reads pages; the extension hands in Chromium's elements).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findBoilerplate } from "@gapmap/core";
import { referenceFindBoilerplate } from "@gapmap/core/tagging/testing";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, test } from "vitest";

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = join(HERE, "../../../../shared/fixtures/real");
const CORPUS = join(HERE, "../../../test/eval/corpus/files/pages");

/** Pages up to this size, and Wikipedia's references: jsdom parses 13 MB of pages slowly. */
const MAX_PAGE_BYTES = 120_000;
const ALSO = ["wikipedia-2.html"];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) return htmlFiles(path);
    const small = stat.size <= MAX_PAGE_BYTES || ALSO.includes(name);
    return name.endsWith(".html") && small ? [path] : [];
  });
}

const EDGE_CASES = `<!doctype html><html><body>
<header><a href="/">Home</a></header>
<article><header><h2>Headline</h2></header><p>Asylum figures for 2023: <a href="https://x.org/a">https://x.org/a</a></p>
<footer class="byline">By a writer</footer></article>
<main><p>Body <a href="#" class="references">refs link</a> <a> www.example.org </a> <a>\u00a0http://a.b\u2003</a></p></main>
<div id="sidebar"><a href="/1">one</a><a href="/2">two</a></div>
<ul class="tags"><li><a href="/t">tag</a></li></ul>
<ol><li>plain</li></ol>
<span class="social-share">share</span><li class="nav">not a block</li>
<section role="main"><p>also main</p></section><div role="navigation"><p>menu</p></div>
<p aria-hidden="true">hidden</p><p aria-hidden="false">shown</p><div hidden>gone</div>
<div class="mw-references-wrap"><ol class="references"><li><cite>A source</cite></li></ol></div>
<h3>Related articles</h3><p>after</p>
<div><h4>See also</h4><a href="/x">x</a><a href="/y">y</a></div>
<svg><a href="/svg"><text>http://svg.link</text></a></svg>
<a id="lone" href="/l">  https://lone.example/path  </a>
<p><a href="/p1">mostly</a> <a href="/p2">links</a> here</p>
<menu><li>item</li></menu><dialog open>dialog</dialog><aside>aside</aside><nav>nav</nav>
</body></html>`;

function load(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Each boilerplate element as "kind: tag#index among the page's elements", in found order. */
function described(doc: Document, found: Map<unknown, string>): string[] {
  const all = [...doc.body.querySelectorAll("*")];
  return [...found].map(
    ([el, kind]) => `${kind}: ${(el as Element).localName}#${all.indexOf(el as Element)}`,
  );
}

function compare(doc: Document): number {
  const reference = described(doc, referenceFindBoilerplate(doc.body));
  expect(described(doc, findBoilerplate(doc.body))).toEqual(reference);
  return reference.length;
}

describe("the one-query boilerplate search finds what the two-query one found", () => {
  const pages = [...htmlFiles(CORPUS), ...htmlFiles(REAL)];

  test("on a page of edge cases", () => {
    expect(compare(load(EDGE_CASES))).toBeGreaterThan(10);
  });

  test(`on ${pages.length} real pages`, () => {
    expect(pages.length).toBeGreaterThan(30);
    let found = 0;
    for (const path of pages) {
      found += compare(load(readFileSync(path, "utf8")));
    }
    expect(found).toBeGreaterThan(100);
  }, 120_000);
});
