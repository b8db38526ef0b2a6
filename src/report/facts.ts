/**
 * Picks, at index time, the sentences of a report that make the best daily facts: each stands alone
 * (acronyms spelled out, a lead-in joined to the sentence carrying its point), reads cleanly, and is
 * scored so that every part of the report gives its best few, the findings more than the rest.
 */
import type { Fact } from '../answers.js';
import { removeNearDuplicates, reportRarity } from './fact-dedup.js';
import { buildGlossary, type Glossary, spellOutAcronyms } from './fact-glossary.js';
import { EMPTY_REVIEW, type FactReview } from './fact-review.js';
import { FINDING, scoreFact } from './fact-score.js';
import type { Report, Section } from './model.js';
import { splitSentences } from './sentences.js';
import { escapeRegExp } from '../escape-regexp.js';
import { sha256 } from '../sha256.js';


/** Shortest and longest fact text, in characters: long enough to say something, short enough for chat. */
export const FACT_MIN_LENGTH = 45;
export const FACT_MAX_LENGTH = 350;
/** Longest single sentence taken as it is; the rest of the room is for spelled-out acronyms and joined lead-ins. */
export const SENTENCE_MAX_LENGTH = 300;

/** Why a sentence was turned down, for tests and for maintainers tuning the rules. */
export type FactRejection =
  | 'length'
  | 'fragment'
  | 'pointer'
  | 'opens-with-reference'
  | 'dangling-reference'
  | 'unbalanced-quote'
  | 'artefact'
  | 'unexplained-acronym'
  | 'not-informative';

export type FactJudgement = { ok: true; text: string } | { ok: false; reason: FactRejection };

/** A fact with what the picking made of it, for `hr facts --review`. */
export interface ScoredFact extends Fact {
  score: number;
  /** Why it was kept, e.g. `figure, finding, named; 2nd of 9 in 1.c` or `pinned by review`. */
  reason: string;
}

/** The least score a fact needs to be posted without a maintainer pinning it. */
export const MIN_FACT_SCORE = 2;

/**
 * How many facts a part of the report with `candidates` stand-alone sentences gives at most: the
 * findings (summary, abuses, liberties, elections, discrimination) more than the rest, and a long
 * part a few more than a short one. Judged by section number, as every report of this series
 * numbers its sections the same way.
 */
export function partQuota(partId: string, candidates = 0): number {
  const base = partId === 'exec' ? 10 : /^[1-3](\.|\/|$)/.test(partId) ? 8 : /^6(\/|$)/.test(partId) ? 6 : 4;
  return Math.min(base + Math.floor(candidates / 5), 16);
}

interface Candidate {
  id: string;
  text: string;
  /** The text before acronyms were spelled out. */
  source: string;
  paragraphId: string;
  sectionId: string;
  citation: string;
  part: string;
  score: number;
  reasons: string[];
}

/**
 * The facts of a report, in reading order: stand-alone candidates scored, near-duplicates removed
 * (keeping the better one), the best few of each part kept, then the maintainer's review applied.
 */
export function selectFacts(report: Report, review: FactReview = EMPTY_REVIEW): ScoredFact[] {
  const glossary = buildGlossary(report);
  const partOf = partsOf(report.sections);
  // Compared as the report words them: two facts naming the same body in full are not alike for that.
  // The executive summary retells the body in fewer words: of the two, the body's version wins unless it scores lower.
  const dedupScore = (c: Candidate) => (review.pin.has(c.id) ? Infinity : c.score - (c.part === 'exec' ? 0.5 : 0));
  const candidates = removeNearDuplicates(factCandidates(report, glossary, partOf, review.pin), dedupScore, (c) => c.source, reportRarity(report), (c) => review.pin.has(c.id));

  const byPart = new Map<string, Candidate[]>();
  for (const c of candidates) byPart.set(c.part, [...(byPart.get(c.part) ?? []), c]);
  const kept = new Map<string, string>();
  for (const [part, list] of byPart) {
    const ranked = list.filter((c) => !review.drop.has(c.id)).sort((a, b) => b.score - a.score);
    ranked.forEach((c, rank) => {
      if (review.pin.has(c.id)) kept.set(c.id, 'pinned by review');
      else if (rank < partQuota(part, ranked.length) && c.score >= MIN_FACT_SCORE) kept.set(c.id, `${c.reasons.join(', ')}; ${ordinal(rank + 1)} of ${ranked.length} in ${part}`);
    });
  }
  return candidates
    .filter((c) => kept.has(c.id))
    .map(({ id, text, citation, sectionId, paragraphId, score }) => ({ id, text, citation, sectionId, paragraphId, score, reason: kept.get(id)! }));
}

