/** What every part of the report reads: the data, the language's words and names, the page width. */
import type { Paragraph } from "docx";
import type { Catalogue } from "../catalogue/schema";
import type { Inventory } from "../inventory/source-record";
import type { PlannedAction } from "../gaps/action-schema";
import { actionTexts, type ActionTexts as LocalActionTexts } from "../matrix/action-text";
import type { Assessment, AssessmentRow } from "../matrix/assessment-schema";
import type { NameKind, NameLookup } from "./report-names";
import type { ReportLanguage, ReportStrings } from "./strings/index";

export interface ReportContext {
  assessment: Assessment;
  inventory: Inventory;
  catalogue: Catalogue;
  lang: ReportLanguage;
  strings: ReportStrings;
  /** A name in the report's language, marked when shown in English. */
  name: (kind: NameKind, id: string) => string;
  /** Whether any name so far was shown in English (the report then explains the mark). */
  usedEnglish: () => boolean;
  /** A table across the text column (`shares` of its width), as a slot filled after packing. */
  table: (
    header: readonly string[],
    rows: readonly (readonly string[])[],
    shares: readonly number[],
  ) => Paragraph;
  previous?: Assessment;
  /** An action's title, timeline and agency in the report's language (matrix/action-text.ts). */
  action: (row: AssessmentRow, action: PlannedAction) => ActionTexts;
}

/** What the report shows of one action, in its language. */
export type ActionTexts = LocalActionTexts &
  Pick<PlannedAction, "indicator" | "priority" | "targetYear">;

export function reportActionTexts(
  catalogue: Catalogue,
  assessment: Assessment,
  lang: ReportLanguage,
) {
  return (row: AssessmentRow, action: PlannedAction): ActionTexts => ({
    ...actionTexts(catalogue, assessment, row, action, lang),
    indicator: action.indicator,
    priority: action.priority,
    targetYear: action.targetYear,
  });
}

export function markingNames(lookup: NameLookup, strings: ReportStrings) {
  let english = false;
  return {
    name: (kind: NameKind, id: string): string => {
      const shown = lookup(kind, id);
      if (!shown.english) return shown.text;
      english = true;
      return `${shown.text}${strings.englishMark}`;
    },
    usedEnglish: () => english,
  };
}
