/**
 * Picks, at index time, the sentences of a report that make good stand-alone daily facts: informative,
 * readable without their neighbours, not a pointer elsewhere, and short enough for a chat message.
 */
import { createHash } from 'node:crypto';
import type { Fact } from '../answers.js';
import type { Report } from './model.js';
import { splitSentences } from './sentences.js';

/** Shortest and longest fact text, in characters: long enough to say something, short enough for chat. */
export const FACT_MIN_LENGTH = 60;
export const FACT_MAX_LENGTH = 300;

/** Why a sentence was turned down, for tests and for maintainers tuning the rules. */
export type FactRejection =
  | 'length'
  | 'fragment'
  | 'pointer'
  | 'opens-with-reference'
  | 'dangling-reference'
  | 'unbalanced-quote'
  | 'not-informative';

export type FactJudgement = { ok: true; text: string } | { ok: false; reason: FactRejection };

/** Every stand-alone fact in the report, in reading order, each sentence at most once. */
export function selectFacts(report: Report): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const paragraph of report.paragraphs) {
    for (const sentence of splitSentences(paragraph.text)) {
      const judgement = judgeSentence(sentence.text, paragraph.text.slice(0, sentence.start));
      if (!judgement.ok) continue;
      const key = normalise(judgement.text);
      // The executive summary repeats sentences from the body; a channel should not get the same one twice.
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({
        id: factId(paragraph.id, judgement.text),
        text: judgement.text,
        citation: paragraph.citation,
        sectionId: paragraph.sectionId,
        paragraphId: paragraph.id,
      });
    }
  }
  return facts;
}

/**
 * A fact id that survives re-indexing: the paragraph id plus a short hash of the sentence, so it
 * changes only when that paragraph moves or the sentence itself is edited.
 */
export function factId(paragraphId: string, text: string): string {
  return `${paragraphId}~${createHash('sha256').update(normalise(text)).digest('hex').slice(0, 8)}`;
}

/**
 * Whether one sentence of the report would stand on its own as a daily fact, and its text if so.
 * `before` is the paragraph's text before the sentence, where a person it names may have been introduced.
 */
export function judgeSentence(sentence: string, before = ''): FactJudgement {
  const text = stripTopicLabel(sentence.replace(/\s+/g, ' ').trim());
  if (text.length < FACT_MIN_LENGTH || text.length > FACT_MAX_LENGTH) return { ok: false, reason: 'length' };
  // Page breaks in the source cut sentences; a piece without its start or end reads as nonsense.
  if (!/^["“‘(]?[A-Z0-9]/.test(text) || !/[.!?]["”’)]*$/.test(text)) return { ok: false, reason: 'fragment' };
  if (POINTER.test(text)) return { ok: false, reason: 'pointer' };
  if (OPENS_WITH_REFERENCE.test(text) || OPENS_WITH_DEFINITE_REFERENCE.test(text) || opensWithIntroducedName(text, before)) {
    return { ok: false, reason: 'opens-with-reference' };
  }
  if (DANGLING.test(text) || EARLY_ALSO.test(text) || LEADING_CONTRAST.test(text) || pronounWithoutAntecedent(text)) {
    return { ok: false, reason: 'dangling-reference' };
  }
  if (!quotesBalanced(text)) return { ok: false, reason: 'unbalanced-quote' };
  if (!isInformative(text)) return { ok: false, reason: 'not-informative' };
  return { ok: true, text };
}

