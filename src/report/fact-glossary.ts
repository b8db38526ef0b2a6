/**
 * The report's own acronyms: every "Full Name (ABBR)" pair it writes out somewhere, so a fact that
 * only says "the PMC" can be spelled out as "the Public Monitoring Commission (PMC)".
 */
import { escapeRegExp } from '../escape-regexp.js';
import type { Report } from './model.js';

/** Acronym → the full name the report gives it (without a leading "the"). */
export type Glossary = ReadonlyMap<string, string>;

/**
 * Acronyms a reader of human-rights reports knows without being told. Anything else that the report
 * does not spell out makes a fact unreadable on its own.
 */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'UN', 'EU', 'US', 'USA', 'UK', 'USSR', 'NATO', 'OSCE', 'UNICEF', 'NGO', 'LGBT', 'LGBTI', 'LGBTQ', 'LGBTQI', 'HIV', 'AIDS',
  'ID', 'TV', 'COVID', 'CEO',
]);

// An acronym token: two or more capitals, maybe a plural "s" ("NGOs").
const ACRONYM = /(?<![\p{L}\d])([A-Z][A-Z]+)(s?)(?![\p{L}\d])/gu;

// "The Public Monitoring Commission (PMC)": capitalised words (and the small words between them) before the bracket.
const DEFINITION = /((?:[A-Z][\p{L}’'.-]*|of|the|for|and|on|in|within|to|de|du|la|against)(?:\s+(?:[A-Z][\p{L}’'.-]*|of|the|for|and|on|in|within|to|de|du|la|against))*)\s+\(([A-Z][A-Z]+)\)/gu;

const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'within', 'to', 'de', 'du', 'la', 'against']);
const MAX_NAME_WORDS = 12;

/** Every acronym the report defines with its full name; the first definition wins. */
export function buildGlossary(report: Report): Glossary {
  const glossary = new Map<string, string>();
  for (const paragraph of report.paragraphs) {
    for (const m of paragraph.text.matchAll(DEFINITION)) {
      const name = fullName(m[1]!, m[2]!);
      if (name && !glossary.has(m[2]!)) glossary.set(m[2]!, name);
    }
  }
  return glossary;
}

/**
 * The name an acronym stands for, from the run of words before its bracket. The run may carry more
 * than the name ("The NGO Kazakhstan International Bureau…"), so it starts at the earliest word that
 * begins with the acronym's first letter when the acronym's letters follow in order; a name in another
 * language ("Committee for National Security (KNB)") keeps the whole run.
 */
function fullName(run: string, acronym: string): string | undefined {
  let words = run.split(/\s+/);
  while (words.length && SMALL_WORDS.has(words[0]!.toLowerCase())) words.shift();
  while (words.length && SMALL_WORDS.has(words.at(-1)!)) words.pop();
  words = words.slice(-MAX_NAME_WORDS);
  // The latest start that still covers the acronym: "Minsk Convention on Migration within the
  // Commonwealth of Independent States (CIS)" is the Commonwealth, not the Convention.
  for (let i = words.length - 1; i >= 0; i--) {
    const rest = words.slice(i);
    if (rest[0]![0] === acronym[0] && initialsCover(rest, acronym)) return rest.join(' ');
  }
  const capitalised = words.filter((w) => /^[A-Z]/.test(w));
  // A lone word or another acronym is not a name anyone would want spelled out.
  return capitalised.length >= 2 && !/^[A-Z]+$/.test(words[0]!) ? words.join(' ') : undefined;
}

/** The acronym's letters appear, in order, among the initials of the capitalised words (and within hyphenated ones). */
function initialsCover(words: string[], acronym: string): boolean {
  const initials = words.filter((w) => /^[A-Z]/.test(w)).flatMap((w) => w.split('-').filter((p) => /^[A-Z]/.test(p)).map((p) => p[0]));
  let i = 0;
  for (const c of initials) if (c === acronym[i]) i++;
  return i === acronym.length;
}

/**
 * `text` with each local acronym spelled out where it first appears ("the PMC" → "the Public
 * Monitoring Commission (PMC)"), or `undefined` when one cannot be explained from the glossary.
 */
export function spellOutAcronyms(text: string, glossary: Glossary): string | undefined {
  const explained = new Set<string>();
  const inserted: string[] = [];
  let unexplained = false;
  const spelled = text.replace(ACRONYM, (token: string, acronym: string, plural: string, offset: number) => {
    if (WELL_KNOWN_ACRONYMS.has(acronym) || isRomanNumeral(acronym) || explained.has(acronym)) return token;
    explained.add(acronym);
    // Already defined in the sentence itself: "… Commission (PMC)".
    if (text[offset - 1] === '(' || text.includes(`(${acronym})`)) return token;
    const name = glossary.get(acronym);
    if (!name) {
      unexplained = true;
      return token;
    }
    if (text.includes(name)) return token;
    inserted.push(name);
    // "According to UNHCR" → "According to the UN High Commissioner…": a body's name wants its article.
    const previous = /(\S+)\s*$/.exec(text.slice(0, offset))?.[1] ?? '';
    const article = BODY_HEADS.test(name) && !DETERMINER.test(previous) ? (offset === 0 ? 'The ' : 'the ') : '';
    return `${article}${name}${plural} (${acronym})`;
  });
  if (unexplained) return undefined;
  // "an NPM report" becomes "a National Preventive Mechanism report": the article follows the new first word.
  return inserted.reduce((out, name) => out.replace(new RegExp(`\\b([Aa])n? (?=${escapeRegExp(name)})`), (_, a: string) => `${a}${/^[AEIOU]/.test(name) ? 'n' : ''} `), spelled);
}

// First words of a body's name, which takes "the" ("the Office of…"); a company or person does not.
const BODY_HEADS = /^(Office|Committee|Commission|Ministry|Council|Federation|Confederation|Organization|Bureau|Agency|Service|Union|Mechanism|National|International|Central|Public|Coordinating|Consultative|UN|United|Supreme|Constitutional|High|State|Association|Department)\b/;
const DETERMINER = /^(the|a|an|its|their|his|her|our|this|these|those|each|every|any|no|[\p{L}]+['’]s)$/iu;

function isRomanNumeral(token: string): boolean {
  return /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(token);
}
