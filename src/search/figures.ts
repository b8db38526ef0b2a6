/**
 * Whether a sentence of the report states a figure, and whether its only figures are dates: a count
 * or an amount is what "how many / how much / how long" asks for; "On January 5" or "in 2016" is not.
 * Also what else a sentence states that a question's form asks for (a share, what someone may do), read
 * from the text the first time a paragraph is asked and kept with the report (`perParagraph`).
 */
import { type IndexedSentence, type ReportIndex, sentencesOf } from './built-index.js';
import { BEFORE_VERB, PERMISSION_CUE, SHARE_STATED, STATES_CAUSE } from './answer-kinds.js';
import { termOf } from './analysis.js';

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

/**
 * A paragraph's value `read` from its sentences and text the first time it is asked for, then kept with
 * the report in `cache`: a warm question runs no pattern.
 */
export function perParagraph<T>(cache: WeakMap<ReportIndex, Array<T | undefined>>, index: ReportIndex, position: number, read: (sentences: IndexedSentence[], text: string) => T): T {
  let paragraphs = cache.get(index);
  if (!paragraphs) cache.set(index, (paragraphs = []));
  let value = paragraphs[position];
  if (value === undefined) paragraphs[position] = value = read(sentencesOf(index, position), index.report.paragraphs[position]!.text);
  return value;
}

const dateOnly = new WeakMap<ReportIndex, Array<Uint8Array | undefined>>();

/** `dateOnlySentences`' flags, read from the text. */
function readDateOnly(sentences: IndexedSentence[], text: string): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) if (sentences[i]!.quantity && onlyDateFigures(text.slice(sentences[i]!.start, sentences[i]!.end))) flags[i] = 1;
  return flags;
}

/**
 * For each sentence of a paragraph, 1 when the index marks it as stating a quantity and every figure in
 * it is a date's (`onlyDateFigures`). Read from the text the first time a paragraph is asked and kept
 * with the report, so a warm figure question runs no pattern.
 */
export function dateOnlySentences(index: ReportIndex, position: number): Uint8Array {
  return perParagraph(dateOnly, index, position, readDateOnly);
}

/**
 * Whether a sentence states a count: a figure outside its dates that is no span of time ("for up to two months", "18-month",
 * "10 calendar days") — a count of things, a sum or a share. "Detainees may be held in pretrial detention for up to two months"
 * states how long, not how many; "Prosecutors released 37 individuals" states how many (round 140).
 */
export function statesCount(sentence: string): boolean {
  const figures = sentence.replace(DATE_FIGURES, ' ');
  for (const m of figures.matchAll(FIGURE)) if (m[3] === undefined && !isAge(figures, m.index, m[0].length)) return true;
  // A share or a round count in words ("half of", "dozens of", "thousands of") counts as well, and so does a sentence on "the number
  // of" something, even one saying it was not reported ("has not reported the number of foreigners deported").
  return COUNT_WORDS.test(figures);
}

/** Whether the figure at `at` is an age ("under age 18", "aged 16", "a 29-year-old", "14 years old"): a person described, not a count. */
function isAge(text: string, at: number, length: number): boolean {
  return AGE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || AGE_AFTER.test(text.slice(at + length, at + length + 14));
}

/** An age's words before its figure ("age 18", "ages 14 through 16", "aged 16") and after it ("-year-old", " years old"). */
const AGE_BEFORE = /\b(?:ages?|aged)\s+$/i;
const AGE_AFTER = /^[\s-]*years?[\s-]+old\b/i;

/** The words of a share, a round count or a count's mention a sentence may state without a figure (`statesCount`). */
const COUNT_WORDS = /\b(?:half|dozens?|hundreds|thousands|millions|number\s+of)\b/i;

const counting = new WeakMap<ReportIndex, Array<Uint8Array | undefined>>();

/** `countingSentences`' flags, read from the text. */
function readCounting(sentences: IndexedSentence[], text: string): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) if (sentences[i]!.quantity && statesCount(text.slice(sentences[i]!.start, sentences[i]!.end))) flags[i] = 1;
  return flags;
}

/**
 * For each sentence of a paragraph, 1 when the index marks it as stating a quantity and one of its figures counts
 * (`statesCount`), for the count rules of coverage. Read from the text the first time a count question reaches the
 * paragraph and kept with the report.
 */
export function countingSentences(index: ReportIndex, position: number): Uint8Array {
  return perParagraph(counting, index, position, readCounting);
}

const shares = new WeakMap<ReportIndex, Array<Uint8Array | undefined>>();

/** `shareSentences`' flags, read from the text. */
function readShares(sentences: IndexedSentence[], text: string): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) if (SHARE_STATED.test(text.slice(sentences[i]!.start, sentences[i]!.end))) flags[i] = 1;
  return flags;
}

