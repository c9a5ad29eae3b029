/**
 * Function words of the seven catalogue languages, in normalised form. They carry no meaning
 * for matching an indicator, so they neither count towards nor against a match.
 */
const WORDS = `
a an and as at by for from in into of on or per the to with total all number numbers
de des du la le les et en au aux par pour sur dans un une d l
del el los las y e por para con al su sus
и в во на по с со из к от для о об за или а также том числе всего
si sau din la pe cu pentru prin al ale ai a de
i u na od za sa po iz ili prema
у од за са или према
في من على الى عن و او مع حسب ال
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