/** Every stand-alone text the report offers as a fact, scored, in reading order, exact repeats once. */
function factCandidates(report: Report, glossary: Glossary, partOf: (sectionId: string) => string, pinned: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const partText = new Map<string, string>();
  for (const paragraph of report.paragraphs) {
    const part = partOf(paragraph.sectionId);
    const earlier = partText.get(part) ?? '';
    partText.set(part, `${earlier}${paragraph.text}\n`);
    const sentences = splitSentences(paragraph.text);
    sentences.forEach((sentence, i) => {
      // The report says both: posting either side would publish one half of a contradiction as fact.
      if (contradictedInParagraph(sentence.text, sentences)) return;
      const before = earlier + paragraph.text.slice(0, sentence.start);
      const next = sentences[i + 1] && !contradictedInParagraph(sentences[i + 1]!.text, sentences) ? sentences[i + 1] : undefined;
      let single = judgeSentence(sentence.text, before);
      // A maintainer may pin a sentence the rules found too plain; nothing overrides the other rules.
      const singleText = stripTopicLabel(clean(sentence.text));
      if (!single.ok && single.reason === 'not-informative' && pinned.has(factId(paragraph.id, singleText))) single = { ok: true, text: singleText };
      // The sentence after leans on this one: this one is a lead-in, and the pair carries the point.
      const leant = next !== undefined && leansOnPrevious(next.text, `${before}${sentence.text} `);
      // A short sentence after it naming no one ("Investigators were looking into forced suicide.") may
      // be its point too: then the pair, when it fits, is the fact.
      // Only after a dated event ("On January 6, … died …"): after a rule or a finding, a short sentence starts another point.
      const followed = next !== undefined && !leant && DATED_OPENING.test(sentence.text) && shortFollowUp(next.text) && !postableAlone(next.text, `${before}${sentence.text} `);
      const joined = leant || followed ? judgeJoined(sentence.text, next!.text, before) : undefined;
      const texts: Array<{ judgement: FactJudgement; extra: string[]; source: string }> = [];
      if (single.ok) texts.push({ judgement: single, extra: leant || (followed && joined?.ok) ? ['lead-in'] : [], source: sentence.text });
      if (joined?.ok) texts.push({ judgement: joined, extra: ['joined'], source: `${sentence.text} ${next!.text}` });
      for (const { judgement, extra, source } of texts) {
        if (!judgement.ok) continue;
        const text = spellOutAcronyms(judgement.text, glossary);
        if (!text || text.length > FACT_MAX_LENGTH) continue;
        const key = normalise(text);
        // The executive summary repeats sentences from the body; a channel should not get the same one twice.
        if (seen.has(key)) continue;
        seen.add(key);
        const { score, reasons } = scoreFact(text);
        // A lead-in alone leaves out its point; the pair (when it fits) says it.
        const leadIn = extra.includes('lead-in') ? -3 : 0;
        out.push({
          id: factId(paragraph.id, stripTopicLabel(clean(source))),
          text,
          source: judgement.text,
          paragraphId: paragraph.id,
          sectionId: paragraph.sectionId,
          citation: paragraph.citation,
          part,
          score: score + leadIn,
          reasons: [...reasons, ...extra],
        });
      }
    });
  }
  return out;
}

/**
 * The part of the report a section belongs to, for spreading facts: a lettered subsection ("1.c"),
 * or a named heading directly under a numbered section ("6/women"), or the top-level section itself.
 */
export function partsOf(sections: readonly Section[]): (sectionId: string) => string {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return (sectionId) => {
    let section = byId.get(sectionId);
    while (section?.parentId) {
      const parent = byId.get(section.parentId);
      if (!parent || parent.kind === 'section' || parent.kind === 'summary' || parent.kind === 'title') break;
      section = parent;
    }
    return section?.id ?? sectionId;
  };
}

