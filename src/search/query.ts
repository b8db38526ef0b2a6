/**
 * Understands a chat query: strips control characters, pulls out `section:2a` filters and
 * `"quoted phrases"`, and turns the rest into weighted index terms — the typed words (chat spellings
 * spelt out), typo corrections against the report's vocabulary, and stand-ins for words the report
 * does not write (thesaurus lines, WordNet, word-vector neighbours, word families, compounds) — and
 * reads the question's form (`ParsedQuery`'s `wants…`) for ranking and coverage.
 */
import { normalize, termOf, termsOf, type Token, tokenize } from './analysis.js';
import { GatedPattern } from './gated-pattern.js';
import { spellChat } from './chat-spelling.js';
import { AGE_ASKED, OPEN_QUESTION, PERMISSION_QUESTION, PRACTICE_QUESTION, RULE_ASKED } from './answer-kinds.js';
import { compoundParts, derivedTerms, genderedTitleTerm, splitsIntoWords } from './word-forms.js';
import { familyOf } from './word-families.js';
import type { Spelling } from './english-spelling.js';
import { americanSpellings } from './american-spelling.js';
import { keptAfterPrefix } from './real-words.js';
import type { Neighbour } from './neighbours.js';
import type { Thesaurus, ThesaurusEntry } from './thesaurus.js';
import { inflectedForms, type PartOfSpeech, type WordSenses } from './wordnet.js';
import { smallIntegers } from './plain-arrays.js';
import { inverseDocumentFrequency } from './bm25-index.js';
import { mayHoldPhrasalVerb, type PhrasalVerb, phrasalVerbAt, senseTerms, type VerbSenses } from './light-verbs.js';

/** A term to look up, with how much it counts and the word that asked for it. */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Where the term came from: typed, corrected from a typo, or expanded from a synonym. */
  origin: 'typed' | 'corrected' | 'expanded';
  /** The typed word it stands for (its position among the query's words): a sentence gets credit once per word. */
  word: number;
  /** A member of the typed word's family in the report (`familyOf`), not the word itself nor a synonym. */
  family?: true;
  /** True for a stand-in from a thesaurus line, the surest expansion (a maintainer wrote it for this sense). */
  thesaurus?: true;
}

export interface ParsedQuery {
  /** The query as understood: control characters removed, white space collapsed. */
  clean: string;
  /**
   * The query as meant: `clean` with its chat spellings spelt out ("can u" → "can you", `spellChat`) and each
   * corrected typo replaced by the word meant ("which rport is this" → "which report is this"), for what reads the
   * query's wording (small talk, advice); `clean` itself when neither changed a word. Section filters and quotes
   * are left out when a word was corrected.
   */
  meant: string;
  /** Section refs from `section:2a`. */
  sections: string[];
  /** Normalised `"quoted phrases"` every hit must contain. */
  phrases: string[];
  terms: WeightedTerm[];
  /** The question asks for a figure ("how many", "how long", "how soon", "what percentage", "minimum age", "paid less than"). */
  wantsQuantity: boolean;
  /** The question asks what the law allows or forbids ("can police…", "is it illegal…", "is there a law…"). */
  wantsLaw: boolean;
  /** The question asks when ("when did…", "what year…"). */
  wantsDate: boolean;
  /**
   * The question asks when something holds, in the present ("when does a detainee have the right to a
   * lawyer", "when can police…"): a condition ("from the moment of detention"), not a date.
   */
  wantsCondition: boolean;
  /**
   * The question asks for a penalty ("what sentence did…get", "what is the fine for…", "punishment for…")
   * or for what came of someone or something ("what happened to…", "what happens if…"): in a report's
   * narratives the outcome is the sentence handed down.
   */
  wantsPenalty: boolean;
  /** The question asks who ("who was charged…"): someone the sentence that sets out the case may not name yet. */
  wantsAgent: boolean;
  /**
   * For "who <verb>…" (after at most one auxiliary: "who investigated…", "who was charged…"), the query
   * word (by `WeightedTerm.word`) naming what was done: the answer is the sentence saying who did it.
   * Undefined for any other question, and for "who are the…", whose next word is no verb.
   */
  asked?: number;
  /**
   * The question asks for the most of something ("max pretrial detention", "longest sentence", "how long
   * can detention be extended"): of the figures a passage states, the largest of the kind asked for.
   */
  wantsUpperBound: boolean;
  /** The question asks how long ("how long did police hold…", "for how long…"): a span of time, "two hours", "five years". */
  wantsDuration: boolean;
  /**
   * Keywords as typed into a search box ("pretrial detention limit", "detention before charges"):
   * every word is a content word or a preposition linking two, so every word names part of the topic
   * (see `isKeywordQuery`).
   */
  keywords: boolean;
  /**
   * The question asks whether something is so or why ("was his death a suicide", "is there anti-Semitism",
   * "did voters have a choice", "why was the reporter taken…"): it names its topic and asks a fact about it.
   */
  wantsFact: boolean;
  /**
   * The question asks why ("why do refugees have trouble finding jobs", "what caused…"): the answer is
   * the sentence stating a cause ("… due to local employers' lack of awareness"), often after the one
   * that names the topic.
   */
  wantsCause: boolean;
  /**
   * The question asks for a judgment of something ("can you trust the civil courts", "is the 72-hour hold too long",
   * "are the asylum officials competent", "how fair are trials"): the report answers with the sentence that
   * judges it or says who did ("observers viewed civil courts as corrupt and unreliable", "Human rights observers
   * criticized this period as too lengthy"), often after the one naming the topic (round 97).
   */
  wantsAssessment: boolean;
  /**
   * The question asks, in an analyst's words, how something is judged ("how did
   * observers assess the registration of .kz domains", "what is the main criticism of the provision", "what do NGOs think
   * of the body"): the report answers with a later sentence saying who judged it and how ("Observers criticized the
   * registration process as unduly restrictive…", "Legal experts noted the term … is overly broad"), after the opening
   * that states the topic in the question's own words (round 154).
   */
  wantsView: boolean;
  /**
   * The question asks whether there is any of something ("is the government doing anything about child brides",
   * "has anyone been prosecuted for sexual harassment"): these reports answer with the sentence saying there was
   * none ("The government did not take any action to address the issue", "nor were there reports of any
   * prosecutions"), often after the opening that names the topic (round 101).
   */
  wantsAny: boolean;
  /**
   * The question asks an age (`AGE_ASKED`: "how young can a girl get married", "at what age can children start
   * working"): these reports state the limit as "the minimum age for X is N", and a later sentence holding the
   * question's other words states a custom or an exception ("Many couples first married in mosques … when the bride
   * reached the legal age", "children ages 14 through 16 may perform light work"): round 111.
   */
  wantsAge: boolean;
  /**
   * The question asks whether something can be done ("can someone be put in a mental hospital against their
   * will", "could…", "may…"): the answer is the sentence saying what may or may not be done ("may be committed",
   * "has broad authority to deport", "have the right to work"), not one that only names the topic (round 74).
   */
  wantsPermission: boolean;
  /**
   * The question asks whether something happens or happened ("do police hit people they hold before charging them",
   * "do people with HIV pay for their medicine"), not what the law provides: when the law's sentence on the topic is
   * the answer chosen, the next sentence, reporting how it works out, joins it (round 135, `RANKING.practice`).
   */
  wantsPractice: boolean;
  /**
   * The question opens with a question word ("who…", "what…", "why…", "how…"): it asks for something told, so an answer
   * whose next sentence goes on about the best one's subject ("They…", "He also…") bolds the two (round 149,
   * `RANKING.continuation`).
   */
  asksOpen: boolean;
  /**
   * The question asks a sum of money: a fine ("fine for employing a minor without a contract") or "how
   * much" of something but not a share of it ("how much did the company invest", not "how much of the
   * workforce…"); not a count ("how many employers were fined").
   */
  wantsSum: boolean;
  /**
   * For "what does / do / did X do…", the term of X's last word ("commission" in "what does the tripartite
   * commission do"): the answer is a sentence where X acts, its subject, not one mentioning it in passing.
   */
  actor?: string;
  /** The query words (by `WeightedTerm.word`) naming what a "how many…" question counts ("how many labor inspectors"). */
  counted: number[];
  /**
   * For a question about a past case that names an event in a clause it takes as given ("what happened to
   * the sergeant who hit the conscript", "did the lawyer hear back after reporting the bug"): the query
   * words of that clause (by `WeightedTerm.word`), and whether it opens with "after". A narrative states
   * the event first and what came of it later (`EVENT_CLAUSE`, `eventClauseToken`, `eventWords`; round 55).
   */
  event?: { words: number[]; after: boolean };
  /**
   * For a question opening with a "when" clause that sets its situation (`WHEN_CLAUSE`: "when someone wants to open a bank
   * account, how many documents must he bring"): the query words of that clause (by index in `words`) and the main clause's
   * text. What is asked is the main clause: the rules that check the passages state what a question asks for read it
   * (`unstatedRule` in coverage.ts; round 138).
   */
  situation?: { words: number[]; asked: string } | undefined;
  /** The typed content words and how well the report knows each: the evidence for `covered`. */
  words: QueryWord[];
}

/** A content word of the query. */
export interface QueryWord {
  word: string;
  /** 1 when the report uses the word, less when it uses only words close to it, 0 when it knows nothing like it. */
  known: number;
  /** How specific the word is in general English, 0..1 (see `ReportNeighbours.specificity`); a thesaurus phrase's is its words' sum. */
  specificity: number;
  /** False for words that name the kind of answer ("size", "number"), which say nothing of the topic. */
  topical: boolean;
  /**
   * A word the report never uses that WordNet knows mostly as an adjective or adverb ("understaffed",
   * "petty", "bad"): it says how the question's topic is, not what it is (`MODIFIER` in coverage.ts).
   */
  modifier?: boolean;
  /**
   * A word the report never uses that WordNet knows mostly as a verb ("die", "sits", "overrule": `isMostlyVerb`):
   * it says what happens to the question's topic, which its other words name; weighed as a modifier is in coverage.
   */
  action?: boolean;
  /** True for a typo corrected to a word of the report: the word meant stands in the typo's place, known as a correction (`CORRECTION_WEIGHT`). */
  corrected?: true;
  /**
   * True for a word nothing knows (known 0, not in the vectors nor WordNet) that splits into two words of general
   * English ("jobseekers": `splitsIntoWords`): a paraphrase read through its parts, not a name (`UNKNOWN_WORD` in coverage.ts).
   */
  compound?: true;
}

