/**
 * A sum of money counts no people: "travelers post bonds up to $15,000 … to reduce visa
 * overstays and immigration", "a $1.6 billion budget for refugees" give no figure of
 * immigration or of refugees. Only an indicator measured in money (an amount: remittances,
 * diaspora investment, earnings) is reported by one. A figure is money when a currency sign or
 * code stands right before its number ("$466 billion", "US$ 3.2 m", "€15,000") or a currency
 * word right after it, a scale word between at most ("67 billion dollars", «3 млрд долларов»,
 * «millones de dólares», «مليار دولار»).
 */

/** How far before and after a figure the currency is looked for. */
const BEFORE_REACH = 28;
const AFTER_REACH = 48;

/** Scale words that may stand between a number and its currency. */
const SCALE =
  "millions?|billions?|trillions?|thousands?|bn|mn|m|k|mil|millones|miles de millones|milliards?|" +
  "тыс\\.?|тысяч\\p{L}*|млн\\.?|млрд\\.?|миллион\\p{L}*|миллиард\\p{L}*|مليون|مليار|ملايين|مليارات|ألف";

/** A currency sign or code, then the number (and its scale word) up to the figure. */
const MONEY_BEFORE_RE = new RegExp(
  `(?:[$£€¥₹₽]|\\b(?:US\\$|USD|EUR|GBP|CHF|INR|Rs\\.?))\\s?(?:\\d[\\d.,\\u00A0\\u202F ]*(?:\\s?(?:${SCALE}))?\\s*)?$`,
  "iu",
);

/** The rest of the number, a scale word, then a currency word or sign. */
const MONEY_AFTER_RE = new RegExp(
  `^[\\d\\u0660-\\u0669.,\\u00A0\\u202F' ]*(?:\\s?(?:${SCALE})\\.?\\s*)?(?:(?:of|de|in)\\s+)?(?:US\\s)?` +
    "(?:dollars?|euros?|pounds?|sterling|yen|rupees?|pesos?|francs?|USD|EUR|GBP|dólares|dolares|libras|" +
    "долл\\p{L}*|евро|руб\\p{L}*|دولار\\p{L}*|يورو|جنيه|[$€£])",
  "iu",
);

/** True when the figure at `at` (a number or a scale word) is a sum of money. */
export function isMoneyFigure(text: string, at: number): boolean {
  return (
    MONEY_BEFORE_RE.test(text.slice(Math.max(0, at - BEFORE_REACH), at)) ||
    MONEY_AFTER_RE.test(text.slice(at, at + AFTER_REACH))
  );
}
