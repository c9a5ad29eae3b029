/** Tags one loaded page: language, indicator mentions in its text, and its tables. */
import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import {
  codeOwnersOf,
  contextIndicatorIds,
  createMentionMatcher,
  detectLanguage,
  selectPageMentions,
  detectTables,
  gridFromTableDescription,
  toScanTable,
  type CodeOwner,
  type DetectedLang,
  type Language,
  type Measure,
  type Mention,
  type MentionMatcher,
  type ScanTable,
} from "@gapmap/core";
import type { LoadedPage } from "./load-page";

export interface TaggedPage {
  lang: DetectedLang;
  mentions: Mention[];
  tables: ScanTable[];
  warnings: string[];
}

/** One matcher per page language (the catalogue phrases of that language), and one for all. */
const matchers = new Map<Language | "all", MentionMatcher>();
let contextIds: Set<string> | undefined;
let codeOwners: CodeOwner[] | undefined;
let measures: Map<string, Measure> | undefined;

function matcherFor(lang: DetectedLang): MentionMatcher {
  const key = lang === "other" ? "all" : lang;
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = createMentionMatcher(getCatalogueIndex(), key === "all" ? {} : { lang: key });
    matchers.set(key, matcher);
  }
  return matcher;
}

export function tagPage(page: LoadedPage): TaggedPage {
  contextIds ??= contextIndicatorIds(getCatalogue());
  codeOwners ??= codeOwnersOf(getCatalogue());
  const measureOf = (measures ??= new Map(getCatalogue().indicators.map((i) => [i.id, i.measure])));
  const lang = detectLanguage(page.text, page.declaredLang, page.boilerplateSpans).lang;
  const warnings: string[] = [];
  const described = [
    ...page.tables.html.map((t, i) => ({ t, name: `table ${i + 1}` })),
    ...page.tables.script.map((t, i) => ({ t, name: `chart data ${i + 1} (from a script)` })),
  ];
  const tables = described.flatMap(({ t, name }) => {
    const { grid, truncated } = gridFromTableDescription(t, name);
    if (truncated) warnings.push(`${name} was cut: it is larger than a web table can be`);
    return detectTables(grid, { index: getCatalogueIndex() }).map((table) => ({
      ...toScanTable(table),
      range: `${name}!${table.range}`,
    }));
  });
  return {
    lang,
    mentions: selectPageMentions(matcherFor(lang).findMentions(page.text), page.text, {
      boilerplateSpans: page.boilerplateSpans,
      contextIds,
      measureOf: (id) => measureOf.get(id),
      lang,
      codeOwners,
    }),
    tables,
    warnings,
  };
}