// Each pattern with the words any match must contain (the opening words for its `^` branches): a
// query without them never compiles the pattern (see GatedPattern). Tests check the words against the patterns.
export const LAW_QUESTION = new GatedPattern(/^\s*(?:can|could|may|must|is\s+it\s+(?:legal|illegal|allowed|a\s+crime)|is\s+there\s+a\s+law|are\s+\w+\s+allowed|do(?:es)?\s+\S+\s+have\s+(?:a\s+)?(?:the\s+)?right)\b|\b(?:legal|illegal|allowed|permitted|banned|forbidden|prohibited|law|laws|right\s+to)\b/i, ['legal', 'allowed', 'permitted', 'banned', 'forbidden', 'prohibited', 'law', 'right'], ['can', 'could', 'may', 'must', 'is', 'are', 'do']);
export const PENALTY_QUESTION = new GatedPattern(/\b(?:what\s+(?:sentence|sentences|punishment|penalty|penalties|fine|fines)|what\s+(?:was|were|is|are)\s+(?:the|his|her|their)\s+(?:sentence|sentences)|['’]s\s+(?:prison\s+|jail\s+)?(?:sentence|sentences)|punish(?:ment|ed|able)?|penalt(?:y|ies)|how\s+long\s+in\s+(?:prison|jail)|sentenced?\s+to|what\s+(?:will\s+|would\s+)?happen(?:s|ed)?\s+(?:to|if|when))\b/i, ['punish', 'penalt', 'sentence', 'fine', 'how', 'happen']);
export const AGENT_QUESTION = new GatedPattern(/^\s*who\b/i, [], ['who']);
export const DATE_QUESTION = new GatedPattern(/^\s*when\b|\bwhat\s+(?:date|year|month|day)\b/i, ['what'], ['when']);
/**
 * A "when" clause that sets the situation of the question that follows it ("when a woman is harassed at work, does any law
 * protect her", "when the police arrest you do you get a lawyer", "when people protest without a permit what happens to
 * them"): "when" not followed by an auxiliary (a question asking when inverts: "when did…", "when was…"), then, before any
 * question mark, a comma, a question word or an auxiliary before its subject. Such a question asks what its main clause
 * asks, not a date; read as one, `isUndated` refused it whenever its passages dated nothing beside two of its words, and
 * the date preferences of the ranking favoured dated sentences it never asked for (round 138). A bare "when the law was
 * adopted" (a date asked without inversion) holds none of these and stays a date question. A match ends where the main
 * clause starts (`ParsedQuery.situation`).
 */
export const WHEN_CLAUSE = new GatedPattern(
  /^\s*when\s+(?!(?:does|do|did|is|are|was|were|am|can|could|may|might|must|should|shall|will|would|has|have|had)\b)\S[^,?]*?(?:,\s*(?=\S)|\s(?=(?:how|what|where|why)\b)|\s(?=(?:does|do|did|is|are|was|were|can|could|may|might|must|should|will|would|has|have|had)\s+(?:you|they|he|she|it|we|i|there|the|a|an|his|her|their|its|my|our|your|this|that|these|those|any|anyone|someone|somebody)\b))/i,
  [],
  ['when'],
);
/** The kind of date asked for by name ("what year", "what date"): a date question whatever clause comes before it. */
const DATE_NAMED = /\bwhat\s+(?:date|year|month|day)\b/i;
export const CONDITION_QUESTION = new GatedPattern(/^\s*when\s+(?:does|do|is|are|can|could|may|must|should|will)\b/i, [], ['when']);
export const COUNT_QUESTION = new GatedPattern(/\b(?:how\s+many|number\s+of)\b/i, ['how', 'number']);
export const UPPER_BOUND_QUESTION = new GatedPattern(/\b(?:max(?:imum)?|longest|harshest|toughest|heaviest|at\s+most|up\s+to|upper\s+limit|extend(?:ed|s)?|extension|prolong(?:ed)?)\b/i, ['max', 'longest', 'harshest', 'toughest', 'heaviest', 'most', 'up', 'upper', 'extend', 'extension', 'prolong']);
export const DURATION_QUESTION = new GatedPattern(/\bhow\s+long\b/i, ['long']);
/**
 * A question about a past case ("what happened / happens / did…", "did / was / were / has / have / had…") with a
 * clause opening with "who", "whom" or "after" that names an event it takes as given (`ParsedQuery.event`).
 */
export const EVENT_CLAUSE = new GatedPattern(/^\s*(?:what\s+(?:happened|happens|did)|did|was|were|has|have|had)\s(?:.*\s)?(?:who|whom|after)\s+\S/i, ['who', 'whom', 'after']);
/** Words before "after" that make it no clause: a phrasal verb ("go after", "look after") or a time ("right after"). */
const NOT_AFTER_CLAUSE = new Set(['go', 'goes', 'went', 'gone', 'going', 'come', 'came', 'look', 'looks', 'looked', 'looking', 'right', 'soon', 'shortly', 'just', 'named', 'run', 'ran', 'chase', 'chased']);
/** Openings of a yes/no question whose subject comes next: a "who" clause right after it is inside the subject. */
const EVENT_AUXILIARIES = new Set(['did', 'was', 'were', 'has', 'have', 'had']);
export const FACT_QUESTION = new GatedPattern(/^\s*(?:is|are|was|were|did|do|does|has|have|had|why)\s/i, [], ['is', 'are', 'was', 'were', 'did', 'do', 'does', 'has', 'have', 'had', 'why']);
/** Superlatives that ask for the most only of a figure or a penalty: "the biggest obstacles" asks for no amount. */
export const LARGEST_QUESTION = new GatedPattern(/\b(?:highest|largest|biggest|greatest)\b/i, ['highest', 'largest', 'biggest', 'greatest']);
export const CAUSE_QUESTION = new GatedPattern(/^\s*(?:why|how\s+come)\b|\bwhat\s+(?:caused|causes|led\s+to)\b|\bfor\s+what\s+reasons?\b/i, ['caused', 'causes', 'led', 'reason'], ['why', 'how']);
/**
 * A question asking for a judgment: a yes/no question with a word of quality ("fair", "effective", "any good",
 * "too long", "really"), "can / do you trust", "how good / well / fair…", "what shape / state … in".
 */
/**
 * A question asking how something is judged, as an academic, a lawyer or a field officer asks it: "how do / did / have … assess / view / regard / evaluate / characterize / perceive / describe", "what do … think
 * of / make of", "what is / are the (main) criticism / concern / assessment / opinion / view", "what criticisms / concerns".
 */
export const VIEW_QUESTION = new GatedPattern(
  /^\s*how\s+(?:do|does|did|have|has|had|would|is|are|was|were)\s(?!(?:i|you|we)\s)(?:.*\s)?(?:assess|assessed|assessing|view|viewed|regard|regarded|evaluate|evaluated|characteri[sz]e|characteri[sz]ed|perceive|perceived|describe|described)\b|\bwhat\s+(?:do|does|did)\s(?:.*\s)?(?:think|make)\s+(?:of|about)\b|\bwhat\s+(?:(?:is|was|are|were|have\s+been|has\s+been)\s+(?:the\s+)?(?:(?:main|principal|chief|key|major|primary)\s+)?)?(?:criticisms?|critiques?|assessments?|evaluations?|concerns?|opinions?|views?)\b/i,
  ['assess', 'view', 'regard', 'evaluat', 'characteri', 'perceiv', 'describ', 'think', 'make', 'critic', 'critique', 'concern', 'opinion'],
);
export const ASSESSMENT_QUESTION = new GatedPattern(
  /^\s*(?:is|are|was|were|do|does|did|can|could|has|have|should)\s(?:.*\s)?(?:fair|fairly|unfair|good|effective|effectively|reliable|trust|trusted|trustworthy|impartial|competent|qualified|adequate|enough|sufficient|real|really|actually|seriously|transparent|honest|biased|well|too|easy|quick|working|(?:independent|clean|hard)(?!\s+(?!of\b|from\b|to\b|on\b|for\b|enough\b)[a-z]))\b|^\s*how\s+(?:good|well|effective|effectively|fair|fairly|reliable|independent|impartial|serious|seriously|competent|transparent|honest)\b|^\s*what\s+(?:shape|state|condition)\s(?:.*\s)?in\b/i,
  ['fair', 'good', 'effective', 'reliable', 'trust', 'independent', 'impartial', 'competent', 'qualified', 'adequate', 'enough', 'sufficient', 'real', 'actually', 'seriously', 'serious', 'transparent', 'honest', 'biased', 'clean', 'well', 'too', 'hard', 'easy', 'quick', 'working', 'shape', 'state', 'condition'],
);
/**
 * A yes/no question asking whether there is any of something: "is the government doing anything about child brides",
 * "has anyone been prosecuted", "were there any prosecutions", "does the commission have any real power" (round 101).
 */
export const ANY_QUESTION = new GatedPattern(/^\s*(?:is|are|was|were|do|does|did|has|have|had)\s(?:.*\s)?any(?:thing|one|body)?\b/i, ['any', 'anything', 'anyone', 'anybody']);
export const SUM_QUESTION = new GatedPattern(/\bfine[sd]?\b|\bhow\s+much\b(?!\s+of\b)/i, ['fine', 'fines', 'fined', 'much']);
export const ACTOR_QUESTION = new GatedPattern(/^\s*what\s+(?:does|do|did|will|would|can|should)\s+\S.*\s+do\b/i, [], ['what']);
export const QUANTITY_QUESTION = new GatedPattern(/\b(?:how\s+(?:many|much|long|old|far|often|big|large|soon)|(?:less|more|fewer|higher|lower)\s+than|number\s+of|numbers?|size|amount|total|count|percent(?:age)?|share|proportion|fraction|ratio|statistics|figures?|rate|minimum|maximum|max|min|age|limit|how\s+far)\b/i, ['how', 'than', 'number', 'size', 'amount', 'total', 'count', 'percent', 'share', 'proportion', 'fraction', 'ratio', 'statistics', 'figure', 'rate', 'max', 'min', 'age', 'limit']);

/** The auxiliaries that may stand between "who" and the verb it asks about ("who was charged", "who has fined"). */
const AUXILIARIES = new Set('is are was were has have had did does do will would can could should may might must'.split(' '));

/** The token naming the action a "who…" question asks about: right after "who", or after "who" and one auxiliary. */
function askedToken(surfaces: readonly string[]): number | undefined {
  if (surfaces[0]?.toLowerCase() !== 'who') return undefined;
  const at = AUXILIARIES.has(surfaces[1]?.toLowerCase() ?? '') ? 2 : 1;
  return at < surfaces.length ? at : undefined;
}

/**
 * The token opening the clause of `ParsedQuery.event`, or undefined. A "who" clause right after a yes/no
 * question's subject ("did the cop who beat the man … go to jail") is inside the subject, and the question's own
 * verb follows it: the clause's end is unknown, so no clause is read.
 */
function eventClauseToken(surfaces: readonly string[]): number | undefined {
  for (let i = 2; i < surfaces.length - 1; i++) {
    const w = surfaces[i]!.toLowerCase();
    if (w === 'after') return NOT_AFTER_CLAUSE.has(surfaces[i - 1]!.toLowerCase()) ? undefined : i;
    if (w === 'who' || w === 'whom') return EVENT_AUXILIARIES.has(surfaces[0]!.toLowerCase()) && i <= 4 ? undefined : i;
  }
  return undefined;
}

/**
 * The query words of the clause opening at token `from` (`ParsedQuery.event`): those whose first token
 * is in the clause, but not a word the question also names before it ("what happened to the woman who
 * sued … the woman"). Undefined when the clause holds no word, or when the question names nothing
 * topical before a "who" clause: then nothing is left to ask about.
 */
function eventWords(words: readonly QueryWord[], wordTokens: readonly number[], from: number | undefined, surfaces: readonly string[]): ParsedQuery['event'] {
  if (from === undefined) return undefined;
  const clause: number[] = [];
  let asked = false;
  for (let w = 0; w < words.length; w++) {
    const before = wordTokens[w]! < from;
    const again = words.some((other, o) => o !== w && other.word === words[w]!.word && wordTokens[o]! < from);
    if (!before && !again) clause.push(w);
    else if (words[w]!.topical) asked = true;
  }
  const after = surfaces[from]!.toLowerCase() === 'after';
  return clause.length && (asked || after) ? { words: clause, after } : undefined;
}

/**
 * The query words of an opening "when" clause `length` characters long (`ParsedQuery.situation`): those whose first token
 * starts inside it. Undefined when it holds none, or all of them: then nothing is asked apart from it.
 */
function situationWords(wordTokens: readonly number[], count: number, tokens: readonly Token[], length: number): number[] | undefined {
  let n = 0;
  while (n < count && tokens[wordTokens[n]!]!.start < length) n++;
  if (n === 0 || n === count) return undefined;
  const out: number[] = [];
  for (let w = 0; w < n; w++) out.push(w);
  return out;
}

/** Words that end a name's head and start what qualifies it ("the Commission on Human Rights", "the Ministry of Labor"). */
const POSTMODIFIERS = new Set(['of', 'on', 'for', 'in', 'at', 'against', 'with']);

/**
 * The term of X's head in "what does/did X do…": its last content word before the closing "do", or
 * before a preposition qualifying it ("the Presidential Commission on Human Rights" → commission).
 */
function actorTerm(surfaces: readonly string[]): string | undefined {
  let end = surfaces.length - 1;
  while (end > 2 && surfaces[end]!.toLowerCase() !== 'do') end--;
  let head: string | undefined;
  for (let i = 2; i < end; i++) {
    if (head && POSTMODIFIERS.has(surfaces[i]!.toLowerCase())) break;
    head = termOf(surfaces[i]!) ?? head;
  }
  return head;
}

/** Vocabulary knowledge the query parser needs. */
export interface Vocabulary {
  documentFrequency: Readonly<Record<string, number>>;
  /** WordNet's senses of a lower-case word, or null when WordNet does not know it. */
  senses: (word: string) => WordSenses | null;
  /**
   * WordNet's senses of a lower-case word read with its exception lists (`WordNet.irregularSenses`: "bought" as buy), or
   * null when no list holds it; without it, no irregular form is read through its base.
   */
  irregularSenses?: (word: string) => WordSenses | null;
  /** WordNet's derivational relatives of a lower-case word (`WordNet.derived`); without it, none. */
  derived?: (word: string) => readonly string[];
  /** Whether a lower-case word is one of English's words of very many senses (`AmbiguousWords`); without it, none is. */
  ambiguous?: (word: string) => boolean;
  /** WordNet's senses of a verb written as words ("pick up": `WordNet.verbSenses`); without it, phrasal verbs are read word by word. */
  verbSenses?: VerbSenses;
  /** The paragraphs (ascending) holding a term, and how many paragraphs there are: which sense of a phrasal verb the query's other words choose. */
  paragraphsOf?: (term: string) => readonly number[];
  paragraphCount?: number;
  /** Terms to ignore because nearly every paragraph is about them (the report's country). */
  ignored: ReadonlySet<string>;
  /** Remembers typo corrections (null: none) and compounds, each with the passes over the vocabulary it cost (`Scanned`). */
  corrections?: Map<string, Scanned<Correction | null>>;
  compounds?: Map<string, Scanned<string[]>>;
  /** Report terms close in meaning to a lower-case word (word vectors), closest first. */
  neighbours?: (word: string) => readonly Neighbour[];
  /** How specific a lower-case word is in general English, 0..1; 1 when not given. */
  specificity?: (word: string) => number;
  /** Everyday words and phrases → the report's register (`lexicon/human-rights-synonyms.txt`). */
  thesaurus?: Thesaurus;
  /** Whether the report's text holds a (normalised) phrase, in any case: a compound's parts side by side ("gun-shot"); without it, none is split. */
  writes?: (phrase: string) => boolean;
  /** Term → the word the report most often writes for it: typos are corrected word to word ("stateles" → "stateless"), not stem to stem. */
  words?: Readonly<Record<string, string>>;
  /**
   * The closest word of general English to a typo that is no word of it (`EnglishSpelling`), within
   * `maxDistance` edits: the word meant when the report does not write it, or writes it in another form.
   */
  english?: (typo: string, maxDistance: number) => Spelling | undefined;
  /**
   * The closest word of general English a typo sounds like (`SoundSpelling`: "corupshun" → corruption, "wimmen" →
   * women), within `maxDistance` edits: a spelling by ear, too far in letters for any other correction to find.
   */
  soundsLike?: (typo: string, maxDistance: number) => Spelling | undefined;
  /**
   * Whether a word the report does not write is a word of English as typed rather than a typo of `meant`, the word
   * a correction found (`realWordTest`: "texting", "paperless"). Without it, every such word may be corrected.
   */
  isWordAsTyped?: (typed: string, meant: string) => boolean;
  /**
   * The report word a word of English the report does not write was typed for, chosen by `context`, the question's other
   * words the report writes (`RealWordSlips`: "trails" among jury and panel is trials); undefined when the word fits its
   * context as typed. Without it, such a word is always read as typed.
   */
  slipFor?: (typed: string, context: readonly string[]) => string | undefined;
  /**
   * Remembers what the parser reads of each typed word (`TypedWord`): without it, each is looked up again
   * at every query. It depends on the word and this vocabulary only, never on an earlier query.
   */
  typedWords?: Map<string, TypedWord>;
}

/**
 * What the parser reads of a typed word that depends on the word and the report alone: its term, whether the
 * report has it, its lower-case form, its specificity… Read once per word of a query instead of in ~15
 * Map, Set and object lookups per word, each a likely cache miss on a warm query's first touch (round 19).
 */
export interface TypedWord {
  term: string | null;
  /** The report has the term. */
  known: boolean;
  /** The term is one the search ignores (the report's country). */
  ignored: boolean;
  /** `isContractedFunctionWord`. */
  contracted: boolean;
  /** Normalised, without a final "'s". */
  lower: string;
  capitalised: boolean;
  /** `vocabulary.specificity` of `lower` (1 without one). */
  specificity: number;
  /** `vocabulary.ambiguous` of `lower`; false for a word the report lacks (never read). */
  ambiguous: boolean;
  /** One of the words naming the kind of answer (`ANSWER_KIND_WORDS`). */
  answerKind: boolean;
  /** `sensesExpansion` of WordNet's senses of `lower`, once a query has needed it. */
  senses: SensesExpansion | undefined;
  /** `familyOf` the word's term in the report, once a query has needed it. */
  family: readonly string[] | undefined;
  /** `compoundParts` of the word in the report (null: none), once a query has needed it: each split stems both halves. */
  compound: readonly [string, string] | null | undefined;
  /**
   * `derivedTerms` of the word in the report, once a query has needed it: each relative was sliced and stemmed again for
   * every query that typed the word (issue 13 round 47).
   */
  derived: readonly string[] | undefined;
}

/** How many typed words a vocabulary remembers before it starts again (hostile input must not grow it without end). */
export const TYPED_WORDS_REMEMBERED = 10_000;

/** `TypedWord` of `surface`, remembered in `vocabulary.typedWords` when it has one. */
export function typedWordOf(surface: string, vocabulary: Vocabulary): TypedWord {
  const memo = vocabulary.typedWords;
  let word = memo?.get(surface);
  if (word !== undefined) return word;
  word = readTypedWord(surface, vocabulary);
  if (memo) {
    if (memo.size >= TYPED_WORDS_REMEMBERED) memo.clear();
    memo.set(surface, word);
  }
  return word;
}

/** The report's terms among a word's WordNet senses, with their weights, in the order `parseQuery` adds them. */
export interface SensesExpansion {
  terms: readonly string[];
  weights: readonly number[];
}

/**
 * The report's terms among a word's synonyms, broader words and definition, each list's weight shared
 * between its terms so a word with many senses is not worth more (a term may come in more than one list).
 */
export function sensesExpansion(senses: WordSenses, vocabulary: Vocabulary): SensesExpansion {
  const terms: string[] = [];
  const weights: number[] = [];
  const expand = (words: readonly string[], weight: number) => {
    const found = new Set<string>();
    for (const w of words) {
      const term = termOf(w);
      if (term && vocabulary.documentFrequency[term] !== undefined && !vocabulary.ignored.has(term)) found.add(term);
    }
    const share = weight / Math.sqrt(found.size || 1);
    for (const term of found) {
      terms.push(term);
      weights.push(share);
    }
  };
  expand(senses.synonyms, EXPANSION_WEIGHTS.synonym);
  expand(senses.broader, EXPANSION_WEIGHTS.broader);
  expand(senses.definition, EXPANSION_WEIGHTS.definition);
  return { terms, weights };
}

function readTypedWord(surface: string, vocabulary: Vocabulary): TypedWord {
  const term = termOf(surface);
  const known = term !== null && vocabulary.documentFrequency[term] !== undefined;
  const lower = withoutPossessive(normalize(surface));
  return {
    term,
    known,
    ignored: term !== null && vocabulary.ignored.has(term),
    contracted: isContractedFunctionWord(surface),
    lower,
    capitalised: isCapitalised(surface),
    specificity: vocabulary.specificity?.(lower) ?? 1,
    ambiguous: known && (vocabulary.ambiguous?.(lower) ?? false),
    answerKind: ANSWER_KIND_WORDS.has(lower),
    senses: undefined,
    family: undefined,
    compound: undefined,
    derived: undefined,
  };
}

/** A typo's correction: the word meant and its term. */
export interface Correction {
  word: string;
  /** Undefined for a function word ("agian": again), left out like one. */
  term: string | undefined;
  /** True for a spelling by ear's (`Vocabulary.soundsLike`): nothing closer in letters was found. */
  heard?: true;
}

/**
 * How much a typed word's family in the report (`familyOf`: citizenship for "citizens", marriage for
 * "married") counts next to the word as typed: a stand-in in ranking and the bold sentence (round 39).
 */
export const FAMILY = { weight: 0.7 };
/**
 * How much expansions count next to a typed word. A word the report uses is meant as typed (its
 * synonyms measurably add more noise than recall on the dev questions); for a word it never uses,
 * WordNet's synonyms, broader terms and definition stand in for it.
 */
export const EXPANSION_WEIGHTS = { synonym: 0.6, broader: 0.4, definition: 0.3, compound: 0.5, neighbour: 0.8, thesaurus: 0.8 };
/**
 * How much an expansion says the report knows a word, for coverage. Unrelated words often sit
 * 0.6–0.7 apart in vector space (tomorrow ~ yesterday), true synonyms 0.8–0.95 (jail ~ prison),
 * so similarity is rescaled from `from` up; WordNet finds some report word for almost anything;
 * a thesaurus entry is a maintainer's word that the report means the same.
 */
export const KNOWN = { from: 0.6, wordnet: 0.2, thesaurus: 0.9 };
/**
 * A word the report never writes whose WordNet derivational relative it does ("strikers" / strike,
 * `derivedTerms`): searched as that relative (`weight` × a thesaurus expansion's) and known `known`
 * for coverage (round 59). Only a word at least `specific` in general English: a rare derived word is
 * plainly its relative's form ("senatorial", "deportees", "bribable"), while a common one has a life
 * of its own (currency / current, referee / refer, foundation / found, student / study) that its own
 * vector neighbours already tell. Known 0.9, a thesaurus entry's, answered off-topic questions whose
 * other words the report lacks ("corruption perceptions index", "are bribable referees a problem in
 * football"); 0.6 answered none. `weight` 0 turns it off.
 */
export const DERIVED = { weight: 1, known: 0.6, specific: 0.8 };
/**
 * A word the report never writes that is an inflection of a lemma it does (`WordSenses.inflectionOf`: "longest" /
 * long, "youngest" / young; Porter stemming leaves an adjective's -er and -est on): searched as that lemma (`weight` × a
 * thesaurus expansion's) and known `known` for coverage, as the word in another form (round 129). Known 0.6, a
 * derivational relative's: 0.9 lifted the word past the dense score's gate (`RANKING.denseGate` 0.7) and lost three first
 * places ("what's the longest working week allowed"); weight 0.5 or more put "long working hours" first for them. `weight`
 * 0 turns it off.
 */
export const INFLECTED = { weight: 0.3, known: 0.6 };
/**
 * An irregular form the report never writes ("oversaw", "midwives", "busiest") is read through its base by WordNet's
 * exception lists (`Vocabulary.irregularSenses`, round 131) only when at least `specific` in general English: a common
 * one ("grew", "bought", "taught") has vector neighbours of its own, and read as its base's senses, with the lemmas of their
 * own ("kept", "built", "spoken"), it answered four off-topic questions and lost six first places over the public files.
 */
export const IRREGULAR = { specific: 0.8 };
/**
 * Passes over the vocabulary one query may make for typo corrections and compounds (each unknown
 * word costs one or more, remembered or not: `TypoBudget`): past it, further unknown words are left
 * as typed. Keeps a query of many made-up words as cheap as a few.
 */
export const MAX_TYPO_PASSES = 8;

/** What a scan of a word list found for a word, and the passes of a query's budget finding it spent. */
export interface Scanned<T> {
  value: T;
  passes: number;
}

/**
 * One query's budget of passes over word lists (`MAX_TYPO_PASSES`). A scan remembered from an earlier
 * query spends the passes computing it spent, as if computed again: an answer is a pure function of the
 * question and the index. Until December 2026 a remembered correction cost nothing, so a query with more
 * typos than the budget ("taing seatbelt's kidz goverment") corrected one more of them ("goverment")
 * when asked a second time, or after another question holding one of its typos.
 */
class TypoBudget {
  private spent = 0;

  /** Spends one pass; false once the budget is spent. */
  private readonly mayScan = (): boolean => this.spent++ < MAX_TYPO_PASSES;

  /**
   * `scan`'s value for `key` (undefined: the budget refused it a pass), remembered in `memo`. A value
   * remembered is read when the budget still holds the passes computing it spent, and spends them;
   * otherwise it is computed within what is left, as a service remembering nothing would, and kept only
   * when no pass was refused (bounded, 10,000 keys).
   */
  remembered<T>(memo: Map<string, Scanned<T>> | undefined, key: string, scan: (mayScan: () => boolean) => T | undefined): T | undefined {
    const kept = memo?.get(key);
    if (kept && this.spent + kept.passes <= MAX_TYPO_PASSES) {
      this.spent += kept.passes;
      return kept.value;
    }
    let passes = 0;
    let refused = false;
    const value = scan(() => {
      if (this.mayScan()) passes++;
      else refused = true;
      return !refused;
    });
    if (memo && !kept && !refused && value !== undefined && memo.size < 10_000) memo.set(key, { value, passes });
    return value;
  }
}
/**
 * Words the report does not use that one query may look up in WordNet (a binary search on disk
 * each, about half a millisecond): past it, further such words are left out of the search.
 */
export const MAX_UNKNOWN_WORDS = 16;
/**
 * An everyday word ("people", "time") the report rarely writes looks rare to BM25 and outweighs the
 * query's real topic ("how many people died in custody" put a paragraph saying "People's" twice first):
 * a typed word more common in general English than `common` (specificity, ~ the 100 commonest
 * words) counts in proportion, down to `floor`. Steady for `common` 0.40–0.50 on both question sets.
 */
export const EVERYDAY = { common: 0.42, floor: 0.3 };
function everydayWeight(specificity: number): number {
  if (specificity >= EVERYDAY.common) return 1;
  return Math.max(EVERYDAY.floor, specificity / EVERYDAY.common);
}
/**
 * "can people protest", "how long can someone be held", "what happens to people who…": a generic word for a person,
 * unqualified, is the asker's frame, not the topic. The report writes "persons" and "individuals", so BM25 read
 * "people" as rare and telling (0.88 after `EVERYDAY`) and put "People's Assembly" and "the people of Kazakhstan" in
 * the first three for 239 questions it does not answer. Qualified ("stateless people", "how many people", "disabled
 * people") the word names who is asked about and keeps its weight: only after a function word or first does it count
 * `weight` in ranking. Round 125: 0.3, every public file hit@1 +9 −1; 0.5 +7 −1; at every position +27 −20.
 */
export const ASKER_FRAME = { weight: 0.3 };
const PERSON_WORDS = new Set('people person someone somebody anyone anybody everyone everybody folks'.split(' '));
/** The words before a person word that leave it unqualified: auxiliaries, modals, conjunctions, prepositions, a few verbs of letting. */
const BEFORE_PLAIN_PERSON = new Set('can could do does did are is were was will would should may might must if when that for to of and or with let make makes help stop'.split(' '));
function isAskerFrame(lower: string, surfaces: readonly string[], i: number): boolean {
  return PERSON_WORDS.has(lower) && (i === 0 || BEFORE_PLAIN_PERSON.has(normalize(surfaces[i - 1] ?? '')));
}
/**
 * In a question about what the law allows ("is it illegal to be gay", "is homosexuality illegal"),
 * the word that makes it such a question is its frame, not its topic: a rare one ("illegal") otherwise
 * puts any paragraph that says it first. It counts `weight` and not toward coverage; the ranking's
 * legal-provision bonus already asks for what it asks. Only legal/illegal after "it" or at the end:
 * "allowed", "forbidden" are often the report's own word ("are forbidden to strike"), and measured
 * as frames too they lost as many questions as they won.
 */
export const LAW_FRAME = { weight: 0.5 };
const LAW_FRAME_WORDS = new Set('legal illegal lawful unlawful'.split(' '));
/**
 * "are refugees allowed to work", "is it permitted to strike": "allowed" or "permitted" right before "to"
 * in a question opening with a form of "be" asks what the law allows; the words after it are the topic.
 * Typed at full weight, "allowed" put a paragraph first for "allows" or "were allowed to" in another
 * matter ("are refugees allowed to get a job": the refugee certificate that "allows them to stay"). It
 * counts `weight` in ranking; unlike the law frame it still counts toward coverage (measured as a frame
 * there, "are stateless people allowed to work" was refused). Round 22: 0.5 gained less, 0.2 the same.
 */
export const PERMISSION_FRAME = { weight: 0.3 };
const PERMISSION_WORDS = new Set(['allowed', 'permitted']);
const PERMISSION_OPENINGS = new Set(['are', 'is', 'am', 'was', 'were']);
/**
 * A capitalised word the report uses (not the query's first word) counts toward coverage with this
 * share of its specificity: in a country report a city or a name is mostly a setting ("how many
 * tourists visit Almaty", "train schedule Almaty to Astana" were covered on the city names alone), so
 * whether the report covers the question rests on its other words. The cost: "is there hatred against
 * Jewish people" is refused. Measured 0.1–0.5; 0.3 and 0.1 alike.
 */
export const KNOWN_NAME_SPECIFICITY = 0.3;
/**
 * Whether a word is capitalised ("Almaty"): an upper-case letter, then lower-case ones. ASCII is
 * answered without the Unicode pattern, which is parsed when its function is first compiled (~0.2 ms
 * of a process's first query, whether or not it runs).
 */
export function isCapitalised(surface: string): boolean {
  const first = surface.charCodeAt(0);
  // Opening with a letter of another script (or empty): the pattern decides.
  if (!(first < 128)) return isCapitalisedInAnyScript(surface);
  if (first < 65 || first > 90 || surface.length < 2) return false;
  for (let i = 1; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c >= 128) return isCapitalisedInAnyScript(surface);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isCapitalisedInAnyScript(surface: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(surface);
}
/**
 * Shortest typo corrected to a thesaurus word: the thesaurus's everyday words are few and short ones
 * are close to many typos ("trals" is one edit from "trans").
 */
const EVERYDAY_TYPO_LENGTH = 6;
/** How much a typo correction counts: almost as much as the word meant. */
const CORRECTION_WEIGHT = 0.9;

/**
 * Negated auxiliaries ("can't", "couldn't", "haven't") and pronouns' contractions ("you're", "they'd",
 * "I've", "he'll": the last stems to "hell") the stop words miss: function words, but unknown to the
 * report, they counted as fully specific unknown words and got in-scope questions refused. Looked up
 * in sets rather than matched by regular expressions: V8 compiles a pattern on its first use, and two
 * of them were ~0.25 ms of the first query after start-up. Either apostrophe, in any letter case.
 */
const NEGATED_AUXILIARIES = new Set('ca could should would must might need have has had ai sha do does did is are was were wo'.split(' '));
const CONTRACTED_PRONOUNS = new Set('i you we they he she it that there here who what where when how why'.split(' '));
const PRONOUN_ENDINGS = new Set('m re ve d ll s'.split(' '));
/**
 * Function words as people spell them in chat ("can u go to jail", "can ur boss fire u"): general
 * English, like the stop words. Unknown to the report, "ur" counted as a name (WordNet's city of Ur),
 * unknown and fully specific, and got the question refused (round 30).
 */
const CHAT_FUNCTION_WORDS = new Set('u ur r ya yr pls plz cuz coz abt wat wht lol lmao lmfao omg tbh ngl smh imo imho idk nah yeah yep yup rn'.split(' '));

/** Whether a typed word is a negated auxiliary, a pronoun's contraction or a function word spelt as in chat (see above). */
export function isContractedFunctionWord(surface: string): boolean {
  const lower = surface.toLowerCase();
  if (CHAT_FUNCTION_WORDS.has(lower)) return true;
  const apostrophe = Math.max(lower.indexOf("'"), lower.indexOf('’'));
  if (lower.endsWith('nt')) return NEGATED_AUXILIARIES.has(lower.slice(0, -2));
  return apostrophe >= 0 && isContraction(lower, apostrophe);
}

/** `isContractedFunctionWord` of a word with an apostrophe at `apostrophe`; apart, so that a query without one does not compile it. */
function isContraction(lower: string, apostrophe: number): boolean {
  if (apostrophe === lower.length - 2 && lower.endsWith('t') && lower[apostrophe - 1] === 'n') return NEGATED_AUXILIARIES.has(lower.slice(0, apostrophe - 1));
  return CONTRACTED_PRONOUNS.has(lower.slice(0, apostrophe)) && PRONOUN_ENDINGS.has(lower.slice(apostrophe + 1));
}

/**
 * A word the report does not use, with at least this many WordNet senses (every part of speech
 * together: "go" 35, "pick" 21, "watch" 13; "jail" 2, "kid" 7), is an everyday word of many uses: its
 * nearest words in vector space are other everyday words ("go" → come, make, way; "picked" → turn,
 * went, came), not stand-ins, so they are not searched. They still say how well the report knows it,
 * for coverage, and its WordNet expansions stay (without them the shared dev set lost a first place).
 * Steady for 10–14 (round 16).
 */
export const GENERIC_SENSES = 12;

/**
 * How a word is used, by part of speech, for `isMostlyModifier` and `isMostlyVerb`: its senses weighed by how often WordNet's
 * corpus tagged them (`WordSenses.uses`). Counting senses alone (`parts`) read "tree" (3 noun senses, 4 verb ones) as a verb
 * (round 157); its tags read it as the noun it is used as (110 : 4). Round 159.
 */
function usesByPart(senses: WordSenses): Readonly<Record<PartOfSpeech, number>> | undefined {
  return senses.uses ?? senses.parts;
}

/** Whether a word is mostly used as an adjective or an adverb (`QueryWord.modifier`; `usesByPart`). */
function isMostlyModifier(parts: Readonly<Record<PartOfSpeech, number>>): boolean {
  return (parts.adj + parts.adv) * 2 > parts.noun + parts.verb + parts.adj + parts.adv;
}

/**
 * Whether most of a word's WordNet senses are a verb's (`QueryWord.action`): a verb the report never writes
 * ("die", "sits", "overrule") says what happens to the question's topic, named by its other words, as an
 * adjective says how it stands. A word in -ing is left out: a gerund names an activity, the topic itself
 * ("the legal drinking age" found "the minimum legal age for employment" and was answered; round 49).
 */
function isMostlyVerb(parts: Readonly<Record<PartOfSpeech, number>>): boolean {
  return parts.verb * 2 > parts.noun + parts.verb + parts.adj + parts.adv;
}

/**
 * A typed word the report uses with at least `senses` WordNet senses over every part of speech ("run"
 * 57, "make" 51, "take" 44, "charge" 40; "police" 2: `AmbiguousWords`) says little of which passage is
 * meant: it counts `weight`. "who runs the police" found "state-run institutions" first, "do judges take
 * bribes" a judge who "took" part. Round 16: from 25 to 45 senses, at 0.3–0.7, no question of any set
 * lost its place; 40 at 0.5 gained the most (own set tune and held-out hit@1 +2 each).
 */
export const AMBIGUOUS = { senses: 40, weight: 0.5 };

/**
 * A phrasal verb WordNet lists ("pick people up", "turn them away", "get rid of", "stick around": `phrasalVerbAt`) means
 * something its words do not: "pick up" is the report's "apprehend", "turn away" its "refuse". Read word by word, "pick"
 * stood in for "choice", "select", "blame", and "rid" for "destroy", "free". When the query's other typed terms choose one
 * of its WordNet senses (`senseTerms`: a one-word lemma the report writes sharing paragraphs with them), that sense's
 * lemmas stand in for it as WordNet's synonyms do, its words' typed terms count `weight`, what they stood in for as
 * separate words is dropped, and its first word is known `known` for coverage. `lookups`: WordNet reads per query.
 * `maxShare`: a lemma in more of the report's paragraphs than this says nothing of a sense.
 */
export const LIGHT = { weight: 0.5, known: 0.6, lookups: 3, maxShare: 0.2 };

/**
 * Words asking for a figure that the report never writes ("what fraction of people could get online": "70
 * percent"), unlike `ANSWER_KIND_WORDS` searched as typed, since their stand-ins ("percent") find the figure, but
 * like them left out of coverage (`coverageOf`): counted as unknown, they refused the question (round 47).
 */
export const FIGURE_KIND_WORDS: ReadonlySet<string> = new Set(['fraction', 'fractions', 'ratio', 'ratios']);

/** Words that ask for a kind of answer rather than name a topic: they do not count toward coverage. */
const ANSWER_KIND_WORDS = new Set(
  'size sizes number numbers amount amounts count counts percentage percentages percent share shares proportion proportions rate rates figure figures statistics stats total level levels kind kinds type types example examples list lists details info information happen happened happens'.split(' '),
);

/**
 * The tokens naming what a "how many…" / "number of…" question counts: the words after it up to the
 * first stop word, at most three ("how many labor inspectors are there" → labor, inspectors). The
 * report states a count as a figure right before that noun ("258 labor inspectors", "seven political
 * parties registered"), which tells the answer from a sentence that merely has a figure and the words.
 * Asked only of a question `COUNT_QUESTION` matches.
 */
function countedNoun(surfaces: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < surfaces.length; i++) {
    const pair = `${surfaces[i - 1]!.toLowerCase()} ${surfaces[i]!.toLowerCase()}`;
    if (pair !== 'how many' && pair !== 'number of') continue;
    for (let j = i + 1; j < surfaces.length && j <= i + 3 && termOf(surfaces[j]!); j++) out.add(j);
  }
  return out;
}

/** Removes control and format characters (keeps letters of every script and emoji), collapses spaces. */
export function cleanQuery(raw: string): string {
  // Printable ASCII holds no control or format character, and its only white space is the space: most
  // queries skip the Unicode pattern (which a process's first query would compile), and one without
  // two spaces in a row has no run of white space to collapse.
  if (isPrintableAscii(raw)) return (raw.includes('  ') ? raw.replace(/\s+/g, ' ') : raw).trim();
  return withoutControlCharacters(raw).replace(/\s+/g, ' ').trim();
}

/** A function of its own: its pattern is parsed when the function is first compiled, which printable ASCII never needs. */
function withoutControlCharacters(raw: string): string {
  return raw.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ');
}

/** Whether every character of `s` is printable ASCII (space to tilde). */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** `word` without a final "'s" (a possessive). */
function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/**
 * The query with its quoted phrases unquoted, each phrase added to `phrases` normalised: a function of its own, so that
 * `parseQuery` of a query without quotes (most) does not compile it.
 */
function readQuotedPhrases(rest: string, phrases: string[]): string {
  return rest.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    const normalised = normalize(phrase).replace(/\s+/g, ' ').trim();
    if (normalised) phrases.push(normalised);
    return ` ${phrase} `;
  });
}

/**
 * `parseQuery`'s per-token lists that stay inside it (each typed word, its thesaurus entry as typed, each query word's
 * first token), kept from query to query and written from index 0, so a query makes no first backing store for them
 * (issue 13 round 41). Only indices below the query's own token and word counts are read; `parseQuery` never runs
 * inside itself. The typed surfaces are not kept: the thesaurus remembers the last array it matched by identity.
 */
const PARSE_SCRATCH = {
  typedWords: [] as TypedWord[],
  typedEntries: [] as Array<ThesaurusEntry | undefined>,
  wordTokens: [] as number[],
  terms: [] as WeightedTerm[],
  phraseTerms: [] as string[],
  phraseLifts: [] as number[],
  singleEntries: [] as string[],
  singleIdfs: [] as number[],
  // Copied out at their count (the typed surfaces a fresh array each query: the thesaurus knows the last one it matched
  // by identity), where lists grown by `push` made a store for 17 entries each (issue 13 round 55).
  surfaces: [] as string[],
  words: [] as QueryWord[],
};

/**
 * The parse in progress (`parseQuery` never runs inside itself, and nothing it calls parses): its vocabulary, how many of
 * `PARSE_SCRATCH.terms` it has added, and the query word it is reading, which each term added is for.
 */
const PARSE = { vocabulary: undefined as Vocabulary | undefined, termCount: 0, word: 0 };

/**
 * Adds a term to the parse's list (`PARSE_SCRATCH.terms`), for the word being read. The terms stay in the order first
 * added, each once: a list searched from its start, not a Map made, grown and spread into the result per query (a query
 * adds a few dozen at most; issue 13 round 33); copied at its count into the result, where a list grown by `push` past
 * 17 entries made a backing store of 41 and dropped the one of 17 (round 42). `from`: a family member
 * (`WeightedTerm.family`) or a thesaurus line's stand-in (`WeightedTerm.thesaurus`); each shape made only when needed.
 */
function addParsedTerm(term: string, weight: number, origin: WeightedTerm['origin'], from?: 'family' | 'thesaurus'): void {
  const terms = PARSE_SCRATCH.terms;
  const count = PARSE.termCount;
  const word = PARSE.word;
  let at = 0;
  while (at < count && terms[at]!.term !== term) at++;
  if (at < count && !(terms[at]!.weight < weight)) return;
  // A term added again with a larger weight keeps its place, as a Map's key did.
  const made: WeightedTerm = from === 'family' ? { term, weight, origin, word, family: true } : from === 'thesaurus' ? { term, weight, origin, word, thesaurus: true } : { term, weight, origin, word };
  if (at < count) terms[at] = made;
  else terms[PARSE.termCount++] = made;
}

/** Whether the parse's report uses a term. */
function isKnownTerm(term: string): boolean {
  return PARSE.vocabulary!.documentFrequency[term] !== undefined;
}

/**
 * How a thesaurus line's stand-ins share their weight (`EXPANSION_WEIGHTS.thesaurus` over the count's root of this power), so
 * that a word with many stand-ins is not worth more: the square root for a line of one word; the fourth for a line of a
 * two-word phrase ("without papers", "locked up", "asylum seekers") of at most `phraseTerms` stand-ins, whose own words the
 * report writes count 1 each: at the square root's share the phrase's everyday words ("papers", "shut") found another
 * passage. A longer line lists neighbouring topics ("get married": early, forced, marriage, minimum, age) and a longer
 * phrase ("forces his wife") has its own rule in the sentence ranking (round 72): both keep the square root.
 * Round 143, every public file: h1 +18 −7, h3 +13 −6; every phrase line h1 +33 −15 but two guards lost.
 * A stand-in rarer in the report than its line's average (paragraph idf) is the one that names the asked thing ("free
 * lawyer": indigent over attorney and the phrase "government-provided attorney") and takes its share × its idf over the
 * line's mean, at most the line's whole weight; the others keep their share (`rarity` 1; 0 turns it off). The line's
 * entries are its alternatives: a phrase counts once, at its words' mean idf, and its words are never lifted (the phrase is
 * read whole: "freedom of expression", "spousal rape"); only a one-word entry is. With `typed`, the typed word (a typed
 * phrase: its words' mean) joins the mean when the report writes it: a rare typed word ("online") already names the thing,
 * and its stand-ins stay level. Round 165 (every entry's words, no typed word): h1 +43 −24 but three guards red; round
 * 165b (these two): h1 +32 −17, both halves, the three guards green.
 */
export const THESAURUS_SHARE = { word: 0.5, phrase: 0.25, phraseTerms: 3, rarity: 1, typed: true };

/** A term's paragraph idf in the report being parsed (BM25's, as the index computes it; never below 0). */
function paragraphIdf(term: string): number {
  const vocabulary = PARSE.vocabulary!;
  const df = vocabulary.documentFrequency[term] ?? 0;
  return inverseDocumentFrequency(df, vocabulary.paragraphCount ?? df);
}

/** Adds the report's terms of thesaurus phrases to the parse; true when the report knows any. `phrase`: the line's left-hand side is a two-word phrase typed; `typedIdf`: the typed word's paragraph idf (a typed phrase: its words' mean), 0 when the report lacks it. */
function expandParsedPhrases(phrases: readonly string[], phrase = false, typedIdf = 0): boolean {
  // Each term once, in the order first found (as a Set iterates): the first `count` of a kept list searched from its
  // start, not a Set made per call (a call is a few terms; issue 13 round 55). `addParsedTerm` never calls back in here.
  const found = PARSE_SCRATCH.phraseTerms;
  const ignored = PARSE.vocabulary!.ignored;
  let count = 0;
  for (let p = 0; p < phrases.length; p++) {
    const terms = phraseTerms(phrases[p]!);
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      if (!isKnownTerm(term) || ignored.has(term)) continue;
      let at = 0;
      while (at < count && found[at] !== term) at++;
      if (at === count) found[count++] = term;
    }
  }
  const share = EXPANSION_WEIGHTS.thesaurus / Math.pow(count || 1, phrase && count <= THESAURUS_SHARE.phraseTerms ? THESAURUS_SHARE.phrase : THESAURUS_SHARE.word);
  if (THESAURUS_SHARE.rarity > 0 && count > 1) {
    // Each entry of the line is one alternative: a phrase weighs its known terms' mean idf, a word its own. Only a word
    // entry rarer than the entries' mean is lifted; a phrase's words keep their share (the phrase is read whole).
    const lifts = PARSE_SCRATCH.phraseLifts;
    for (let i = 0; i < count; i++) lifts[i] = 1;
    // The one-word entries (their term and idf), kept from the pass that takes the mean: the only ones a lift reads.
    const singles = PARSE_SCRATCH.singleEntries;
    const singleIdfs = PARSE_SCRATCH.singleIdfs;
    let entries = 0;
    let mean = 0;
    let single = 0;
    for (let p = 0; p < phrases.length; p++) {
      const terms = phraseTerms(phrases[p]!);
      let known = 0;
      let sum = 0;
      let word = '';
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        if (!isKnownTerm(term) || ignored.has(term)) continue;
        known++;
        sum += paragraphIdf(term);
        word = term;
      }
      if (known === 0) continue;
      entries++;
      mean += sum / known;
      if (known === 1) {
        singles[single] = word;
        singleIdfs[single++] = sum;
      }
    }
    if (typedIdf > 0 && THESAURUS_SHARE.typed) {
      entries++;
      mean += typedIdf;
    }
    mean /= entries || 1;
    if (entries > 1 && mean > 0) {
      for (let e = 0; e < single; e++) {
        const rarer = Math.max(1, singleIdfs[e]! / mean) ** THESAURUS_SHARE.rarity;
        const at = found.indexOf(singles[e]!);
        if (at >= 0 && at < count && rarer > lifts[at]!) lifts[at] = rarer;
      }
    }
    for (let i = 0; i < count; i++) addParsedTerm(found[i]!, Math.min(EXPANSION_WEIGHTS.thesaurus, share * lifts[i]!), 'expanded', 'thesaurus');
    return true;
  }
  for (let i = 0; i < count; i++) addParsedTerm(found[i]!, share, 'expanded', 'thesaurus');
  return count > 0;
}

