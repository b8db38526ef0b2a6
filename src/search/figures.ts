/**
 * Whether a sentence of the report states a figure, and whether its only figures are dates: a count
 * or an amount is what "how many / how much / how long" asks for; "On January 5" or "in 2016" is not.
 */
import { type ReportIndex, sentencesOf } from './built-index.js';

/** A figure or a number word: what the index marks as a sentence stating a quantity (`IndexedSentence.quantity`). */
export const QUANTITY = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)\b/i;

/**
 * A sum of money: a figure after a currency sign ("$350", "€1,000"), or before a currency's name ("350
 * dollars"). State Department reports give every sum in dollars too ("113,450 tenge ($350)").
 */
export const MONEY = /[$€£¥₹₽]\s?\d|\d\s*(?:dollars?|euros?|pounds?)\b/i;

/**
 * A date's figures: a month with its day and year ("January 5", "March 20, 2016") or a year alone
 * ("in 2016"). Case-sensitive, so the modal "may" is not the month.
 */
const DATE_FIGURES = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?|\b(?:19|20)\d\d\b/g;

/** Whether every figure of a sentence that states one belongs to a date ("On January 5, workers…"). */
export function onlyDateFigures(sentence: string): boolean {
  return !QUANTITY.test(sentence.replace(DATE_FIGURES, ' '));
}

const dateOnly = new WeakMap<ReportIndex, Array<Uint8Array | undefined>>();

/**
 * For each sentence of a paragraph, 1 when the index marks it as stating a quantity and every figure in
 * it is a date's (`onlyDateFigures`). Read from the text the first time a paragraph is asked and kept
 * with the report, so a warm figure question runs no pattern.
 */
export function dateOnlySentences(index: ReportIndex, position: number): Uint8Array {
  let paragraphs = dateOnly.get(index);
  if (!paragraphs) dateOnly.set(index, (paragraphs = []));
  let flags = paragraphs[position];
  if (!flags) {
    const sentences = sentencesOf(index, position);
    const text = index.report.paragraphs[position]!.text;
    flags = new Uint8Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) if (sentences[i]!.quantity && onlyDateFigures(text.slice(sentences[i]!.start, sentences[i]!.end))) flags[i] = 1;
    paragraphs[position] = flags;
  }
  return flags;
}