/**
 * For each sentence of a paragraph, 1 when it states a share (`SHARE_STATED`: a percentage, "half", "two-thirds"),
 * for a share question's vote (`RANKING.share`). Read from the text the first time a paragraph is asked and kept with
 * the report, so a warm share question runs no pattern.
 */
export function shareSentences(index: ReportIndex, position: number): Uint8Array {
  return perParagraph(shares, index, position, readShares);
}

const causes = new WeakMap<ReportIndex, Array<Uint8Array | undefined>>();

/** `causeSentences`' flags, read from the text. */
function readCauses(sentences: IndexedSentence[], text: string): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) if (STATES_CAUSE.test(text.slice(sentences[i]!.start, sentences[i]!.end))) flags[i] = 1;
  return flags;
}

/**
 * For each sentence of a paragraph, 1 when it states a cause (`STATES_CAUSE`: "because", "due to", "as a result of"), for
 * a "why…" question's sentence ranking (`RANKING.causeStated`). Read from the text the first time a why-question reaches
 * the paragraph and kept with the report.
 */
export function causeSentences(index: ReportIndex, position: number): Uint8Array {
  return perParagraph(causes, index, position, readCauses);
}

const permitted = new WeakMap<ReportIndex, Array<string[][] | undefined>>();

/**
 * For each sentence, the terms of the verbs it says someone may, can, must or has the right, authority or ability
 * to do, or is barred from doing (`PERMISSION_CUE`, then the first word that is no negation, "be" or adverb):
 * "Employers may fire striking workers" → fire. What a "can…" question's typed verb is checked against.
 */
export function permittedActs(sentences: readonly { start: number; end: number }[], text: string): string[][] {
  const acts: string[][] = [];
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    const terms: string[] = [];
    PERMISSION_CUE.lastIndex = 0;
    for (let m = PERMISSION_CUE.exec(sentence); m; m = PERMISSION_CUE.exec(sentence)) {
      const after = sentence.slice(m.index + m[0].length).split(/[^A-Za-z'-]+/);
      const verb = after.find((w) => w !== '' && !BEFORE_VERB.test(w));
      const term = verb === undefined ? null : termOf(verb.toLowerCase());
      if (term !== null && !terms.includes(term)) terms.push(term);
    }
    acts.push(terms);
  }
  return acts;
}

/** `permittedActs` of a paragraph, read the first time a "can…" question asks and kept with the report. */
export function permittedActsOf(index: ReportIndex, position: number): string[][] {
  return perParagraph(permitted, index, position, permittedActs);
}

/** Number words a report writes for an amount, with their values. */
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };

/** A span of time as days, so "18 months" is more than "72 hours" and "two months". */
const DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * A figure, its scale word ("12.96 million"), and the unit of time after it ("18 months", "five
 * years'", "18-month"), at most one word between ("10 calendar days"). Not an age: "a 29-year-old
 * resident" is a person described, no span of time, so "how long were they sentenced" does not take
 * the sentence introducing him for the answer (its 29 counts as an amount).
 */
const FIGURE = /\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:\s+(thousand|million|billion))?(?:[\s-]+(?:[a-z]+\s+)?(hour|day|week|month|year)s?\b(?![\s-]+old\b))?/gi;

/**
 * The largest figure a sentence states outside its dates, as a span of time in days (`time`) and as a
 * plain amount (`amount`: a count, a sum, a share); 0 for a kind it does not state. "By law detainees
 * may remain in pretrial detention for up to two months" → time 60; "fines of up to 12.96 million
 * tenge" → amount 12,960,000.
 */
export function largestFigure(sentence: string): { time: number; amount: number } {
  let time = 0;
  let amount = 0;
  for (const m of sentence.replace(DATE_FIGURES, ' ').matchAll(FIGURE)) {
    const written = m[1]!.toLowerCase();
    const value = (NUMBER_WORDS[written] ?? Number(written.replace(/,/g, ''))) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    if (!Number.isFinite(value)) continue;
    if (m[3]) time = Math.max(time, value * DAYS[m[3].toLowerCase()]!);
    else amount = Math.max(amount, value);
  }
  return { time, amount };
}

const largest = new WeakMap<ReportIndex, Array<Float64Array | undefined>>();

/** `largestFigures`' values, read from the text. */
function readLargest(sentences: IndexedSentence[], text: string): Float64Array {
  const figures = new Float64Array(sentences.length * 2);
  for (let i = 0; i < sentences.length; i++) {
    if (!sentences[i]!.quantity) continue;
    const { time, amount } = largestFigure(text.slice(sentences[i]!.start, sentences[i]!.end));
    figures[2 * i] = time;
    figures[2 * i + 1] = amount;
  }
  return figures;
}

/**
 * For each sentence of a paragraph, its `largestFigure`: time at 2i, amount at 2i + 1. Read from the
 * text the first time a paragraph is asked for by a question of the kind, and kept with the report.
 */
export function largestFigures(index: ReportIndex, position: number): Float64Array {
  return perParagraph(largest, index, position, readLargest);
}
