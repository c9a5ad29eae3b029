/**
 * The first half of choosing a page's reported mentions (page-mentions.ts): each raw mention's
 * verdict on the checks that read only the text around it, which need neither the boilerplate
 * spans nor the other mentions' fates. The second half (selectFromVerdictsInSteps) drops what
 * boilerplate covers and what a share mention before it swallowed, then looks for figures. The
 * halves are apart so that the extension's engine host can judge the mentions while the page
 * still looks for its boilerplate, and report soon after the page's end.
 */
import { isAbroadIdiom } from "./abroad-idioms";
import { lacksMigrationContext } from "./migration-context";
import {
  isContextBesideMigration,
  isGluedContextMention,
  isPluralContextMention,
} from "./context-mentions";
import { dataDumpTest } from "./data-dump";
import type { Mention } from "./mention";
import { INFLECTED_MENTION_FACTOR } from "./mention-matcher";
import { shareOfGroup } from "./share-mentions";
import { isCrossingPlace, isOtherSense } from "./word-sense";
import { isInOrganisationName } from "./organisation-names";
import { isNonCitizenFormula } from "./non-citizen-formula";
import { withRemittanceDirection } from "./remittance-direction";
import { withRemittanceOwner } from "./remittance-owner";
import { withRemittanceShare } from "./remittance-share";
import { withWrittenCode, type CodeOwner } from "./written-codes";

/** What the verdicts need of the selection's options (PageMentionOptions). */
export interface VerdictOptions {
  contextIds: ReadonlySet<string>;
  lang?: string;
  codeOwners?: readonly CodeOwner[];
}

export interface MentionVerdict {
  /** The mention as the rules rewrite it (written code, remittance owner, direction, share). */
  mention: Mention;
  /** False: a check dropped it (data dump, glued or plural context word, set phrase …). */
  passes: boolean;
  /** The share mention a share word makes of it (shareOfGroup), when it passes. */
  share: { replaces: boolean; mention: Mention } | undefined;
  /** With no share: kept, being specific or in the sense the catalogue means. */
  keep: boolean;
}

/** Mentions judged per step: each goes through several regexes (see page-mentions.ts). */
export const MENTIONS_PER_STEP = 128;

/**
 * The matcher reads words only, so a phrase can run on over a sentence's end ("not just
 * migrants. Workers will …"): such words are two sentences, not a phrase.
 */
const SENTENCE_INSIDE_RE = /[!?;؛؟]\s|\.\s+(?!\p{Ll})/u;

/** Several words that name one indicator (inflected or not): the phrase alone reports it. */
export function isSpecific(m: Mention): boolean {
  return m.score >= INFLECTED_MENTION_FACTOR && /\S[\s\u2010-]+\S/u.test(m.text);
}

/** Each of `mentions` judged on the checks that need no boilerplate, in order. */
export function* mentionVerdictsInSteps(
  mentions: readonly Mention[],
  text: string,
  options: VerdictOptions,
): Generator<void, MentionVerdict[]> {
  const verdicts: MentionVerdict[] = [];
  const inDataDump = dataDumpTest(text);
  for (const [i, raw] of mentions.entries()) {
    const m = withRemittanceShare(
      text,
      withRemittanceDirection(
        text,
        withRemittanceOwner(
          text,
          options.codeOwners === undefined ? raw : withWrittenCode(text, raw, options.codeOwners),
        ),
      ),
    );
    const passes =
      !inDataDump(m.start) &&
      !isGluedContextMention(text, m, options.contextIds) &&
      !isPluralContextMention(m, options.contextIds, options.lang) &&
      !isContextBesideMigration(text, mentions, i, options.contextIds) &&
      !isNonCitizenFormula(text, mentions, i) &&
      !isAbroadIdiom(text, m) &&
      !isCrossingPlace(text, m) &&
      !SENTENCE_INSIDE_RE.test(m.text) &&
      !isInOrganisationName(text, m) &&
      (options.contextIds.has(m.id) || !lacksMigrationContext(text, m));
    // "The immigrant share": a share word makes a modifier the group it counts.
    const share = passes ? shareOfGroup(text, m) : undefined;
    const keep =
      passes && share === undefined && (isSpecific(m) || !isOtherSense(text, m, options.lang));
    verdicts.push({ mention: m, passes, share, keep });
    if ((i + 1) % MENTIONS_PER_STEP === 0) yield;
  }
  return verdicts;
}