/**
 * A chat query read against a report's vocabulary (`ParsedQuery`). `clean` is `cleanQuery(raw)`, when the caller has it
 * already (each run of its patterns costs, the second compiles them again to machine code).
 */
export function parseQuery(raw: string, vocabulary: Vocabulary, clean = cleanQuery(raw)): ParsedQuery {
  const sections: string[] = [];
  const phrases: string[] = [];
  // What every later step reads: chat spellings spelt out ("u", "4", "w/o"; `spellChat`), which is `clean` itself
  // when there are none. `clean` stays as typed, for the answer to quote, and section filters and quoted phrases
  // are read from it ("section:n" is no "section:and").
  const read = spellChat(clean);
  // Lower-cased once for the question patterns' word checks (see GatedPattern), and for the filter's.
  const lowerTyped = clean.toLowerCase();
  const lowerClean = read === clean ? lowerTyped : read.toLowerCase();
  // Most queries have neither a section filter nor a quoted phrase: their patterns are not run.
  let rest = !lowerTyped.includes('section:')
    ? clean
    : clean.replace(/\bsection:\s*(\S+)/gi, (_, ref: string) => {
        sections.push(ref);
        return ' ';
      });
  if (rest.includes('"') || rest.includes('“') || rest.includes('”')) rest = readQuotedPhrases(rest, phrases);
  if (read !== clean) rest = spellChat(rest);

  // The terms in the order first added, each term once (`addParsedTerm`), in the kept scratch; the query word they are
  // added for (`PARSE.word`).
  const terms = PARSE_SCRATCH.terms;
  PARSE.vocabulary = vocabulary;
  PARSE.termCount = 0;
  PARSE.word = 0;
  let unknown = 0;
  // Made at the first unknown word: most queries have none (issue 13 round 30: no object a query does not use).
  let budget: TypoBudget | undefined;
  // Module functions over the parse's state, not closures made per query (three and their context, ~0.3 KB: issue 13 round 55).
  const add = addParsedTerm;
  const known = isKnownTerm;
  const expandPhrases = expandParsedPhrases;
  const wordList = PARSE_SCRATCH.words;
  let wordsMade = 0;
  const wantsLaw = LAW_QUESTION.test(read, lowerClean);
  const tokens = rest.includes('-') ? joinHyphenated(tokenize(rest), rest, known) : tokenize(rest);
  // The per-token arrays are filled by `push`, not made by `map`: V8's optimised `map` makes a holey array where
  // its builtin makes a packed one, so the first optimised parse met arrays of another shape than the
  // unoptimised runs had, and fell back to them (round 8 of the bench's 20, optimised again in round 19).
  // Written from index 0 over the kept scratch (`PARSE_SCRATCH`): each query's entries replace the last query's.
  const { typedWords, typedEntries, wordTokens } = PARSE_SCRATCH;
  for (let i = 0; i < tokens.length; i++) {
    PARSE_SCRATCH.surfaces[i] = tokens[i]!.surface;
    typedWords[i] = typedWordOf(tokens[i]!.surface, vocabulary);
  }
  const typed = PARSE_SCRATCH.surfaces.slice(0, tokens.length);
  // Typos are corrected first, so the word meant is read as if typed: it joins a thesaurus phrase
  // ("foregn workers") and gets its expansions ("policmean" → policeman → police).
  let corrected: Map<number, Correction> | undefined;
  // Copied on the first correction only: the thesaurus remembers the keys of the last array it matched.
  let surfaces = typed;
  /** WordNet's answer for each unknown word looked up (within `MAX_UNKNOWN_WORDS`); past `lookedUpTo`, none is. */
  let sensesAt: Map<number, WordSenses | null> | undefined;
  let lookedUpTo = typed.length;
  for (let i = 0; i < typed.length; i++) typedEntries[i] = vocabulary.thesaurus?.match(typed, i);
  // A word inside a thesaurus phrase as typed is no typo, though the report and WordNet may not know it:
  // corrected, "bad-mouthing" became "bad months" and left its entry (criticism).
  let phraseEnd = 0;
  for (let i = 0; i < typed.length; i++) {
    const inPhrase = i < phraseEnd;
    phraseEnd = Math.max(phraseEnd, i + (typedEntries[i]?.length ?? 0));
    const { term, known: isKnown, ignored, contracted } = typedWords[i]!;
    if (!term || isKnown || ignored || contracted || typedEntries[i] || inPhrase) continue;
    const next = readUnknownWord(i, term, typed, surfaces, typedWords, (sensesAt ??= new Map()), (corrected ??= new Map()), vocabulary, (budget ??= new TypoBudget()), known);
    if (next === null) {
      lookedUpTo = i;
      break;
    }
    surfaces = next;
  }
  // Phrasal verbs WordNet lists ("pick people up", "get rid of") outside the thesaurus's phrases, read as one word each.
  const phrasal = vocabulary.verbSenses ? phrasalVerbs(surfaces, surfaces === typed ? typedEntries : undefined, vocabulary, (i) => rest[tokens[i]!.end] === '-') : undefined;
  // Asked of a counting question only: the others do not compile it.
  const countedTokens = COUNT_QUESTION.test(read, lowerClean) ? countedNoun(surfaces) : undefined;
  const counted: number[] = [];
  const wantsAgent = AGENT_QUESTION.test(read, lowerClean);
  const actionToken = wantsAgent ? askedToken(surfaces) : undefined;
  let asked: number | undefined;
  // Each query word's first token, `wordTokens[w]` for query word w: which words a clause holds (`eventWords`).
  for (let i = 0; i < tokens.length; i++) {
    const entry = surfaces === typed ? typedEntries[i] : vocabulary.thesaurus?.match(surfaces, i);
    if (entry && entry.length > 1) {
      // A phrase ("psych ward", "locked up") is one query word: its own known words plus its expansions.
      wordTokens[wordsMade] = i;
      wordList[wordsMade++] = phraseWord(surfaces.slice(i, i + entry.length), entry, vocabulary, known, add, expandPhrases);
      i += entry.length - 1;
      PARSE.word++;
      continue;
    }
    const fix = corrected?.get(i);
    const typedWord = typedWords[i]!;
    const term = fix ? fix.term : typedWord.term;
    if (!term || (fix ? vocabulary.ignored.has(term) : typedWord.ignored) || typedWord.contracted || isIgnoredVariant(term, sensesAt?.get(i), vocabulary.ignored)) continue;
    // A corrected typo is read as the word meant: its specificity, neighbours and thesaurus entry.
    const meantWord = fix ? typedWordOf(surfaces[i]!, vocabulary) : typedWord;
    const lower = meantWord.lower;
    // Words naming the kind of answer ("jury size", "number of jurors") say nothing about the topic.
    // "is it illegal to…" and "is homosexuality illegal" frame the question; "illegal detentions" names a topic.
    const frame = wantsLaw && LAW_FRAME_WORDS.has(lower) && (i === tokens.length - 1 || normalize(surfaces[i - 1] ?? '') === 'it');
    const permission = PERMISSION_WORDS.has(lower) && normalize(surfaces[i + 1] ?? '') === 'to' && PERMISSION_OPENINGS.has(normalize(surfaces[0] ?? ''));
    const queryWord: QueryWord = { word: lower, known: 0, specificity: meantWord.specificity, topical: !meantWord.answerKind && !frame };
    wordTokens[wordsMade] = i;
    wordList[wordsMade++] = queryWord;
    if (entry && expandPhrases(entry.expansions, false, isKnownTerm(term) ? paragraphIdf(term) : 0)) queryWord.known = KNOWN.thesaurus;
    if (countedTokens?.has(i)) counted.push(PARSE.word);
    if (i === actionToken) asked = PARSE.word;
    // An acronym typed in capitals ("TIP") is read through its line only: the report's "tip" (in the address of the
    // Trafficking in Persons Report) is the everyday word, another thing.
    if (entry?.acronym && queryWord.known > 0) {
      PARSE.word++;
      continue;
    }
    if (fix) queryWord.known = Math.min(queryWord.known, CORRECTION_WEIGHT);
    // "the us", "the uk": an abbreviation of another country, though the report has the stem ("us" of "use", round 103).
    if (!fix && typedWord.known && lower.length <= COUNTRY_ABBREVIATION_LENGTH && placedAsCountry(surfaces, i, lower) && isUnwrittenCountry(lower, vocabulary)) {
      queryWord.known = 0;
      queryWord.specificity = 1;
      PARSE.word++;
      continue;
    }
    if (fix ? known(term) : typedWord.known) {
      if (fix) queryWord.corrected = true;
      if (fix) add(term, CORRECTION_WEIGHT, 'corrected');
      else {
        const weight = everydayWeight(queryWord.specificity) * (frame ? LAW_FRAME.weight : permission ? PERMISSION_FRAME.weight : 1) * (typedWord.ambiguous ? AMBIGUOUS.weight : 1) * (isAskerFrame(lower, surfaces, i) ? ASKER_FRAME.weight : 1);
        add(term, weight, 'typed');
        if (FAMILY.weight) {
          // Indexed, not `for … of` (an iterator and a result per member while V8 runs this unoptimised, the first dozens of rounds).
          const family = (typedWord.family ??= familyOf(term, typedWord.lower, (t) => known(t) && !vocabulary.ignored.has(t)));
          for (let m = 0; m < family.length; m++) add(family[m]!, weight * FAMILY.weight, 'expanded', 'family');
        }
      }
      queryWord.known = fix ? CORRECTION_WEIGHT : 1;
      // A name the report uses (Almaty, Astana) is where things happen, not what the question is about.
      if (i > 0 && typedWord.capitalised) queryWord.specificity *= KNOWN_NAME_SPECIFICITY;
      PARSE.word++;
      continue;
    }
    // Every lookup below costs (word vectors, WordNet on disk, a pass over the vocabulary): a budget per query.
    if (++unknown > MAX_UNKNOWN_WORDS || i >= lookedUpTo) {
      PARSE.word++;
      continue;
    }
    expandUnknownWord(queryWord, term, meantWord, typedWord, i, sensesAt?.has(i) && !fix ? sensesAt.get(i)! : vocabulary.senses(lower), entry, vocabulary, (budget ??= new TypoBudget()), known, add, !fix && placedAsCountry(surfaces, i, lower));
    // The word meant counts no more than the correction is sure of.
    if (fix) queryWord.known = Math.min(queryWord.known, CORRECTION_WEIGHT);
    PARSE.word++;
  }
  const words = wordList.slice(0, wordsMade);
  // A phrasal verb's sense is read from the query's other words, once every word is read (`LIGHT`).
  if (phrasal) {
    const count = PARSE.word;
    for (const phrase of phrasal.values()) {
      const verb = phrasalWords(phrase, surfaces, words, wordTokens);
      const found = verb.words.length ? senseOf(verb, terms, PARSE.termCount, vocabulary, known) : [];
      if (found.length === 0) continue;
      PARSE.termCount = weighDown(verb, terms, PARSE.termCount);
      PARSE.word = verb.words[0]!;
      for (const term of found) add(term, EXPANSION_WEIGHTS.synonym / Math.sqrt(found.length), 'expanded');
      words[PARSE.word]!.known = Math.max(words[PARSE.word]!.known, LIGHT.known);
    }
    PARSE.word = count;
  }
  const wantsQuantity = QUANTITY_QUESTION.test(read, lowerClean);
  const wantsPenalty = PENALTY_QUESTION.test(read, lowerClean);
  // The length of an opening "when" clause (`WHEN_CLAUSE`), in `read`; the tokens are `rest`'s, the same text unless a filter or a quoted phrase was taken out.
  const whenClause = WHEN_CLAUSE.exec(read, lowerClean)?.[0].length;
  const wantsDate = DATE_QUESTION.test(read, lowerClean) && (whenClause === undefined || DATE_NAMED.test(read));
  const situationAt = whenClause !== undefined && rest === read ? situationWords(wordTokens, wordsMade, tokens, whenClause) : undefined;
  const situation = situationAt ? { words: situationAt, asked: read.slice(whenClause) } : undefined;
  const wantsDuration = DURATION_QUESTION.test(read, lowerClean);
  // A figure, a date, a span or a law asks for what a sentence states, not for what came next.
  const event = wantsQuantity || wantsDate || wantsDuration || wantsLaw || !EVENT_CLAUSE.test(read, lowerClean) ? undefined : eventWords(words, wordTokens, eventClauseToken(surfaces), surfaces);
  const termList = terms.slice(0, PARSE.termCount);
  return { clean, meant: corrected?.size ? meantText(rest, tokens, surfaces) : read, sections, phrases, terms: termList, wantsQuantity, wantsLaw, wantsDate, wantsCondition: CONDITION_QUESTION.test(read, lowerClean), wantsPenalty, wantsAgent, asked, wantsDuration, event, wantsFact: FACT_QUESTION.test(read, lowerClean), wantsCause: CAUSE_QUESTION.test(read, lowerClean), wantsAssessment: ASSESSMENT_QUESTION.test(read, lowerClean), wantsView: VIEW_QUESTION.test(read, lowerClean), wantsAny: ANY_QUESTION.test(read, lowerClean), wantsAge: AGE_ASKED.test(read, lowerClean), wantsPermission: PERMISSION_QUESTION.test(read, lowerClean), wantsPractice: !wantsLaw && PRACTICE_QUESTION.test(read, lowerClean) && !RULE_ASKED.test(read), asksOpen: OPEN_QUESTION.test(read, lowerClean), wantsSum: SUM_QUESTION.test(read, lowerClean) && !COUNT_QUESTION.test(read, lowerClean), keywords: isKeywordQuery(rest, tokens), wantsUpperBound: UPPER_BOUND_QUESTION.test(read, lowerClean) || ((wantsQuantity || wantsPenalty) && LARGEST_QUESTION.test(read, lowerClean)), actor: ACTOR_QUESTION.test(read, lowerClean) ? actorTerm(surfaces) : undefined, counted, words, situation };
}

