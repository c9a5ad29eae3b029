/** Links to data files or APIs on the page: what a record's "format" and "download" fields need. */
import { runSteps, type Steps } from "@gapmap/core/tagging";
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
/** Links tested between two steps of findDownloadLinksInSteps. */
const LINKS_PER_STEP = 256;
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
  return runSteps(findDownloadLinksInSteps(doc));
}

/**
 * findDownloadLinks as steps. The links are listed by one cheap query (tag and attribute only)
 * and their hrefs tested here, a few hundred per step: a query testing every link's href for
 * eight substrings natively was one piece of ~45 ms at 4× CPU throttling on a 2 MB page.
 */
export function* findDownloadLinksInSteps(doc: Document): Steps<DownloadLink[]> {
  const links: DownloadLink[] = [];
  const seen = new Set<string>();
  const anchors = doc.querySelectorAll<HTMLAnchorElement>("a[href]");
  yield;
  for (let i = 0; i < anchors.length && links.length < MAX_LINKS; i++) {
    if ((i + 1) % LINKS_PER_STEP === 0) yield;
    const anchor = anchors[i] as HTMLAnchorElement;
    if (!CANDIDATE_HREF_RE.test(anchor.getAttribute("href") ?? "")) continue;
    const format = linkFormat(anchor.href);
    if (format === undefined || seen.has(anchor.href)) continue;
    seen.add(anchor.href);
    links.push({
      href: anchor.href,
      format,
      text: anchor.textContent.trim().slice(0, 120),
    });
  }
  return links;
}
