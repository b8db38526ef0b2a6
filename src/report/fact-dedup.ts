/**
 * Duplicate facts by meaning, not only by wording: two sentences that share most of their words (word
 * endings aside), that quote the same figures, or that tell of the same person (however the report
 * spells the name) are one fact to a channel.
 */
import type { Report } from './model.js';
import { splitSentences } from './sentences.js';


/** Share of the smaller fact's content words that the other also has, above which two facts are one. */
export const NEAR_DUPLICATE_OVERLAP = 0.5;
/** The overlap above which two facts naming different people are still one (a sentence repeated with a name changed). */
export const DIFFERENT_PEOPLE_OVERLAP = 0.8;
/** The lesser overlap that makes two facts one when they also name the same person or quote the same figures. */
export const SAME_SUBJECT_OVERLAP = 0.2;

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'that', 'which', 'who', 'was',
  'were', 'is', 'are', 'be', 'been', 'as', 'it', 'its', 'their', 'his', 'her', 'this', 'these', 'had', 'has', 'have', 'not',
]);

const YEAR = /^(19|20)\d\d$/;

/** What two facts are compared on. */
export interface Wording {
  /** Content words but figures, cut to a stem ("prosecuted" and "prosecute" are one word). */
  stems: Set<string>;
  /** Surnames: a capitalised word after a first name ("Amin Yeleusinov"), lower-cased. */
  names: string[];
  /** Figures, years included ("97.5", "40,000", "16", "2015"). */
  figures: Set<string>;
}

/** A word reduced to its first six letters: enough to tell words apart, not their endings. */
function stem(word: string): string {
  return word.length > 6 ? word.slice(0, 6) : word;
}

/** The content words of a text, lower-cased, for comparing wording. */
export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w)));
}

/** What `text` is compared on for duplicates. */
export function wordingOf(text: string): Wording {
  // Figures are compared on their own: two facts sharing two figures are not alike for those alone.
  const stems = new Set([...contentWords(text)].filter((w) => !/^\d/.test(w)).map(stem));
  // Not inside a body's name: "… of Healthcare and Social Development", "the Human Rights Commission".
  const names = [...text.matchAll(/(?<!\b(?:the|of|and|for) )(?<![\p{L}’'-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{4,})(?![\p{L}’'-])(?! (?:of\b|\p{Lu}))/gu)]
    .filter((m) => !NOT_FIRST_NAMES.test(m[1]!) && !NOT_FIRST_NAMES.test(m[2]!))
    .map((m) => m[2]!.toLowerCase());
  const figures = new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);
  return { stems, names, figures };
}

/**
 * Whether a channel would read the second fact as a repeat of the first: most words shared; or some
 * words shared and the same person named (spellings one or two letters apart, "Yeleusinov" and
 * "Yeleussinov", are one person) or two of the same figures quoted ("16 of 47 senators").
 */
export function sameMeaning(a: Wording, b: Wording, weight: (stem: string) => number = () => 1): boolean {
  const overlap = stemOverlap(a.stems, b.stems, weight);
  const samePerson = a.names.some((n) => b.names.some((m) => similarNames(n, m)));
  // Two people sentenced in the same words are two facts: only a near copy makes them one.
  const otherPeople = !samePerson && a.names.length > 0 && b.names.length > 0;
  if (overlap >= (otherPeople ? DIFFERENT_PEOPLE_OVERLAP : NEAR_DUPLICATE_OVERLAP)) return true;
  if (overlap < SAME_SUBJECT_OVERLAP) return false;
  // Two shared figures, one of them more than a year ("April 2015 … 97.5 percent", "16 of 47 senators").
  const shared = [...a.figures].filter((f) => b.figures.has(f));
  return (shared.length >= 2 && shared.some((f) => !YEAR.test(f))) || samePerson;
}

/** Weighted share of the smaller set's stems that the other has too. */
function stemOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (stem: string) => number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  let shared = 0;
  for (const w of small) {
    total += weight(w);
    if (large.has(w)) shared += weight(w);
  }
  return total === 0 ? 1 : shared / total;
}

/**
 * How much sharing a stem says, from how many of `wordings` have it: "reported", "law", "first six
 * months" recur all over a report and say little; "embezzlement" or "senators" say a lot.
 */
export function rarityWeights(wordings: readonly Wording[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const w of wordings) for (const s of w.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const n = Math.max(wordings.length, 1);
  // Asked for every stem of every pair of facts compared: each stem's weight is computed once.
  const weights = new Map<string, number>();
  return (stem) => {
    let weight = weights.get(stem);
    if (weight === undefined) weights.set(stem, (weight = Math.log((n + 1) / ((df.get(stem) ?? 0) + 0.5))));
    return weight;
  };
}

// Titles, institutions, months and openers: a capitalised word before a surname only when it is a first name.
const NOT_FIRST_NAMES = /^(The|A|An|In|On|At|By|For|Of|To|From|With|After|Before|During|Under|According|Although|While|When|Since|Despite|As|President|Prime|Minister|Deputy|Judge|General|Prosecutor|Chief|Chair|Chairman|Head|Director|Mayor|Governor|Senator|Ambassador|Court|Ministry|Office|Party|Committee|Commission|Council|Union|Agency|Service|Department|Bureau|Center|Organization|Federation|Association|Radio|Region|Oblast|Republic|Government|Parliament|National|International|Public|Human|Rights|Justice|Labor|Internal|Affairs|Security|Supreme|Constitutional|Criminal|Civil|Administrative|Code|Law|United|Nations|State|States|January|February|March|April|May|June|July|August|September|October|November|December|North|South|East|West|Central|New|Old|City|District|Regional|Special|Independent|Democratic|Election|Elections|Presidential|Republican|Freedom|Media|Foundation|Institute|University)$/;

/** The same word, or one spelled up to two letters apart when both are long enough for that to be a variant. */
function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 7 || Math.abs(a.length - b.length) > 2) return false;
  return editDistance(a, b) <= 2;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** How much sharing each stem says, from the report's own sentences. */
export function reportRarity(report: Report): (stem: string) => number {
  return rarityWeights(report.paragraphs.flatMap((p) => splitSentences(p.text).map((s) => wordingOf(s.text))));
}

/**
 * Keeps, of each group of duplicates, the best-scored one (the earlier on a tie), preserving the
 * input order otherwise. `score` says which version is better; `wording` gives the text to compare;
 * an item `always` keeps (a maintainer's pin) stays whatever it resembles.
 */
export function removeNearDuplicates<T extends { text: string }>(
  items: readonly T[],
  score: (item: T) => number,
  wording: (item: T) => string = (item) => item.text,
  weight: (stem: string) => number = () => 1,
  always: (item: T) => boolean = () => false,
): T[] {
  const byScore = items.map((item, i) => ({ item, i, wording: wordingOf(wording(item)) })).sort((x, y) => score(y.item) - score(x.item) || x.i - y.i);
  const kept: typeof byScore = [];
  for (const candidate of byScore) {
    if (always(candidate.item) || !kept.some((k) => sameMeaning(k.wording, candidate.wording, weight))) kept.push(candidate);
  }
  return kept.sort((x, y) => x.i - y.i).map((k) => k.item);
}