/** `parseQuery`'s adding of a term to the query (the larger weight kept), at the query word it is reading. */
type AddTerm = (term: string, weight: number, origin: WeightedTerm['origin'], from?: 'family' | 'thesaurus') => void;

/** A phrasal verb of the query as read into query words, its sense to be read from the other words (`LIGHT`). */
interface PhrasalWords {
  /** Its query words: the verb's ("pick"; none for a stop word, "get" of "get rid of") and its particles' ("away"), the first taking the stand-ins. */
  words: number[];
  /** Its own typed terms, which are no stand-ins. */
  own: ReadonlySet<string>;
  senses: ReadonlyArray<readonly string[]>;
}

/** The query words a phrasal verb's tokens were read as (`wordTokens`: each word's first token), and its own terms. */
function phrasalWords(verb: PhrasalVerb, surfaces: readonly string[], words: readonly QueryWord[], wordTokens: readonly number[]): PhrasalWords {
  const at: number[] = [];
  for (let w = 0; w < words.length; w++) if (verb.tokens.includes(wordTokens[w]!)) at.push(w);
  const own = new Set<string>();
  for (const t of verb.tokens) {
    const term = termOf(surfaces[t]!);
    if (term !== null) own.add(term);
  }
  return { words: at, own, senses: verb.senses };
}

