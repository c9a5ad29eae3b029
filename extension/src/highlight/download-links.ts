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
 * Cheap tests on the raw href before resolving and parsing it: a page of 12,000 in-page links
 * would otherwise pay a URL parse each. Both accept everything linkFormat could accept; the
 * selector lets the browser skip the other links natively, without a wrapper object for each.
 */
const CANDIDATE_HREF_RE = /\.(?:xlsx|xls|csv|pdf|json)(?![a-z])|api|sdmx|odata|rest/i;
const CANDIDATE_LINKS_SELECTOR = [".xls", ".csv", ".pdf", ".json", "api", "sdmx", "odata", "rest"]
  .map((part) => `a[href*="${part}" i]`)
  .join(",");
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

export function findDownloadLinks(doc: Document): DownloadLink[] {
  const links: DownloadLink[] = [];
  const seen = new Set<string>();
  for (const anchor of Array.from(
    doc.querySelectorAll<HTMLAnchorElement>(CANDIDATE_LINKS_SELECTOR),
  )) {
    if (!CANDIDATE_HREF_RE.test(anchor.getAttribute("href") ?? "")) continue;
    const format = linkFormat(anchor.href);
    if (format === undefined || seen.has(anchor.href)) continue;
    seen.add(anchor.href);
    links.push({
      href: anchor.href,
      format,
      text: anchor.textContent.trim().slice(0, 120),
    });
    if (links.length >= MAX_LINKS) break;
  }
  return links;
}