function ordinal(n: number): string {
  return `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
}

/**
 * A fact id that survives re-indexing: the paragraph id plus a short hash of the source text, so it
 * changes only when that paragraph moves or the sentence itself is edited (not when the rules that
 * spell out acronyms change).
 */
export function factId(paragraphId: string, text: string): string {
  return `${paragraphId}~${sha256().update(normalise(text)).digest('hex').slice(0, 8)}`;
}

/**
 * Whether one sentence of the report would stand on its own as a daily fact, and its text if so.
 * `before` is the text before the sentence (in its part of the report), where a person it names may
 * have been introduced.
 */
export function judgeSentence(sentence: string, before = ''): FactJudgement {
  const text = stripTopicLabel(clean(sentence));
  if (text.length < FACT_MIN_LENGTH || text.length > SENTENCE_MAX_LENGTH) return { ok: false, reason: 'length' };
  const opening = judgeOpening(text, before);
  if (opening) return { ok: false, reason: opening };
  return judgeWhole(text, before);
}

/**
 * A lead-in and the sentence after it, which leans on it ("On March 15, police detained … Nikolay
 * Krivenko …" + "Police took him to a center where he was beaten to death."), as one fact.
 */
export function judgeJoined(first: string, second: string, before = ''): FactJudgement {
  const lead = stripTopicLabel(clean(first));
  const text = `${lead} ${clean(second)}`;
  if (text.length < FACT_MIN_LENGTH || text.length > FACT_MAX_LENGTH) return { ok: false, reason: 'length' };
  const opening = judgeOpening(lead, before);
  if (opening) return { ok: false, reason: opening };
  return judgeWhole(text, before);
}

/** Whether `sentence` refers back to what came before it (so the one before is its lead-in). */
export function leansOnPrevious(sentence: string, before: string): boolean {
  const text = clean(sentence);
  return (
    OPENS_WITH_REFERENCE.test(text) ||
    opensWithDefiniteReference(text) ||
    opensWithIntroducedName(text, before) ||
    opensWithNameFromPrevious(text, before) ||
    usesAcronymDefinedJustBefore(text, before) ||
    pronounWithoutAntecedent(text) ||
    // "On Facebook, Bukenov posted …" after "… against blogger Aibolat Bukenov …": the case's point.
    loneSurname(text, splitSentences(paragraphBefore(before)).at(-1)?.text ?? '')
  );
}

// "The law does not (specifically) prohibit discrimination …": a rule denied, with the first word it governs.
const DENIED_RULE = /\b(?:does|do|did) not (?:specifically |explicitly |expressly )?(prohibit|provide|require|criminali[sz]e|allow|permit)\w* (?:for )?(?:a |an |the )?(\w+)/i;

/**
 * Whether another sentence of the paragraph says the opposite of a denied rule: "The law does not
 * specifically prohibit discrimination …" beside "Law and regulations prohibit discrimination …".
 */
export function contradictedInParagraph(sentence: string, paragraph: readonly { text: string }[]): boolean {
  const m = DENIED_RULE.exec(sentence);
  if (!m) return false;
  const affirmed = new RegExp(`(?<!\\bnot (?:\\w+ )?)\\b${m[1]!.replace(/e$/, '')}\\w* (?:for )?(?:a |an |the )?${escapeRegExp(m[2]!)}\\b`, 'i');
  return paragraph.some((other) => other.text !== sentence && affirmed.test(other.text));
}

/**
 * "Investigators were looking into the possibility of forced suicide.": a short sentence naming no
 * one, no place and no figure, after a lead-in, says what the lead-in was about.
 */
export function shortFollowUp(sentence: string): boolean {
  const text = clean(sentence);
  return text.length <= 110 && !/\d/.test(text) && !/^(On|In|During|As of|By|Since|From) /.test(text) && !/\s\p{Lu}/u.test(text);
}

/** Whether a sentence would be posted on its own merits ("Parliament has never failed to confirm a presidential nomination."). */
function postableAlone(sentence: string, before: string): boolean {
  const judged = judgeSentence(sentence, before);
  return judged.ok && scoreFact(judged.text).score >= MIN_FACT_SCORE;
}

/** The text of the paragraph before a sentence (`before` holds its part, paragraphs ending in a newline). */
function paragraphBefore(before: string): string {
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * "Chechens are eligible …" after "… did not recognize Chechens as refugees.", "Adil Soz found …"
 * after "According to the NGO Adil Soz, …": a sentence opening on the name its paragraph's sentence
 * before introduced carries on that sentence's story.
 */
function opensWithNameFromPrevious(text: string, before: string): boolean {
  const m = /^((?:[A-Z][\p{L}’'-]+)(?: [A-Z][\p{L}’'-]+)*)\b/u.exec(text);
  if (!m) return false;
  const first = m[1]!.split(' ')[0]!.toLowerCase();
  if (COMMON_OPENERS.has(first) || INSTITUTION_WORDS.has(first) || m[1]!.length < 4) return false;
  // The sentence before is part of the paragraph so far: without the name there, no need to split it.
  const paragraph = paragraphBefore(before);
  if (!paragraph.includes(m[1]!)) return false;
  const previous = splitSentences(paragraph).at(-1)?.text ?? '';
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(m[1]!)}(?![\\p{L}])`, 'u').test(previous);
}

