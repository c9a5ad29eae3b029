/** Public surface of page tagging: mentions, language, anchoring, and web tables as grids. */
export { mentionSchema, type Mention } from "./mention";
export { contextIndicatorIds, dropGluedContextMentions } from "./context-mentions";
export { codeOwnersOf, type CodeOwner } from "./written-codes";
export {
  selectPageMentions,
  selectPageMentionsInSteps,
  hasFigureNear,
  selectFromVerdictsInSteps,
  type PageMentionOptions,
  type TextSpan,
} from "./page-mentions";
export { mentionVerdictsInSteps, type MentionVerdict } from "./mention-verdicts";
export {
  findBoilerplate,
  findBoilerplateInSteps,
  type BoilerplateElement,
  type BoilerplateKind,
} from "./boilerplate";
export {
  createMentionMatcher,
  createMentionMatcherInSteps,
  AMBIGUOUS_MENTION_SCORE,
  type MatcherOptions,
  type MentionMatcher,
  type MentionStream,
  type PushOptions,
} from "./mention-matcher";
export {
  detectLanguage,
  detectLanguageInSteps,
  languageOfTag,
  type DetectedLang,
  type LanguageGuess,
} from "./detect-language";
export { describeTextRange, QUOTE_CONTEXT_LENGTH } from "./text-selectors";
export { reanchor, type AnchorResult } from "./reanchor";
export { approxSearch, editDistance, type ApproxMatch } from "./approx-match";
export {
  gridFromTableDescription,
  webCellValue,
  tableDescriptionSchema,
  type TableDescription,
  type TableCellDescription,
} from "./table-description";
export { chartTableOfScript, arrayLiteralAt, MAX_LITERAL_CHARS } from "./chart-table";
export { FRESH_SLICE, runSteps, type Steps } from "./steps";