/**
 * The query's phrasal verbs by their verb's token, and their particles' tokens, for `parseQuery`: none inside or starting
 * a thesaurus phrase, whose line a maintainer wrote for it (`typedEntries`: the matches as typed, undefined when a word
 * was corrected). Exported for a test of its optimised code.
 */
export function phrasalVerbs(surfaces: readonly string[], typedEntries: ReadonlyArray<ThesaurusEntry | undefined> | undefined, vocabulary: Vocabulary, hyphened: (i: number) => boolean): Map<number, PhrasalVerb> | undefined {
  // Filled by `push`, not made by `map`: V8's optimised `map` makes a holey list where its builtin makes a packed one, and
  // the optimised code met the other shape at `mayHoldPhrasalVerb`'s `some` and was thrown away (issue 13 round 57).
  const lower: string[] = [];
  for (let i = 0; i < surfaces.length; i++) lower.push(normalize(surfaces[i]!));
  if (!mayHoldPhrasalVerb(lower)) return undefined;
  // One entry per word, false unless set: a read past a shorter list (a particle after the last phrase) was a case the
  // optimised code had not met, and it was thrown away at the first such question (issue 13 round 57).
  const inPhrase: boolean[] = [];
  for (let i = 0; i < surfaces.length; i++) inPhrase.push(false);
  for (let i = 0; i < surfaces.length; i++) {
    const entry = typedEntries ? typedEntries[i] : vocabulary.thesaurus?.match(surfaces, i);
    for (let k = 0; k < (entry?.length ?? 0); k++) inPhrase[i + k] = true;
  }
  const lookups = { left: LIGHT.lookups };
  let found: Map<number, PhrasalVerb> | undefined;
  // The words a phrasal verb found has taken, one entry per word as `inPhrase` (a `Set` made for every query that holds a
  // particle, most questions: issue 13 round 69).
  const taken: boolean[] = [];
  for (let i = 0; i < surfaces.length; i++) taken.push(false);
  for (let i = 0; i < surfaces.length - 1; i++) {
    // "make-up", "set-up", "take-over": a noun, no verb.
    if (inPhrase[i] || taken[i] || hyphened(i)) continue;
    const verb = phrasalVerbAt(lower, i, vocabulary.verbSenses!, lookups);
    if (!verb || verb.tokens.some((t) => inPhrase[t])) continue;
    (found ??= new Map()).set(i, verb);
    for (const t of verb.tokens) taken[t] = true;
  }
  return found;
}

