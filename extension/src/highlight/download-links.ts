/** Links to data files or APIs on the page: what a record's "format" and "download" fields need. */
import type { DownloadLink } from "../platform/messages";

const EXTENSION_FORMATS: Record<string, DownloadLink["format"]> = {
  xlsx: "xlsx",
  xls: "xls",
  csv: "csv",
  pdf: "pdf",
  json: "json",
};
/** URL paths that are data APIs rather than files. */
const API_PATH_RE = /(^|\/)(api|sdmx|odata|rest)(\/|$)/i;
/**
 * A cheap test on the raw href before resolving and parsing it: a page of 12,000 in-page links
 * would otherwise pay a URL parse each. It accepts everything linkFormat could accept.
 */
const CANDIDATE_HREF_RE = /\.(?:xlsx|xls|csv|pdf|json)(?![a-z])|api|sdmx|odata|rest/i;
/** Enough for the form's picker; pages with hundreds of PDFs would only add noise. */
const MAX_LINKS = 50;

export function linkFormat(href: string): DownloadLink["format"] | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const extension = /\.([a-z]+)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (extension !== undefined && extension in EXTENSION_FORMATS)
    return EXTENSION_FORMATS[extension];
  return API_PATH_RE.test(url.pathname) ? "api" : undefined;
}

/**
 * Download links among the links handed to `add` in document order. The tagging pass hands it
 * every link as the boilerplate search walks them (boilerplate-spans.ts): a second walk over
 * 12,000 links of a 2 MB page cost as much again. Only hrefs that pass a cheap test are resolved
 * and parsed.
 */
export class DownloadLinkFinder {
  readonly links: DownloadLink[] = [];
  private readonly seen = new Set<string>();

  add(anchor: Element): void {
    if (this.links.length >= MAX_LINKS) return;
    const href = anchor.getAttribute("href");
    if (href === null || !CANDIDATE_HREF_RE.test(href)) return;
    const resolved = (anchor as HTMLAnchorElement).href;
    const format = linkFormat(resolved);
    if (format === undefined || this.seen.has(resolved)) return;
    this.seen.add(resolved);
    this.links.push({ href: resolved, format, text: anchor.textContent.trim().slice(0, 120) });
  }
}

/** The download links of a whole document at once (tests; the pass uses DownloadLinkFinder). */
export function findDownloadLinks(doc: Document): DownloadLink[] {
  const finder = new DownloadLinkFinder();
  for (const anchor of doc.querySelectorAll("a")) finder.add(anchor);
  return finder.links;
}
