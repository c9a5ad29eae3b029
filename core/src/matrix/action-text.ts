/**
 * A planned action's texts in a language: the title and description re-filled from the
 * translated template (display names "action" / "actionDescription") with the values in that
 * language, the timeline by its English words ("timeline"), and the placeholder agency. A text
 * someone edited (it no longer matches the English template's filling) is kept as written, and
 * so is anything without a translation.
 */
import { displayName } from "../catalogue/display-name";
import type { DisplayNameKind } from "../catalogue/display-names-schema";
import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../catalogue/vocabulary";
import type { PlannedAction } from "../gaps/action-schema";
import { ACTION_WORDS, type ActionWords } from "../gaps/action-words";
import { conjunctionList, lowerFirst } from "../gaps/detail-strings/plural";
import { fillTemplate, REQUIRED_BREAKDOWNS, UNKNOWN_AGENCY } from "../gaps/plan-actions";
import type { Assessment, AssessmentRow } from "./assessment-schema";

export interface ActionTexts {
  title: string;
  description: string;
  timeline: string;
  responsibleAgency: string;
}

function wordsFor(lang: Language): ActionWords | undefined {
  return lang === "fr" || lang === "es" || lang === "ru" ? ACTION_WORDS[lang] : undefined;
}

export function actionTexts(
  catalogue: Catalogue,
  assessment: Pick<Assessment, "profile">,
  row: Pick<AssessmentRow, "name" | "checks">,
  action: PlannedAction,
  lang: Language,
): ActionTexts {
  const stored: ActionTexts = {
    title: action.title,
    description: action.description,
    timeline: action.timeline,
    responsibleAgency: action.responsibleAgency,
  };
  const words = wordsFor(lang);
  const need = assessment.profile.indicators.find((n) => n.indicator === action.indicator);
  if (words === undefined || need === undefined) return stored;
  const gap = row.checks.find((c) => c.type === action.gapType);
  const breakdowns = gap?.missingBreakdowns ?? need.breakdowns;
  const english = {
    indicator: row.name,
    breakdowns: breakdowns.join(", ") || REQUIRED_BREAKDOWNS,
    producer: action.responsibleAgency,
    frequency: need.frequency,
    geography: need.geography,
    year: String(action.targetYear),
  };
  const agency =
    action.responsibleAgency === UNKNOWN_AGENCY ? words.unknownAgency : action.responsibleAgency;
  const local = {
    indicator: displayName(catalogue, "indicator", action.indicator, lang).text,
    breakdowns:
      breakdowns.length === 0
        ? words.requiredBreakdowns
        : conjunctionList(
            lang,
            breakdowns.map((d) =>
              lowerFirst(displayName(catalogue, "dimension", d, lang).text, lang),
            ),
          ),
    producer: agency,
    frequency: words.frequency[need.frequency],
    geography: words.geography[need.geography],
    year: String(action.targetYear),
  };
  const translate = (kind: DisplayNameKind, storedText: string): string => {
    const en = displayName(catalogue, kind, action.template, "en");
    const own = displayName(catalogue, kind, action.template, lang);
    if (en.unknown || own.fallback || fillTemplate(en.text, english) !== storedText)
      return storedText;
    return fillTemplate(own.text, local);
  };
  const timeline = displayName(catalogue, "timeline", action.timeline, lang);
  return {
    title: translate("action", action.title),
    description: translate("actionDescription", action.description),
    timeline: timeline.unknown || timeline.fallback ? action.timeline : timeline.text,
    responsibleAgency: agency,
  };
}
