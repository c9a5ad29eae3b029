/**
 * Loads a saved HTML page for tagging with jsdom: scripts are never executed and no
 * sub-resources are fetched; the page is only parsed.
 */
import { readFile } from "node:fs/promises";
import { findBoilerplate, type TextSpan } from "@gapmap/core";
import { JSDOM, VirtualConsole } from "jsdom";
import { describeTextTables, type PageTables } from "./page-tables";
import { extractPageText } from "./page-text";

/** Larger files are refused rather than parsed (saved statistics pages are far smaller). */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export interface LoadedPage {
  text: string;
  /** Where navigation, references and URL link text lie in `text` (boilerplate.ts). */
  boilerplateSpans: TextSpan[];
  /** The `lang` attribute of <html> (or body), when present. */
  declaredLang?: string;
  title?: string;
  tables: PageTables;
}

export class PageLoadError extends Error {
  constructor(
    readonly code: "unreadable" | "too-large" | "not-html",
    message: string,
  ) {
    super(message);
    this.name = "PageLoadError";
  }
}

export function parsePage(html: string): LoadedPage {
  // No runScripts and no resources: jsdom then only parses, like a saved page opened offline.
  // A silent console: jsdom's complaints about the page's own CSS are no concern of the user's.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const declared =
    document.documentElement.getAttribute("lang") ?? document.body.getAttribute("lang") ?? "";
  const title = document.title.trim();
  const boilerplate = new Set(findBoilerplate(document.body).keys() as Iterable<Element>);
  const { text, boilerplateSpans } = extractPageText(document.body, title, boilerplate);
  return {
    text,
    boilerplateSpans,
    ...(declared.trim() === "" ? {} : { declaredLang: declared.trim() }),
    ...(title === "" ? {} : { title }),
    tables: describeTextTables(document),
  };
}

export async function loadPage(file: string): Promise<LoadedPage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new PageLoadError("unreadable", error instanceof Error ? error.message : String(error));
  }
  if (bytes.length > MAX_PAGE_BYTES)
    throw new PageLoadError(
      "too-large",
      `${bytes.length} bytes is over the ${MAX_PAGE_BYTES} limit`,
    );
  const html = bytes.toString("utf8");
  if (!/<(html|body|head|p|div|table|!doctype)\b/i.test(html.slice(0, 100_000)))
    throw new PageLoadError("not-html", "the file does not look like an HTML page");
  return parsePage(html);
}