/** "AMT management announced …" after "… workers of Arcelor Mittal Temirtau (AMT) threatened …": the story the sentence before began. */
function usesAcronymDefinedJustBefore(text: string, before: string): boolean {
  const earlier = paragraphBefore(before);
  if (!earlier) return false;
  for (const [, acronym] of text.matchAll(/(?<![\p{L}\d])([A-Z]{2,})s?(?![\p{L}\d])/gu)) {
    if (earlier.includes(`(${acronym})`) && !text.includes(`(${acronym})`)) return true;
  }
  return false;
}

// "The OSCE observation mission judged …": a named body's mission, trial or case, which one the text does not say.
const OPENS_WITH_NAMED_EVENT = /^The (?:(?:[A-Z(][^\s]*|of|and|for|in|on|the)\s+)+(?:[a-z]+\s+)?(mission|trial|case|strike|investigation|hearing|election|elections|protest|verdict|decision|campaign|rally|report)\b/;
const DATED_OPENING = /^(On|In|By|As of) (January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DATED = /\b(January|February|March|April|May|June|July|August|September|October|November|December|(19|20)\d\d)\b/;

function judgeOpening(text: string, before: string): FactRejection | undefined {
  // Page breaks in the source cut sentences; a piece without its start or end reads as nonsense.
  if (!/^["“‘(]?[A-Z0-9]/.test(text) || !/[.!?]["”’)]*$/.test(text)) return 'fragment';
  if (POINTER.test(text)) return 'pointer';
  if (OPENS_WITH_REFERENCE.test(text) || opensWithDefiniteReference(text) || opensWithIntroducedName(text, before) || opensWithNameFromPrevious(text, before)) {
    return 'opens-with-reference';
  }
  if (OPENS_WITH_NAMED_EVENT.test(text) && !DATED.test(text)) return 'opens-with-reference';
  if (EARLY_ALSO.test(text) || LEADING_CONTRAST.test(text)) return 'dangling-reference';
  return undefined;
}

function judgeWhole(text: string, before: string): FactJudgement {
  if (!/[.!?]["”’)]*$/.test(text)) return { ok: false, reason: 'fragment' };
  if (POINTER.test(text)) return { ok: false, reason: 'pointer' };
  if (danglingReference(text) || pronounWithoutAntecedent(text) || loneSurname(text, before) || usesAcronymDefinedJustBefore(text, before)) {
    return { ok: false, reason: 'dangling-reference' };
  }
  if (!quotesBalanced(text)) return { ok: false, reason: 'unbalanced-quote' };
  if (hasArtefact(text)) return { ok: false, reason: 'artefact' };
  if (!isInformative(text)) return { ok: false, reason: 'not-informative' };
  return { ok: true, text };
}

/** Source text as a chat post shows it: one space between words, "--" as the dash it stands for. */
export function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*--\s*/g, '—');
}

/**
 * Typos and extraction damage not worth posting: a word mixing letters and digits ("Auy1"), or a
 * figure that repeats itself ("340,340") or is grouped wrongly ("1,00").
 */
export function hasArtefact(text: string): boolean {
  for (const token of text.match(/[\p{L}\d]+/gu) ?? []) {
    if (/\d/.test(token) && /\p{L}/u.test(token) && !/^\d+(st|nd|rd|th|s)$/.test(token)) return true;
  }
  for (const figure of text.match(/\d+(?:,\d+)+/g) ?? []) {
    const groups = figure.split(',');
    if (groups.slice(1).some((g) => g.length !== 3) || groups[0]!.length > 3) return true;
    if (groups.length > 1 && groups.every((g) => g === groups[0])) return true;
  }
  return false;
}

// "Recent Elections: An early presidential election…" — the label is a heading run into the paragraph.
const TOPIC_LABEL = /^([A-Z][^:.;!?"“]{2,110}): (?=["“]?[A-Z])/;

/** The text without a run-in heading, told from a clause by its capitalised words ("Detainee's Ability to Challenge…:"). */
function stripTopicLabel(text: string): string {
  const label = TOPIC_LABEL.exec(text)?.[1];
  if (!label) return text;
  // A heading capitalises nearly every word ("Detainee's Ability to Challenge Lawfulness of Detention
  // before a Court"); a clause does not ("Radio Azattyk reported: …").
  // A title quoted in a sentence ("According to the IOM Regional Field Assessment … for 2016: …") is not one.
  if (/\d/.test(label) || /^(According|In|On|During|Under|As|For) /.test(label)) return text;
  const long = label.split(/\s+/).filter((w) => w.length >= 4);
  const capitalised = long.filter((w) => /^[A-Z]/.test(w)).length;
  return long.length > 0 && capitalised / long.length >= 0.75 ? text.slice(label.length + 2) : text;
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
      'then', 'later', 'subsequently', 'afterwards', 'afterward', 'finally', 'similarly', 'similar', 'likewise', 'again',
      'as a result', 'in response', 'for example', 'for instance', 'in contrast', 'on the other hand', 'despite this',
      'additional', 'additionally', 'in summary', 'in short', 'in particular', 'in turn', 'as such',
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

/** "The court sentenced…", but not "The Organization for Security…", which is a name. */
function opensWithDefiniteReference(text: string): boolean {
  const m = OPENS_WITH_DEFINITE_REFERENCE.exec(text);
  return m !== null && !/^\p{Lu}/u.test(m[0].split(' ')[1] ?? '');
}

/**
 * "Mailybayev was sentenced…": a sentence opening with a lone surname that the paragraph already
 * gave with a first name ("Baglan Mailybayev and …") refers back to that person. Judged from the
 * text itself, so it holds for any country's names.
 */
function opensWithIntroducedName(text: string, before: string): boolean {
  const m = /^([A-Z][\p{L}’'-]+) [a-z]/u.exec(text);
  if (!m || !nameWord(m[1]!)) return false;
  // The pattern needs " <surname>" as written: most sentences are settled without running it over the part's text.
  if (!before.includes(` ${m[1]!}`)) return false;
  const surname = escapeRegExp(m[1]!);
  return new RegExp(`\\b[A-Z][\\p{L}’'-]+ ${surname}\\b`, 'u').test(before);
}

/**
 * "… sentenced Murzabekov to 10 years, and Satyn, Kambetov …": a surname on its own, after a word
 * that is not part of a name, that the text before gave with a first name refers back to that person.
 */
function loneSurname(text: string, before: string): boolean {
  if (!before) return false;
  const raw = text.split(/\s+/);
  const words = raw.map((token) => token.replace(/^["“‘(]+|[.,;:!?"”’)]+$|’s$|'s$/g, ''));
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const previous = words[i - 1]!;
    // A capitalised word before it is a first name or title ("President Nazarbayev"), unless a comma
    // ends it ("Initially, Kharkova …", "Satyn, Kambetov …").
    const previousEndsClause = /[,;:]$/.test(raw[i - 1]!);
    if (!nameWord(word) || (/^[A-Z]/.test(previous) && !previousEndsClause)) continue;
    // The pattern below needs " <word>" in `before`: skip building it when that is missing.
    if (!before.includes(` ${word}`)) continue;
    const surname = escapeRegExp(word);
    const introduced = new RegExp(`\\b[A-Z][\\p{L}’'-]+ ${surname}\\b`, 'u');
    if (introduced.test(before) && !introduced.test(text)) return true;
  }
  return false;
}

// References to something outside the sentence, wherever they appear. The end boundary also refuses a
// hyphen, so "the two-term limit" is not "the two". Kept as the pattern's source: a RegExp made here
// would be parsed whenever this module loads (~0.6 ms, its Unicode classes), and every `hr` run loads
// it, while only building the index uses it.
const DANGLING_SOURCE =
  '\\b(' +
    [
      'the same (day|week|month|year|time|period|court|case|man|woman|person|people|group|way)(?! (in|of|as|last) )',
      'that (day|week|month|morning|evening|night|year|time|report|case|decision|law)',
      'the (next|following|previous) (day|week|month|morning|evening)',
      '(days|weeks|months|a day|a week|a month) later',
      'aforementioned', 'above-mentioned', 'abovementioned', 'mentioned above', 'noted above', 'the latter', 'the former',
      'these', 'those(?! (who|which|that|in|of|with|whose|\\w+ed|\\w+ing)\\b)',
      'this(?! year)', 'such(?! as)', 'the case(?! of)', 'the incident', 'the two', 'the three', 'the four', 'both of them', 'the other (two|three)',
      'the victims?', 'the group(?! of)', 'the federation', 'the proposed', 'the new system', 'the previous(?! year)', 'the requirements',
      'the center', 'the couple', 'the term(?! [“"])', 'the application', 'the election', 'the report', 'the article', 'the video', 'the post', 'the book',
      'the film', 'the website', 'the site', 'the portal', 'the council', 'the production', 'the man', 'the woman', 'the boy', 'the girl', 'the journalist', 'the blogger', 'the activist', 'the defendants?',
      'the suspects?', 'the detainee', 'the newspaper', 'the organization', 'the company', 'the party', 'the union', 'the strike',
      'the protest', 'the rally', 'the verdict', 'the sentence', 'the law firm', 'the lawsuit', 'the court decision',
      'the trials', 'the (registration|application|selection|approval) process', 'the (legal )?changes', 'the provisions',
      'the (challenged|contested|disputed|appealed|said|aforesaid)', '(in|by) a separate', 'a separate (report|case|incident|statement)', 'as well(?! as)',
      // "… as are any other citizens", "authorities also detained …": said of something said before ("not only … but also" is not).
      '(?<!but )also', 'as (are|is|were|was|do|does|did)',
      '(a |the )?(significantly |much )?(smaller|larger|higher|lower) (number|figure)(?! of)',
    ].join('|') +
    ")(?![\\p{L}\\d’'-])";

// Text before a demonstrative that gives it something to point at: ", but …", "…; …", "… . …", or
// "Although …, " with the demonstrative in the main clause.
// (Not "Despite …,": "Despite some restrictions, the government respected these rights" still points outside.)
const EARLIER_CLAUSE = /[,;]\s*(but|although|though|while|whereas)\b|[;.] |^(although|though|while|whereas)\b[^,]*,/i;

/**
 * Whether the text points at something it never names. "The Party of Patriots" is a name, not a
 * reference; "when the suspect is a minor" is fine after "an indigent suspect" in the same sentence.
 */
function danglingReference(text: string): boolean {
  for (const m of text.matchAll(new RegExp(DANGLING_SOURCE, 'giu'))) {
    const words = m[0].split(/\s+/);
    const last = words.at(-1)!;
    if (words.length > 1 && /^\p{Lu}/u.test(last)) continue;
    // "…, but the government limited this right", "… . This provision …": a demonstrative after an earlier
    // clause of the same fact points at that clause.
    if (/^(this|these|those|such)$/i.test(words[0]!) && EARLIER_CLAUSE.test(text.slice(0, m.index))) continue;
    // "the blogger Anna Ivanova": the name that follows says who.
    if (words.length === 2 && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length))) continue;
    if (words.length === 2 && /^the$/i.test(words[0]!) && new RegExp(`\\b${last.replace(/s$/, '')}`, 'i').test(text.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

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
  if (FINDING.test(text)) return true;
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