/** The report's terms for the sense of a phrasal verb that the query's other typed terms choose (`LIGHT`, `senseTerms`). */
function senseOf(verb: PhrasalWords, terms: readonly WeightedTerm[], termCount: number, vocabulary: Vocabulary, known: (term: string) => boolean): string[] {
  if (!vocabulary.paragraphsOf) return [];
  const context: string[] = [];
  for (let k = 0; k < termCount; k++) {
    const t = terms[k]!;
    // Typed and corrected terms only: a stand-in may itself be of a wrong sense.
    if (!verb.words.includes(t.word) && t.origin !== 'expanded' && !context.includes(t.term)) context.push(t.term);
  }
  const maxParagraphs = LIGHT.maxShare * (vocabulary.paragraphCount ?? Infinity);
  return senseTerms(verb.senses, verb.own, context, { known: (t) => known(t) && !vocabulary.ignored.has(t), paragraphsOf: vocabulary.paragraphsOf, maxParagraphs });
}

/**
 * A phrasal verb's words once its sense is read: their typed terms count `LIGHT.weight`, and what their reading as separate
 * words stood in for them is dropped (WordNet's "destroy" for the "rid" of "get rid of", the vectors' neighbours of "pick";
 * not a typed word's family). Returns the term count left.
 */
function weighDown(verb: PhrasalWords, terms: WeightedTerm[], termCount: number): number {
  let kept = 0;
  for (let k = 0; k < termCount; k++) {
    const t = terms[k]!;
    if (verb.words.includes(t.word)) {
      if (t.origin === 'expanded' && !t.family) continue;
      if (t.origin !== 'expanded' && t.weight > LIGHT.weight) terms[k] = { ...t, weight: LIGHT.weight };
    }
    terms[kept++] = terms[k]!;
  }
  return kept;
}

/**
 * Reads a typed word neither the report nor the thesaurus knows, for `parseQuery`: a British spelling of a
 * word the report writes, WordNet's senses (kept in `sensesAt`), or a typo's correction (kept in
 * `corrected`). Returns the surfaces, copied on their first change, or null when the budget of unknown
 * words looked up is spent. A function of its own so that a query of known words does not compile it.
 */
