/** Tags one loaded page: language, indicator mentions in its text, and its tables. */
import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import {
  contextIndicatorIds,
  createMentionMatcher,
  detectLanguage,
  dropGluedContextMentions,
  detectTables,
  gridFromTableDescription,
  toScanTable,
  type DetectedLang,
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

let sharedMatcher: MentionMatcher | undefined;
let contextIds: Set<string> | undefined;

export function tagPage(page: LoadedPage): TaggedPage {
  sharedMatcher ??= createMentionMatcher(getCatalogueIndex());
  contextIds ??= contextIndicatorIds(getCatalogue());
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
    lang: detectLanguage(page.text, page.declaredLang).lang,
    mentions: dropGluedContextMentions(
      sharedMatcher.findMentions(page.text),
      page.text,
      contextIds,
    ),
    tables,
    warnings,
  };
}
