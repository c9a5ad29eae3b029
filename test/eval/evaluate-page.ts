/**
 * Tags one corpus page the way `gapmap tag` does (jsdom, no scripts) and scores the indicators
 * it reports against the page's truth, counting mentions that sit in boilerplate.
 */
import { JSDOM, VirtualConsole } from "jsdom";
import { parsePage } from "../../cli/src/html/load-page";
import { tagPage } from "../../cli/src/html/tag-page";
import { pageZones } from "./page-zones";
import {
  boilerplateKindOf,
  comparePageIndicators,
  lineAround,
  normalise,
  pageTally,
  type BoilerplateKind,
  type PageOutcome,
  type PageTally,
} from "./page-score";
import type { PageTruth } from "./page-truth-schema";

export interface PageScore {
  id: string;
  tally: PageTally;
  outcome: PageOutcome;
  /** Mentions found in boilerplate, for the failure list: kind and words. */
  boilerplateMentions: { kind: BoilerplateKind; id: string; text: string }[];
  detectedLang: string;
  seconds: number;
}

export function evaluatePage(truth: PageTruth, html: string): PageScore {
  const started = performance.now();
  const page = parsePage(html);
  const tagged = tagPage(page);
  // A silent console: the page's CSS and markup errors are not the evaluation's to report.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const zones = pageZones(document);
  const withTitle = { ...zones, content: `${normalise(page.title ?? "")} ${zones.content}` };
  const boilerplateMentions = tagged.mentions.flatMap((m) => {
    const kind = boilerplateKindOf(lineAround(page.text, m.start, m.end), withTitle);
    return kind === null ? [] : [{ kind, id: m.id, text: m.text }];
  });
  const outcome = comparePageIndicators(
    truth,
    tagged.mentions.map((m) => m.id),
  );
  return {
    id: truth.id,
    tally: pageTally(
      outcome,
      tagged.mentions.length,
      boilerplateMentions.map((b) => b.kind),
    ),
    outcome,
    boilerplateMentions,
    detectedLang: tagged.lang,
    seconds: (performance.now() - started) / 1000,
  };
}