function readUnknownWord(
  i: number,
  term: string,
  typed: readonly string[],
  surfaces: string[],
  typedWords: TypedWord[],
  sensesAt: Map<number, WordSenses | null>,
  corrected: Map<number, Correction>,
  vocabulary: Vocabulary,
  budget: TypoBudget,
  known: (term: string) => boolean,
): string[] | null {
  const { lower } = typedWords[i]!;
  // A British spelling of a word the report writes ("centres", "labour") is that word as typed, not a typo.
  const american = americanSpellings(lower).find((w) => {
    const t = termOf(w);
    return t !== null && known(t) && !vocabulary.ignored.has(t);
  });
  if (american) {
    if (surfaces === typed) surfaces = [...typed];
    surfaces[i] = american;
    typedWords[i] = typedWordOf(american, vocabulary);
    return surfaces;
  }
  if (sensesAt.size === MAX_UNKNOWN_WORDS) return null;
  let senses = vocabulary.senses(lower);
  if (vocabulary.irregularSenses && (vocabulary.specificity?.(lower) ?? 1) >= IRREGULAR.specific) senses = vocabulary.irregularSenses(lower) ?? senses;
  sensesAt.set(i, senses);
  // A word WordNet lists but English hardly uses (outside the vectors' words: "judes", "shuned") may
  // be a typo of one the report writes; it is corrected only to such a word.
  const rare = senses !== null && !senses.properName && (vocabulary.specificity?.(lower) ?? 0) >= 1;
  if (senses && !rare) return senses.properName ? surfaces : readSlip(i, lower, typed, surfaces, typedWords, corrected, vocabulary);
  let meant = correction(lower, term, vocabulary, budget, !rare);
  if (rare && !(meant?.term && known(meant.term))) meant = undefined;
  // A word of English as typed is no typo, though no source of ours knows it: corrected, "texting" was read as the
  // report's "heating" and "paperless" as "powerless" (round 128).
  // A spelling by ear is made of words as often as not ("wimmen": wim + men, "violashuns": violas + huns): its sound decides.
  if (meant && !meant.heard && vocabulary.isWordAsTyped?.(lower, meant.word)) {
    // Read as the word after a prefix that keeps its meaning, when the report writes that ("reentering": entering).
    const rest = keptAfterPrefix(lower, (w) => {
      const t = termOf(w);
      return t !== null && known(t) && !vocabulary.ignored.has(t);
    });
    const restTerm = rest === undefined ? null : termOf(rest);
    meant = rest !== undefined && restTerm !== null ? { word: rest, term: restTerm } : undefined;
  }
  if (meant) {
    if (surfaces === typed) surfaces = [...typed];
    // "waht's new": the possessive or "is" stays with the word meant.
    surfaces[i] = meant.word + (/['’]s$/i.exec(typed[i]!)?.[0] ?? '');
    corrected.set(i, meant);
  }
  return surfaces;
}

/**
 * A word of English the report does not write, read as the report word it was typed for when the question's other
 * words the report writes choose one (`Vocabulary.slipFor`, round 137); else left as typed. Returns the surfaces, copied
 * on their first change. For `readUnknownWord`.
 */
function readSlip(i: number, lower: string, typed: readonly string[], surfaces: string[], typedWords: TypedWord[], corrected: Map<number, Correction>, vocabulary: Vocabulary): string[] {
  if (!vocabulary.slipFor) return surfaces;
  const context: string[] = [];
  for (let j = 0; j < typedWords.length && j < typed.length; j++) {
    const w = typedWords[j]!;
    if (j !== i && w.term && w.known && !w.ignored && !vocabulary.ignored.has(w.term)) context.push(w.lower);
  }
  const meant = vocabulary.slipFor(lower, context);
  const term = meant === undefined ? null : termOf(meant);
  if (meant === undefined || term === null) return surfaces;
  if (surfaces === typed) surfaces = [...typed];
  surfaces[i] = meant + (/['’]s$/i.exec(typed[i]!)?.[0] ?? '');
  corrected.set(i, { word: meant, term });
  return surfaces;
}

/** The query word of a thesaurus phrase as typed (`phrase`: its surfaces), its terms added; for `parseQuery`. */
function phraseWord(phrase: readonly string[], entry: ThesaurusEntry, vocabulary: Vocabulary, known: (term: string) => boolean, add: AddTerm, expandPhrases: (phrases: readonly string[], phrase: boolean, typedIdf: number) => boolean): QueryWord {
  const lower = phrase.map((w) => normalize(w)).join(' ');
  let typed = false;
  let typedIdf = 0;
  let typedCount = 0;
  for (let i = 0; i < phrase.length; i++) {
    const term = termOf(phrase[i]!);
    if (term && known(term) && !vocabulary.ignored.has(term)) {
      add(term, 1, 'typed');
      typed = true;
      typedIdf += paragraphIdf(term);
      typedCount++;
    }
  }
  const expanded = expandPhrases(entry.expansions, phrase.length <= 2, typedCount ? typedIdf / typedCount : 0);
  // Weighed by all its words, as they would weigh apart: as one word ("top judges"), an unplaced word beside it outweighed it.
  const specificity = phrase.reduce((sum, w) => sum + (termOf(w) ? (vocabulary.specificity?.(normalize(w)) ?? 1) : 0), 0);
  return { word: lower, known: expanded ? KNOWN.thesaurus : typed ? 1 : 0, specificity, topical: true };
}

/**
 * Expands a query word the report does not know, for `parseQuery`: by WordNet's `senses` (those of the word
 * meant, for a corrected typo), a compound the report writes in two, and the word vectors' neighbours;
 * a name the report never mentions gets no stand-in.
 */
function expandUnknownWord(
  queryWord: QueryWord,
  term: string,
  meantWord: TypedWord,
  typedWord: TypedWord,
  i: number,
  senses: WordSenses | null,
  entry: ThesaurusEntry | undefined,
  vocabulary: Vocabulary,
  budget: TypoBudget,
  known: (term: string) => boolean,
  add: AddTerm,
  placed: boolean,
): void {
  const lower = meantWord.lower;
  const generic = (senses?.count ?? 0) >= GENERIC_SENSES;
  const used = senses ? usesByPart(senses) : undefined;
  if (used && isMostlyModifier(used)) queryWord.modifier = true;
  else if (used && isMostlyVerb(used) && !lower.endsWith('ing')) queryWord.action = true;
  // A compound the report writes in two ("gunshot": gun-shot) is its two words (round 37).
  const form = vocabulary.writes ? (meantWord.compound ??= compoundParts(lower, known, vocabulary.writes) ?? null) : null;
  if (form) {
    for (let k = 0; k < form.length; k++) add(form[k]!, EXPANSION_WEIGHTS.thesaurus / Math.sqrt(form.length), 'expanded');
    queryWord.known = KNOWN.thesaurus;
  }
  // A gender-neutral title whose older "-man" form the report writes ("ombudsperson": ombudsman) is that title (round 162).
  const titled = !senses && !form ? genderedTitleTerm(lower, (t) => known(t) && !vocabulary.ignored.has(t)) : undefined;
  if (titled !== undefined) {
    add(titled, EXPANSION_WEIGHTS.thesaurus, 'expanded');
    queryWord.known = KNOWN.thesaurus;
  }
  const neighbours = vocabulary.neighbours?.(lower) ?? [];
  // Indexed loops here and in `expandPhrases`: a function run once per unknown word is seldom optimised, and each step of
  // an array's iterator then made a result object (issue 13 round 47).
  for (let k = 0; k < neighbours.length; k++) {
    const n = neighbours[k]!;
    if (vocabulary.ignored.has(n.term)) continue;
    if (!generic) add(n.term, (EXPANSION_WEIGHTS.neighbour * n.similarity) / Math.sqrt(neighbours.length), 'expanded');
    queryWord.known = Math.max(queryWord.known, sharesRoot(term, n.term) ? KNOWN.thesaurus : (n.similarity - KNOWN.from) / (1 - KNOWN.from));
  }
  // A derivational relative the report writes ("strikers": strike, "senatorial": senator) is the word in
  // another form, as a thesaurus entry is (round 59); never a negated one ("unfair" is no "fair").
  if (DERIVED.weight && senses && vocabulary.derived && queryWord.specificity >= DERIVED.specific) {
    const relatives = (meantWord.derived ??= derivedTerms(lower, vocabulary.derived(lower), (t) => known(t) && !vocabulary.ignored.has(t)));
    for (let k = 0; k < relatives.length; k++) add(relatives[k]!, (EXPANSION_WEIGHTS.thesaurus * DERIVED.weight) / Math.sqrt(relatives.length), 'expanded');
    if (relatives.length) queryWord.known = Math.max(queryWord.known, DERIVED.known);
  }
  // An inflection of a lemma the report writes ("longest": long) is that word in another form (round 129).
  if (INFLECTED.weight && senses?.inflectionOf) {
    const lemmas = senses.inflectionOf;
    const found: string[] = [];
    for (let k = 0; k < lemmas.length; k++) {
      const t = termOf(lemmas[k]!);
      if (t !== null && t !== term && known(t) && !vocabulary.ignored.has(t) && !found.includes(t)) found.push(t);
    }
    for (let k = 0; k < found.length; k++) add(found[k]!, (EXPANSION_WEIGHTS.thesaurus * INFLECTED.weight) / Math.sqrt(found.length), 'expanded');
    if (found.length) queryWord.known = Math.max(queryWord.known, INFLECTED.known);
  }
  // The other way round: a verb the report writes only inflected, in a form Porter stems apart ("die": "died" is di; "add":
  // "added" is ad), is the word in another form too (round 159).
  if (INFLECTED.weight && senses?.parts?.verb && vocabulary.writes) {
    const found: string[] = [];
    // Its regular verb forms, the word itself left out (first).
    for (const form of inflectedForms(lower, ['verb']).slice(1)) {
      const t = termOf(form);
      if (t === null || t === term || !known(t) || vocabulary.ignored.has(t) || found.includes(t)) continue;
      if (vocabulary.senses(form)?.inflectionOf?.includes(lower) && vocabulary.writes(form)) found.push(t);
    }
    // Searched only: known `INFLECTED.known`, "how many people die of cancer every year" was answered (round 49's pin).
    for (let k = 0; k < found.length; k++) add(found[k]!, (EXPANSION_WEIGHTS.thesaurus * INFLECTED.weight) / Math.sqrt(found.length), 'expanded');
  }
  if (senses) {
    const expansion = (meantWord.senses ??= sensesExpansion(senses, vocabulary));
    for (let e = 0; e < expansion.terms.length; e++) add(expansion.terms[e]!, expansion.weights[e]!, 'expanded');
    if (expansion.terms.length) queryWord.known = Math.max(queryWord.known, KNOWN.wordnet);
    if (EXPANSION_WEIGHTS.compound) {
      const compounds = budget.remembered(vocabulary.compounds, term, (mayScan) => (mayScan() ? compoundsOf(term, vocabulary.documentFrequency, wordTestOf(vocabulary)) : undefined));
      if (compounds) for (let k = 0; k < compounds.length; k++) add(compounds[k]!, EXPANSION_WEIGHTS.compound, 'expanded');
    }
  }
  // A capitalised name the report never mentions (Germany, Tokyo) has no stand-in: a neighbour in
  // vector space (Russia) is another place, not the same one, and a name is as specific as a word gets. It still expands for ranking.
  // Typed in lower case ("torture in germany"), it is one when WordNet knows it as a proper name.
  // So is a word one of whose first senses is a country, typed where a place goes ("in turkey", "the uk": round 103), unless
  // it is a form of a word the report writes ("uzbek": Uzbekistan, read with the passages by `otherCountryForm`).
  if (!entry && ((i > 0 && typedWord.capitalised) || senses?.properName || (placed && senses?.countryName === true && queryWord.known < KNOWN.thesaurus))) {
    queryWord.known = 0;
    queryWord.specificity = 1;
    // A name ("Swiss", "Egyptian") says where, not how: never a modifier.
    delete queryWord.modifier;
    delete queryWord.action;
  } else if (!senses && queryWord.known === 0 && queryWord.specificity >= 1 && vocabulary.specificity) {
    // Nothing knows it: a closed compound of two English words is a paraphrase, anything else a name or a coinage (round 63).
    const specificity = vocabulary.specificity;
    if (splitsIntoWords(lower, (part) => specificity(part) < 1)) queryWord.compound = true;
  }
}

/** The longest known word read as a country's abbreviation ("us", "uk", "usa"): a longer one is the report's word. */
const COUNTRY_ABBREVIATION_LENGTH = 3;

/** The words before which a country's name goes: "in turkey", "from japan", "to the uk", "the us". */
const PLACE_WORDS = new Set(['in', 'from', 'to', 'of', 'the']);

/** Object pronouns, which WordNet may list as a country's abbreviation ("US"): such a word is a country only after "the". */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'it', 'them', 'you']);

/**
 * Whether the word at `i` stands where a country's name goes (round 103): after a preposition of place or "the" ("in
 * turkey", "from japan", "the uk"), a pronoun only after "the" ("in the us", not "let us" nor "to us").
 */
function placedAsCountry(surfaces: readonly string[], i: number, lower: string): boolean {
  if (i === 0) return false;
  const before = normalize(surfaces[i - 1]!);
  return OBJECT_PRONOUNS.has(lower) ? before === 'the' : PLACE_WORDS.has(before);
}

/**
 * Whether a short word the report knows by its stem is a country's abbreviation it never writes as typed: "us" (the
 * report's stem of "use", "used"), typed "the us". A report writing "US" or "us" itself keeps it (`Vocabulary.writes`).
 */
function isUnwrittenCountry(lower: string, vocabulary: Vocabulary): boolean {
  return vocabulary.senses(lower)?.countryName === true && vocabulary.writes?.(lower) === false;
}

/**
 * Whether a word is another spelling of a name search ignores (the report's country): a proper name in
 * WordNet ("Kazakstan", its older spelling of Kazakhstan) one edit from it. WordNet knows the word, so it
 * is no typo to correct, and as a name the report never writes it counted as unknown and fully specific:
 * "how many jews live in kazakstan" was refused (round 30).
 */
function isIgnoredVariant(term: string, senses: WordSenses | null | undefined, ignored: ReadonlySet<string>): boolean {
  if (!senses?.properName) return false;
  for (const name of ignored) if (name.length >= ROOT && damerauLevenshtein(term, name) <= 1) return true;
  return false;
}

/**
 * English prefixes a writer may join with a hyphen or not ("pre-trial" / pretrial, "co-workers",
 * "non-citizens"): not words of their own. General English, like the stop words.
 */
const HYPHEN_PREFIXES = new Set('pre post co non ex re anti de sub semi multi inter intra mid self cyber counter extra over under un mis micro mini'.split(' '));

/**
 * `tokens` with a word that a hyphen splits read as the writer meant it (round 30). Tokenising splits
 * at a hyphen ("same-sex" → same, sex), so "pre-trial detention" was "pre" and "trial": "pre", a word
 * the report never writes, counted as an unknown, fairly specific one. When the report writes the two
 * parts as one word ("pretrial"), they are that word; else a prefix the report does not write is left
 * out ("co-workers" → workers). A prefix the report writes ("anti" of "anti-Semitism") stays.
 */
function joinHyphenated(tokens: Token[], text: string, known: (term: string) => boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || next.start !== token.end + 1 || text[token.end] !== '-') {
      out.push(token);
      continue;
    }
    const prefix = termOf(token.surface);
    if (prefix !== null && known(prefix)) {
      out.push(token);
      continue;
    }
    const joined = termOf(token.surface + next.surface);
    if (joined !== null && known(joined)) {
      out.push({ surface: token.surface + next.surface, start: token.start, end: next.end });
      i++;
    } else if (!HYPHEN_PREFIXES.has(normalize(token.surface))) out.push(token);
  }
  return out;
}

/** The shortest root two terms must share to be one word in two forms (`sharesRoot`). */
const ROOT = 5;

/**
 * Whether two terms are one word's forms that Porter stemming leaves apart: one opens the other, and
 * the shorter has at least `ROOT` letters ("sanit" of sanitation, "sanitari" of sanitary).
 */
export function sharesRoot(a: string, b: string): boolean {
  // Two conditionals, not a destructured pair: the array and its iterator were made on every call (issue 13 round 47).
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  return short.length >= ROOT && long.startsWith(short);
}

