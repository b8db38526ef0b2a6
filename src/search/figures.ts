/**
 * Whether a sentence of the report states a figure, and whether its only figures are dates: a count
 * or an amount is what "how many / how much / how long" asks for; "On January 5" or "in 2016" is not.
 */

/** A figure or a number word: what the index marks as a sentence stating a quantity (`IndexedSentence.quantity`). */
export const QUANTITY = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)\b/i;

/**
 * A date's figures: a month with its day and year ("January 5", "March 20, 2016") or a year alone
 * ("in 2016"). Case-sensitive, so the modal "may" is not the month.
 */
const DATE_FIGURES = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?|\b(?:19|20)\d\d\b/g;

/** Whether every figure of a sentence that states one belongs to a date ("On January 5, workers…"). */
export function onlyDateFigures(sentence: string): boolean {
  return !QUANTITY.test(sentence.replace(DATE_FIGURES, ' '));
}
