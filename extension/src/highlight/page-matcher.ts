/**
 * The mention matcher of a page's declared language (or one for all languages), built once per
 * content script (or engine host). The first pass waits for the build, so in the page it runs in
 * time slices: the catalogue index, the stem classes and the phrase trie each took a good part
 * of a long task at 4× CPU throttling when built in one go.
 */
import { getCatalogueIndex } from "../platform/catalogue";
import {
  createMentionMatcherInSteps,
  languageOfTag,
  runSteps,
  type MentionMatcher,
} from "@gapmap/core/tagging";
import { nextSlice, runStepsInIdleSlices, type IdleScheduler } from "./idle-slices";

const matchers = new Map<string, MentionMatcher>();

function languageOf(declaredLang: string | undefined) {
  const lang = languageOfTag(declaredLang ?? "")?.lang;
  return { lang, key: lang ?? "all" };
}

/** In time slices, for the page's main thread. */
export async function matcherForPage(
  declaredLang: string | undefined,
  schedule: IdleScheduler | undefined,
): Promise<MentionMatcher> {
  const { lang, key } = languageOf(declaredLang);
  const built = matchers.get(key);
  if (built !== undefined) return built;
  await nextSlice(schedule);
  const index = getCatalogueIndex();
  await nextSlice(schedule);
  const steps = createMentionMatcherInSteps(index, lang === undefined ? {} : { lang });
  const matcher = await runStepsInIdleSlices(steps, schedule);
  // Another pass may have finished building meanwhile: keep one matcher per language.
  const first = matchers.get(key) ?? matcher;
  matchers.set(key, first);
  return first;
}

/** In one go, where no page waits on the thread (the engine host). */
export function matcherNow(declaredLang: string | undefined): MentionMatcher {
  const { lang, key } = languageOf(declaredLang);
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    const steps = createMentionMatcherInSteps(
      getCatalogueIndex(),
      lang === undefined ? {} : { lang },
    );
    matcher = runSteps(steps);
    matchers.set(key, matcher);
  }
  return matcher;
}