/**
 * `termsOf` a thesaurus phrase, kept: the same few hundred phrases come back query after query (never a
 * query's own words: only the thesaurus's expansions are asked).
 */
function phraseTerms(phrase: string): readonly string[] {
  let terms = thesaurusPhraseTerms.get(phrase);
  if (!terms) {
    terms = termsOf(phrase);
    if (thesaurusPhraseTerms.size >= 10_000) thesaurusPhraseTerms.clear();
    thesaurusPhraseTerms.set(phrase, terms);
  }
  return terms;
}

const thesaurusPhraseTerms = new Map<string, readonly string[]>();

/** `text` with each token whose word was corrected (`surfaces` differs from it) replaced by the word meant, white space collapsed. */
function meantText(text: string, tokens: readonly Token[], surfaces: readonly string[]): string {
  let out = '';
  let at = 0;
  tokens.forEach((t, i) => {
    if (surfaces[i] === t.surface) return;
    out += text.slice(at, t.start) + surfaces[i]!;
    at = t.end;
  });
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}

/**
 * The word a typo meant and its term, or undefined: the report's word closest to it (word to word:
 * "stateles" → stateless, its stem "statel" being one edit from "state"), or a closer word of general
 * English (`Vocabulary.english`: "pecentage" → percentage, "ganted" → granted, a form of the report's
 * word other than its commonest); then stem to stem; else an everyday word of the thesaurus
 * ("policmean" → policeman) from `EVERYDAY_TYPO_LENGTH` letters. Remembered per report and per
 * thesaurus; each pass over a word list spends the query's budget.
 */
function correction(lower: string, term: string, vocabulary: Vocabulary, budget: TypoBudget, bySound: boolean): Correction | undefined {
  const fixed = budget.remembered(vocabulary.corrections, lower, (mayScan) => (mayScan() ? (closestWord(lower, term, vocabulary, mayScan, bySound) ?? null) : undefined));
  if (fixed) return fixed;
  const thesaurus = vocabulary.thesaurus;
  if (!thesaurus || lower.length < EVERYDAY_TYPO_LENGTH) return undefined;
  const meant = budget.remembered(thesaurus.corrections, lower, (mayScan) => (mayScan() ? (correctWord(lower, thesaurus.words, {}) ?? null) : undefined));
  const meantTerm = meant && termOf(meant);
  return meant && meantTerm ? { word: meant, term: meantTerm } : undefined;
}

/** `correction`'s word lists but the thesaurus: the report's words, general English, the report's stems, and last the sound of general English's words. */
function closestWord(lower: string, term: string, vocabulary: Vocabulary, mayScan: () => boolean, bySound: boolean): Correction | undefined {
  const { words, documentFrequency } = vocabulary;
  const fromReport = words ? correctWord(lower, words, documentFrequency) : undefined;
  const reportWord = fromReport && (words?.[fromReport] ?? fromReport);
  // General English for a word of plain letters, when it is closer or keeps more of the typed letters.
  const english = vocabulary.english && lower.length >= MIN_TYPO_LENGTH && /^[a-z]+$/.test(lower) && mayScan() ? vocabulary.english(lower, maxTypoDistance(lower.length)) : undefined;
  // A function word meant ("agian": again) has no term: the typo is dropped like the word.
  if (english && (!reportWord || isCloser(lower, english, reportWord))) return { word: english.word, term: termOf(english.word) ?? undefined };
  if (fromReport && reportWord) return { word: reportWord, term: fromReport };
  // The stem-to-stem fallback is another pass over the vocabulary: it spends the budget too.
  const stem = !words || mayScan() ? correctTypo(term, documentFrequency) : undefined;
  if (stem) return { word: words?.[stem] ?? stem, term: stem };
  // Nothing close in letters: a spelling by ear, unless WordNet lists the word (`bySound` false: a rare one; "shoos" is not "shows").
  const heard = bySound && vocabulary.soundsLike && lower.length >= SHORTEST_HEARD && /^[a-z]+$/.test(lower) ? vocabulary.soundsLike(lower, soundDistance(lower.length)) : undefined;
  return heard ? { word: heard.word, term: termOf(heard.word) ?? undefined, heard: true } : undefined;
}

/**
 * Shortest word read as a spelling by ear when nothing closer in letters was found: a shorter one unknown to every
 * source is as often a name ("covid": caved, "kumys": kms, "qashu": quash) as a spelling by ear.
 */
const SHORTEST_HEARD = 6;

/**
 * Edits a spelling by ear may be from the word meant when it sounds alike: a little under one in two letters ("wimmen":
 * women 2, "corupshun": corruption 4, "tradishunal": traditional 3), where a typo of the
 * fingers is held to one or two.
 */
function soundDistance(length: number): number {
  return Math.max(2, Math.floor(length * 0.45));
}

/** Whether `english` is closer to the typo than the report's `word`: fewer edits, or as many keeping more typed letters. */
function isCloser(typo: string, english: Spelling, word: string): boolean {
  const distance = damerauLevenshtein(typo, word);
  return english.distance < distance || (english.distance === distance && english.kept > lettersKept(typo, word));
}

/**
 * How many of the typed letters `b` keeps: their longest common subsequence, and one more when `b` is
 * `a` with two letters swapped, which keeps every letter ("agian": again, not asian).
 */
export function lettersKept(a: string, b: string, bStart = 0, bLength = b.length - bStart): number {
  const kept = commonSubsequence(a, b, bStart, bLength);
  if (bLength !== a.length || kept !== a.length - 1) return kept;
  const sorted = (w: string) => [...w].sort().join('');
  return sorted(a) === sorted(b.slice(bStart, bStart + bLength)) ? kept + 1 : kept;
}

/**
 * Shortest typo corrected to a word of general English ("woen": women, "kdis": kids, "jbo": job): a
 * word of three or four letters is one edit from many, but the commonest of those that keep its
 * letters is usually meant. The report's own words are corrected from five letters (`correctWord`).
 */
const MIN_TYPO_LENGTH = 3;

/** Edits a typo of `length` letters may be from the word meant: 1 for 5–6 letters, 2 from 7. */
function maxTypoDistance(length: number): number {
  return length >= 7 ? 2 : 1;
}

const wordTests = new WeakMap<Vocabulary, (w: string) => boolean>();

/**
 * Whether WordNet knows a word, as `compoundsOf` asks of a compound's rest: one function per vocabulary, not one per
 * call. `compoundsOf`'s loop is optimised within its first long pass, with the function it was given as the one it
 * calls; another query's new function was a wrong target there and threw the code away (docs/search-speed.md, issue 13 round 51).
 */
export function wordTestOf(vocabulary: Vocabulary): (w: string) => boolean {
  let test = wordTests.get(vocabulary);
  if (test === undefined) wordTests.set(vocabulary, (test = (w) => vocabulary.senses(w) !== null));
  return test;
}

/**
 * Report terms that are compounds of a word: tap → wiretap. The rest of the compound must be a
 * word of four or more letters (`isWord`), and a fragment found in more than two is too common.
 */
export function compoundsOf(term: string, documentFrequency: Readonly<Record<string, number>>, isWord: (w: string) => boolean): string[] {
  if (term.length < 3) return [];
  const out: string[] = [];
  for (const candidate in documentFrequency) {
    if (candidate.length < term.length + 4) continue;
    const suffix = candidate.endsWith(term);
    if (!suffix && !candidate.startsWith(term)) continue;
    // The rest before or after the term, cut by one call whose bounds are computed alike either way: the first
    // compound ending in its word, met after the loop was optimised on ones starting with it, threw the code away
    // at an operation only that case ran (a fresh `hr`'s first; docs/search-speed.md, issue 13 round 51).
    const rest = candidate.slice(suffix ? 0 : term.length, candidate.length - (suffix ? term.length : 0));
    if (isWord(rest)) out.push(candidate);
  }
  return out.length <= 2 ? out : [];
}

/**
 * The report term whose commonest written word is closest to `word` by Damerau–Levenshtein distance
 * (1 edit for words of 5–6 letters, 2 from 7); on a tie, the word keeping more of the typed letters
 * ("maried": married, not marked), then the commoner term. Words, not stems: "stateles" stems to
 * "statel", one edit from "state" but three from "stateless", and "maried" to "mari", too short to correct.
 */
export function correctWord(word: string, words: Readonly<Record<string, string>>, documentFrequency: Readonly<Record<string, number>>): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const maxDistance = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  let bestKept = 0;
  let bestFrequency = 0;
  for (const term in words) {
    const candidate = words[term]!;
    if (Math.abs(candidate.length - word.length) > maxDistance) continue;
    const d = damerauLevenshtein(word, candidate, maxDistance);
    if (d > bestDistance) continue;
    // On a tie, the word that keeps more of the typed letters ("maried": married, not marked), then the commoner.
    const kept = commonSubsequence(word, candidate);
    const frequency = documentFrequency[term] ?? 0;
    if (d < bestDistance || kept > bestKept || (kept === bestKept && frequency > bestFrequency)) {
      best = term;
      bestDistance = d;
      bestKept = kept;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= maxDistance ? best : undefined;
}

/**
 * The closest vocabulary term by Damerau–Levenshtein distance (1 edit for words of 5–6 letters,
 * 2 from 7), preferring the commoner term on ties. Short words are never corrected: too risky.
 */
export function correctTypo(term: string, documentFrequency: Readonly<Record<string, number>>): string | undefined {
  if (term.length < 5 || /\d/.test(term)) return undefined;
  const maxDistance = term.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  let bestFrequency = 0;
  for (const candidate in documentFrequency) {
    if (Math.abs(candidate.length - term.length) > maxDistance) continue;
    const d = damerauLevenshtein(term, candidate, maxDistance);
    const frequency = documentFrequency[candidate]!;
    if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = d;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= maxDistance ? best : undefined;
}

/**
 * Rows of the two distances below, reused by every call (single-threaded, used within one call):
 * a typo scan calls them for thousands of words, and arrays (and a closure) made per call were most
 * of what V8 compiled for it. Grown when a longer word comes. A packed plain array, not a typed one
 * (`plain-arrays.ts`: no check for a detached buffer on each access).
 */
let rowScratch = smallIntegers(3 * 64, 0);

function rowsFor(cols: number): number[] {
  if (rowScratch.length < 3 * cols) rowScratch = smallIntegers(6 * cols, 0);
  return rowScratch;
}

/**
 * Length of the longest common subsequence of two short words; `b` may be a slice of a longer text
 * (`bStart`, `bLength`: a word of the word list `EnglishSpelling` scans, without a string of its own).
 */
export function commonSubsequence(a: string, b: string, bStart = 0, bLength = b.length - bStart): number {
  const cols = bLength + 1;
  const rows = rowsFor(cols);
  // Two rows side by side in the scratch: `prev` at `p`, `cur` at `c`, swapped after each row.
  let p = 0;
  let c = cols;
  // Both rows start at 0, and column 0 stays 0.
  for (let j = 0; j < 2 * cols; j++) rows[j] = 0;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) rows[c + j] = ai === b.charCodeAt(bStart + j - 1) ? rows[p + j - 1]! + 1 : Math.max(rows[p + j]!, rows[c + j - 1]!);
    const t = p;
    p = c;
    c = t;
  }
  return rows[p + cols - 1]!;
}

/**
 * Optimal-string-alignment distance, giving up early once every path exceeds `max`; `b` may be a
 * slice of a longer text, as for `commonSubsequence`. Without `max`, never: a row's least cost is at
 * most its index, so none exceeds `a`'s length. That default is a small integer like every `max` a
 * caller gives, where `Infinity` was a heap number: the first call without one (a fresh `hr`'s first
 * typo weighed against English, `isCloser`) threw the function's optimised code away ("not a Smi" at
 * `rowMin > max`; docs/search-speed.md, issue 13 round 51).
 */
export function damerauLevenshtein(a: string, b: string, max = a.length, bStart = 0, bLength = b.length - bStart): number {
  const rowCount = a.length + 1;
  const cols = bLength + 1;
  const rows = rowsFor(cols);
  // Three rows in the scratch, rotated: two back (`p2`), the previous (`p`) and the current (`c`).
  let p2 = 0;
  let p = cols;
  let c = 2 * cols;
  // Row 0; the row two back is read only from row 2 on, when it is row 0.
  for (let j = 0; j < cols; j++) rows[p + j] = j;
  for (let i = 1; i < rowCount; i++) {
    rows[c] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(bStart + j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(rows[p + j]! + 1, rows[c + j - 1]! + 1, rows[p + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(bStart + j - 2) && before === bj) v = Math.min(v, rows[p2 + j - 2]! + 1);
      rows[c + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = p2;
    p2 = p;
    p = c;
    c = t;
  }
  return rows[p + cols - 1]!;
}

/** Function words a keyword query may hold: they link two topic words ("detention before charges", "rights of migrants"). */
const LINKING_WORDS = new Set(['of', 'for', 'in', 'on', 'by', 'with', 'and', 'or', 'before', 'after', 'during', 'against', 'between', 'under', 'without', 'about', 'from', 'at']);

/**
 * Whether a query is keywords as typed into a search box: no question mark, and no function word but
 * a linking preposition or conjunction. A question word, an auxiliary, an article or a pronoun makes a
 * sentence ("deadline to file a detention complaint"), whose words do not all name the topic.
 */
export function isKeywordQuery(text: string, tokens: readonly Token[]): boolean {
  if (text.includes('?')) return false;
  for (let i = 0; i < tokens.length; i++) if (termOf(tokens[i]!.surface) === null && !LINKING_WORDS.has(normalize(tokens[i]!.surface))) return false;
  return true;
}