// "Recent Elections: An early presidential election…" — the label is a heading run into the paragraph.
const TOPIC_LABEL = /^[A-Z][A-Za-z/'’,\- ]{2,60}: (?=["“]?[A-Z])/;

function stripTopicLabel(text: string): string {
  const label = TOPIC_LABEL.exec(text)?.[0];
  return label && !label.includes('.') ? text.slice(label.length) : text;
}

// Sends the reader elsewhere instead of telling them something.
const POINTER = /^(also )?see\b|\bsee (section|the department|also)\b|www\.|https?:|\.html?\b|\bstate\.gov\b|\b(see|mentioned|noted|described|listed|discussed) (above|below)\b/i;

// Openings that lean on the sentence before: pronouns, demonstratives, connectives and relative times.
const OPENS_WITH_REFERENCE = new RegExp(
  '^["“]?(' +
    [
      'he', 'she', 'it', 'they', 'we', 'his', 'her', 'its', 'their', 'him', 'them',
      'this', 'these', 'that', 'those', 'such', 'both', 'neither', 'either', 'another', 'other', 'others',
      'however', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'additionally', 'also', 'in addition',
      'meanwhile', 'accordingly', 'consequently', 'therefore', 'thus', 'hence', 'still', 'instead', 'otherwise',
      'then', 'later', 'subsequently', 'afterwards', 'afterward', 'finally', 'similarly', 'likewise', 'again',
      'as a result', 'in response', 'for example', 'for instance', 'in contrast', 'on the other hand', 'despite this',
      'in summary', 'in short', 'in particular', 'in turn', 'as such',
      'in this', 'in that', 'at that', 'at the time', 'by then', 'until then', 'since then', 'earlier',
      'the next', 'the following', 'the previous', 'the same', 'the latter', 'the former', 'the rest', 'the remaining',
      'the other', 'one of', 'some of', 'many of', 'most of', 'all of', 'none of', 'each of', 'several of',
      'on the same', 'on that', 'that day', 'the day', 'days later', 'a day later', 'a week later', 'a month later',
      'according to (him|her|them|the report|the source|the group|the organization)',
      '(one|two|three|four|five|six|several|a few) (days|weeks|months|years) (later|after)',
    ].join('|') +
    ')\\b',
  'i',
);

// "The court sentenced…", "The newspaper closed…": a definite noun that points back at something named earlier.
const OPENS_WITH_DEFINITE_REFERENCE = new RegExp(
  '^the (' +
    [
      'court', 'judge', 'trial', 'case', 'incident', 'victim', 'victims', 'man', 'men', 'woman', 'women', 'boy',
      'girl', 'couple', 'family', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'journalist', 'journalists',
      'blogger', 'activist', 'activists', 'defendant', 'defendants', 'suspect', 'suspects', 'officer', 'officers',
      'newspaper', 'magazine', 'website', 'article', 'video', 'post', 'company', 'office', 'organization', 'group',
      'strike', 'strikers', 'management', 'workers', 'employees', 'detainee', 'prisoner', 'prisoners', 'student',
      'students', 'lawyer', 'lawyers', 'investigation', 'decision', 'verdict', 'ruling', 'sentence', 'appeal',
      'complaint', 'lawsuit', 'petition', 'hearing', 'bill', 'amendment', 'amendments', 'draft', 'proposal',
      'mission', 'observers', 'authors', 'author', 'participants', 'protesters', 'organizers', 'applicant',
      'union', 'party', 'agency', 'board', 'committee', 'commission', 'council', 'ministry', 'minister', 'school',
      'hospital', 'center', 'centre', 'facility', 'project', 'program', 'programme', 'survey', 'study', 'report',
      'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last',
      'attorney', 'investigator', 'investigators', 'term', 'migrants', 'parties', 'laborers', 'federation', 'platform',
      'latter', 'former', 'aforementioned', 'above', 'said',
    ].join('|') +
    ')\\b',
  'i',
);

/**
 * "Mailybayev was sentenced…": a sentence opening with a lone surname that the paragraph already
 * gave with a first name ("Baglan Mailybayev and …") refers back to that person. Judged from the
 * text itself, so it holds for any country's names.
 */
function opensWithIntroducedName(text: string, before: string): boolean {
  const m = /^([A-Z][\p{L}’'-]+) [a-z]/u.exec(text);
  if (!m || !nameWord(m[1]!)) return false;
  const surname = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b[A-Z][\\p{L}’'-]+ ${surname}\\b`, 'u').test(before);
}

// References to something outside the sentence, wherever they appear.
const DANGLING = new RegExp(
  '\\b(' +
    [
      'the same (day|week|month|year|time|period|court|case|man|woman|person|people|group|way)',
      'that (day|week|month|morning|evening|night|year|time)',
      'the (next|following|previous) (day|week|month|morning|evening)',
      '(days|weeks|months|a day|a week|a month) later',
      'aforementioned', 'above-mentioned', 'abovementioned', 'mentioned above', 'noted above', 'the latter', 'the former',
      'these', 'those (?!who|which|that|in|of|with|whose|convicted|accused|detained|serving)',
      'this (?!year)', 'such (?!as)', 'the case', 'the incident', 'the two', 'the three', 'both of them', 'the other (two|three)',
      'the victims?', 'the group(?! of)', 'the federation', 'the proposed', 'the new system', 'the previous', 'the requirements',
      'the center', 'the couple', '(a |the )?(significantly |much )?(smaller|larger|higher|lower) (number|figure)(?! of)',
    ].join('|') +
    ')',
  'i',
);

// "Authorities also…" or "The new code also…" follows on from something unsaid.
const EARLY_ALSO = /^(\S+\s){1,3}also\b/i;

// "However" answers the sentence before unless a semicolon gives it its own clause to answer.
const LEADING_CONTRAST = /^[^;]*\b(however|nevertheless|nonetheless)\b/i;

/**
 * A personal pronoun needs someone to refer to inside the same sentence. "He", "her" need a person's
 * full name before them, not an institution ("the Almaty court found her…", "the New York Times, his…");
 * "they", "their" may also refer back to a plural noun ("workers … their wages").
 */
function pronounWithoutAntecedent(text: string): boolean {
  const words = text.split(/\s+/).map((raw) => raw.replace(/^["“‘(]+|[.,;:!?"”’)]+$|’s$|'s$/g, ''));
  let person = false;
  let group = false;
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (SINGULAR_PRONOUN.has(lower) && !person) return true;
    if (PLURAL_PRONOUN.has(lower) && !person && !group) return true;
    const previous = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    const startsName = nameWord(word) && nameWord(next) && !nameWord(previous) && !ARTICLES.has(previous.toLowerCase());
    if (startsName) person = true;
    if (/^[A-Z]/.test(word) || (i >= 1 && /^[a-z]{3,}s$/.test(word))) group = true;
  }
  return false;
}

/** A capitalised word that could be part of a person's name (not a sentence opener or an institution). */
function nameWord(word: string): boolean {
  return /^[A-Z][a-z]/.test(word) && !COMMON_OPENERS.has(word.toLowerCase()) && !INSTITUTION_WORDS.has(word.toLowerCase());
}

const ARTICLES = new Set(['the', 'a', 'an']);

const INSTITUTION_WORDS = new Set([
  'court', 'ministry', 'office', 'party', 'committee', 'commission', 'council', 'union', 'agency', 'service',
  'department', 'bureau', 'times', 'house', 'news', 'center', 'fund', 'bank', 'organization', 'federation',
  'association', 'radio', 'city', 'region', 'oblast', 'republic', 'government', 'code', 'law', 'district',
]);

const SINGULAR_PRONOUN = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const PLURAL_PRONOUN = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

const COMMON_OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'with', 'after', 'before', 'during', 'under',
  'police', 'authorities', 'officials', 'observers', 'prosecutors', 'investigators', 'courts', 'according', 'although',
  'while', 'if', 'when', 'since', 'despite', 'as', 'ngo', 'ngos',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

function quotesBalanced(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

/** A figure or date, a law, or a named body, person or case: something a reader learns from. */
function isInformative(text: string): boolean {
  if (/\d/.test(text) || NUMBER_WORDS.test(text)) return true;
  if (/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text)) return true;
  if (/\b(laws?|legislation|constitution(al)?|code|decree|statute|convention|article|act|criminali[sz]es|prohibits)\b/i.test(text)) {
    return true;
  }
  if (/\b[A-Z]{2,}\b/.test(text.slice(1))) return true; // an acronym: OSCE, NGO, KNB
  // Two capitalised words in a row: a named body or person ("Freedom House", "Radio Azattyk", "Ministry of Justice").
  const name = /(^|\s)([A-Z][\w’'-]+)\s(of\s(the\s)?)?[A-Z][\w’'-]+/g;
  for (let m = name.exec(text); m; m = name.exec(text)) {
    if (m.index > 0 || !COMMON_OPENERS.has(m[2]!.toLowerCase())) return true;
  }
  return false;
}

const NUMBER_WORDS = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundreds?|thousands?|millions?|billions?|percent|one-(half|third|quarter)|two-thirds)\b/i;

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
