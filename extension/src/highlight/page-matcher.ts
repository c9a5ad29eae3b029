/**
 * The mention matcher of a page's declared language (or one for all languages), built once per
 * content script. The first pass waits for the build, so it runs in time slices: the catalogue
 * index, the stem classes and the phrase trie each took a good part of a long task at 4× CPU
 * throttling when built in one go.
 */
import { getCatalogueIndex } from "../platform/catalogue";
import {
  createMentionMatcherInSteps,
  languageOfTag,
  type MentionMatcher,
} from "@gapmap/core/tagging";
import { nextSlice, runStepsInIdleSlices, type IdleScheduler } from "./idle-slices";

const matchers = new Map<string, MentionMatcher>();

export async function matcherForPage(
  doc: Document,
  schedule: IdleScheduler | undefined,
): Promise<MentionMatcher> {
  const lang = languageOfTag(doc.documentElement.lang)?.lang;
  const key = lang ?? "all";
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
