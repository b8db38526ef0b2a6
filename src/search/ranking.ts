/**
 * Re-ranking of MiniSearch's BM25 candidates with evidence BM25 over whole paragraphs misses:
 * the best single sentence, a heading's overview paragraph, figures for "how many" questions,
 * and query words that stand together. Everything per query is computed once, in `QueryScorer`.
 */
import { type Bm25Results, inverseDocumentFrequency as idf } from './bm25-index.js';
import { type IndexedSentence, type ReportIndex, sentencesOf } from './built-index.js';
import { ALIGNMENT, type QueryAlignment, type TermSimilarities } from './alignment.js';
import type { DenseSentences } from './dense.js';
import { actsAsSubject } from './acting.js';
import { namedByAcronym } from './acronyms.js';
import { namedExpansions } from './names.js';
import { MONEY, causeSentences, dateOnlySentences, largestFigures, permittedActsOf, shareSentences } from './figures.js';
import { SHARE_QUESTION, STATES_AGE, STATES_CAUSE, STATES_LAW, STATES_PERMISSION } from './answer-kinds.js';
import { EVERYDAY, type ParsedQuery, type WeightedTerm } from './query.js';
import { SENTENCE_FLAGS, type SentenceTerms, sentenceTermsOf } from './sentence-terms.js';
import { doubles, smallIntegers } from './plain-arrays.js';

/**
 * Ranking weights. MiniSearch ranks paragraphs by BM25 over text and headings (`k`, `b`, with the
 * heading path weighted `headings`); sentences are ranked by sentence-level BM25 (`sk`, `sb`), with
 * a bonus for consecutive query words found together (`bigram`) and, when the question asks for a
 * figure, for a sentence stating one (`quantity`). The two rankings are fused by reciprocal rank
 * (`fusionK`; the sentence ranking weighted `sentence`), plus `lead` votes for a heading's first
 * paragraph when the query names the heading (`titled` when the query is wholly the heading's title
 * words and names at least `titleShare` of it; for a figure question, `titled` never, and `lead` only
 * for an overview that states a figure). Rank fusion beat adding normalised scores on the dev
 * questions (hit@1 0.633 → 0.717) and is steady across `fusionK` 10–30. The question's type
 * favours sentences that answer it: a figure (`quantity`), what the law provides or prohibits for
 * "can…/is it legal…" (`law`), a date for "when" (`date`). For the bold answer only, the opening
 * sentence is preferred by `opening` (not for a "who…" question, nor, with `openingCounted`, for a
 * question a later sentence of which holds more of its typed words), and a neighbour scoring `pair` × the best joins it (so does the
 * predecessor of a sentence referring back (`IndexedSentence.refersBack`), when `backReference` is on: 1, off: 0); for a
 * penalty question, a sentence stating a penalty scores at least `context` × the best, × (1 + `penalty`); for "who <verb>…", a
 * sentence holding the verb as typed scores at least `context` × the best, × (1 + `asked`); for a yes/no or
 * "why…" question, a later sentence holding its last word (of sentence value at least `factGate`) the opening
 * lacks scores so too, × (1 + `fact`). When the
 * query has a topical word the report barely knows (known < `denseGate`), the candidates' best
 * sentence cosine with the query (word vectors) joins the fusion as a third ranking (`dense`);
 * always on, it helped the repository's questions and hurt the shared dev set. A "how many X"
 * question favours, by `counted`, a sentence with a figure at most `countedGap` terms before X
 * ("258 labor inspectors"): tune hit@1 0.805 → 0.818, held-out and shared dev unchanged. When a
 * topical word is not one the report writes as typed (known < `alignmentGate`: a thesaurus word, a
 * vector neighbour, an unknown word), the candidates' best sentence by soft word alignment
 * (`alignment.ts`: each query word's closest word in the sentence) joins as a fourth ranking
 * (`alignment`); round 9: tune hit@1 0.757 → 0.784, held-out hit@3 0.923 → 0.946 but hit@1 0.797 →
 * 0.788, shared dev unchanged. Every weight here is hand-set: fitting the fusion's weights on the
 * tuning half (`bench/fit-fusion.ts`) won there and lost the shared dev set (docs/search-quality.md, round 9).
 * A keyword query (`ParsedQuery.keywords`) votes `together` for a paragraph one of whose sentences,
 * with its heading path, holds every typed word (round 33: 2 first places won, none lost; steady 0.25–1).
 * A "how many X" question votes `countedVote` for a paragraph whose best sentence states a figure right
 * before X as typed (round 36: "an estimated 950,000 migrants in the country" over a paragraph first by
 * BM25 on "migration police"; 15 first places won and 2 lost over every public set; steady 0.1–0.15).
 * In the sentence ranking, a thesaurus stand-in of a word the report does not write, whose sentence idf
 * is at least `standInIdf` (a word few sentences hold: "LGBTI", "same-sex"), weighs `standIn` as the word
 * typed would, not its share (round 40: 25 first places won and 5 lost over every public set; `sentenceStandInWeight`).
 * The bold answer joins a neighbour scoring at least `spans` × the best sentence when the neighbour holds
 * a query word the best one lacks (round 51: answer@1 up on tune and 8 probe files, down on none; 0.1–0.2 alike).
 * When the query's most specific topical word is rare in English (specificity at least `rareSpecificity`) and
 * the report knows it only through weak stand-ins (known at most `rareKnown`: WordNet's, or a vector neighbour
 * below cosine 0.72), the dense and alignment rankings weigh `rare` each, as much as a lexical ranking
 * (`restsOnRareWord`): BM25 sees such a word only through its stand-ins' small shares while the common words
 * around it pull other passages up, and the vector rankings read the word itself (round 53: 4 first places won
 * and 2 lost over every public set, no covered verdict moved; without "most specific", 7 won, 3 lost and one
 * in-scope question was refused).
 * A question asking what share of something is so ("what share / percentage / proportion of…", `SHARE_QUESTION`) votes
 * `share` for a paragraph whose best sentence states a share (`SHARE_STATED`: a percentage, "half", "two-thirds"): the
 * figure bonus counts any figure, and "An estimated 17,000 to 18,000 children suffered… abuse by their parents" beat
 * "40 percent used corporal punishment" for "what share of parents smack their kids" (round 65: 7 first places won and
 * none lost over every public set, no covered verdict of an off-topic row moved; the same for 0.5–1).
 * A question opening "can", "could" or "may" (`PERMISSION_QUESTION`) multiplies by 1 + `permitted` a sentence in which a modal
 * or a word of right or ban before "to" / "from" stands right before a term of a word the question typed (`permittedActs`):
 * "can X do Y" is answered by "X may / has the authority to do Y" (round 73: 10 first places won and 2 lost over every
 * public set, own hit@3 −1, held-out half and the round's probes unchanged, no covered verdict moved).
 * `permission` is the bold choice's own bonus for the same questions (`favourPermission`, round 74): a sentence saying
 * what may be done, whatever the verb.
 * `age` is the bold choice's pick for a question asking an age (`favourAge`, round 111): a sentence stating an age limit
 * or a person's age with its figure ("The legal minimum age for marriage is 18"), favoured as a penalty is.
 * `view` is the bold choice's pick for an analyst's question asking how something is judged (`favourView`, round 154): a
 * sentence reporting who judged it and how ("Observers criticized…"), bolded alone (public bold answers +2 −0, none lengthened).
 * `further` is the bold choice's pick, for a full question no other pick serves, of a later sentence holding two or more
 * typed question words the opening lacks and more of the question's words, when the opening is the best
 * (`favourFurtherWords`, round 84: 4 bold answers won and 1 lost over every public set, own and dev unchanged).
 * `practice` (on or off) joins, for a yes/no question about what happens (`ParsedQuery.wantsPractice`), an answer ending in a
 * sentence stating the law (`STATES_LAW`) with the next sentence when that does not state the law too: "The law allows police
 * to hold a detainee for 72 hours…" with "Human rights observers … alleged that authorities often used this phase of
 * detention to torture, beat…" (round 135: 12 bold answers won and none lost over every public set; lowering the law's
 * sentence instead won 18 and lost 24).
 * `continuation` (on or off) joins, for a question opening with a question word (`ParsedQuery.asksOpen`), the best sentence
 * with the next when no pick chose it, no neighbour joined it, and the next opens by referring back to it (`refersBack`:
 * "They…", "He also…", "In such cases…"): "According to the Ministry of Internal Affairs, there were 28 crisis centers in
 * 2016." with "They received 20 percent of their funding from the government…" for "who pays for crisis centers" (round 149).
 * `acronym` is what a sentence naming a body by the acronym its paragraph spelled out earlier ("the work of the CAB")
 * is credited for each question word of the name, × the word's value where the name is spelled out
 * (`creditAcronyms`, round 91: 6 bold answers won and 2 lost over every public set, 0.5 moved one).
 * When the fusion's first paragraph holds a typed topical word of the question (specificity at least
 * `headingTopicSpecificity`) nowhere, a candidate whose heading path names that word and whose text holds it gets
 * `headingTopic` (`voteForHeadingTopic`): "can refugees find a job easily" found "find" and "job" in a paragraph on
 * persons with disabilities, over *Protection of Refugees › Employment* (round 85: 28 first places won and 4 lost over
 * every public set, held-out half unchanged; the same vote for a word the text alone holds lost 2 : 11 there).
 * A "why…" question (`ParsedQuery.wantsCause`) multiplies by 1 + `causeStated` a sentence stating a cause (`STATES_CAUSE`:
 * "because", "due to", "as a result of"; `causeSentences`), as a figure question does a figure: the bold choice's `cause`
 * picked such a sentence within the first paragraph since round 46, and now the ranking reads it too ("why did the
 * zhumyrka news site pack up": "closed on January 24 as a result of threats of criminal persecution", round 127: 7 first
 * places won and 1 lost over every public set, no covered verdict moved; 0.5 +4 −2, 2 +8 −1, 3 +9 −2).
 * The paragraph right after the fusion's first under the same heading, when among the first `nextParagraphDepth`, is
 * scored at least `nextParagraph` × the first (`voteForNextParagraph`): a report carries a topic on into the next paragraph
 * without naming it again (round 150: 27 first threes won and 3 lost over every public set, no first place moved).
 * Exported for tuning.
 */
export const RANKING = { headings: 0.3, k: 1.2, b: 0.7, sk: 1.2, sb: 0.75, bigram: 0.3, quantity: 1, sentence: 1, lead: 0.2, fusionK: 20, dense: 0.5, denseGate: 0.7, law: 1, date: 0.5, opening: 0.2, pair: 0.7, backReference: 1, named: 0.5, titled: 1.5, titleShare: 0.66, penalty: 1, context: 0.6, counted: 1, countedGap: 2, alignment: 0.5, alignmentGate: 1, asked: 1, fact: 1, factGate: 3, upperBound: 1, actor: 1, duration: 1, together: 0.5, openingCounted: 1, countedVote: 0.15, standIn: 1, standInIdf: 4.5, cause: 1, causeStated: 1, sum: 1, spans: 0.2, event: 1, rare: 1, rareSpecificity: 0.8, rareKnown: 0.3, share: 0.5, permitted: 1, permission: 0.5, assessment: 1, view: 1, none: 1, askedDate: 1, age: 1, further: 1, practice: 1, continuation: 1, acronym: 1, headingTopic: 0.1, headingTopicSpecificity: 0.5, nextParagraph: 0.9, nextParagraphDepth: 5 };

/** Only this many BM25 candidates are re-ranked; the rest keep their BM25 order below them. */
const RERANK_DEPTH = 30;

/**
 * The words by which a sentence judges something or reports who judged it: what a question asking for a judgment
 * wants (`favourAssessment`). These reports state an assessment as an attributed view ("Observers criticized…",
 * "Critics charged…", "In the opinion of…", "were perceived as", "viewed … as") or a predicate of quality ("lacked",
 * "insufficient", "not independent", "unduly restrictive", "burdened", "effectively").
 */
const STATES_ASSESSMENT = /\b(?:criticiz|criticis|condemn|complain|alleged(?!ly)|allegations?|expressed\s+concern|were\s+concerned|concerns?\s+(?:over|about|regarding|that)|feared|perceiv|viewed\s|seen\s+as|regarded\s+as|believed|in\s+the\s+opinion|praised|positive|lack|insufficient|inadequate|ineffective|effective\b|effectively(?=[.,;]|\s+(?:and|but|although|or)\b)|unreliable|reliable|corrupt|substandard|independen|impartial|bias|unfair|inconsisten|not\s+consistent|transparen|overly|unduly|too\s+(?:lengthy|long|close|broad|slow|high|low|weak)|burden|poor|weak|ignor|reluctan|distrust|trust|qualif|competen)/i;
/**
 * The words by which a sentence reports who judged something and how: what a question asking how something is judged
 * wants (`favourView`). Only the attributed view ("Observers criticized…", "Legal experts noted…", "Critics charged
 * that…", "In the opinion of…", "viewed … as", "believed"), not `STATES_ASSESSMENT`'s words of quality, which the
 * sentence naming the topic holds as often ("…spreading of unreliable information", "a certificate of trust").
 */
const STATES_VIEW = /\b(?:criticiz|criticis|condemn|complained|charged\s+that|alleged(?!ly)|expressed\s+concern|were\s+concerned|concerns?\s+(?:over|about|regarding|that)|feared|perceiv|viewed\s|seen\s+as|regarded\s+as|considered|believed|in\s+the\s+opinion|praised|positive|negative|critical\s+of|skeptic|sceptic|noted|described|characteri[sz]ed|according\s+to\s+(?:the\s+)?(?:observers|experts|critics|activists|monitors|ngos|human\s+rights))/i;
/**
 * The words by which a sentence says there was none of something, or not: what a question asking whether there is any
 * wants (`favourNone`): "The government did not take any action…", "In no instance was the law used…, nor were there
 * reports of any prosecutions", "The commission does not have legal authority…".
 */
const STATES_NONE = /\b(?:no|none|nor|never|neither|not|rarely|seldom)\b|n't\b/i;
/**
 * Verbs of beginning and ending: "when did X's trial start" asks the date of the event they take ("trial"), which the
 * answer names ("The court trial began on November 15"), not of the verb (`favourDateOfAsked`).
 */
const ASPECT_VERBS = new Set(['start', 'starts', 'started', 'begin', 'begins', 'began', 'begun', 'end', 'ends', 'ended', 'finish', 'finished', 'stop', 'stopped', 'commence', 'commenced', 'open', 'opened', 'close', 'closed']);

interface TermInfo {
  /** Index of the typed word the term stands for. */
  word: number;
  typed: boolean;
  /** weight × sentence-level idf. */
  sentenceValue: number;
  /** weight × paragraph-level idf. */
  paragraphValue: number;
  /** The term's query slot (see `SentenceTerms`). */
  slot: number;
  /** For an expansion, the paragraphs where it does not count (`namedExpansions`). */
  named: readonly number[] | undefined;
  /** The term, and the query (`SentenceTerms.beginQuery`'s generation) that gave it this slot: `QueryTerms` checks both. */
  term: string;
  generation: number;
}

/** A report's objects and scratch for its queries' scorers (`scorerPool`). */
interface ScorerPool {
  /** `TermInfo` by query slot. */
  infos: TermInfo[];
  /** Every term a query gave a slot, to its slot's info as last given (`QueryTerms`): kept from query to query. */
  byTerm: Map<string, TermInfo>;
  /** By query word: each method borrowing one clears it first (`zeroed`) or writes what it reads. */
  credit: number[];
  leadOrder: number[];
  held: number[];
  /** `firstLacksTopicalWord`'s marks, zeroed by it (round 33: a typed array per query was ~0.1 KB of its garbage). */
  lacked: number[];
  /** By query slot, zeroed by each scorer. */
  seenIn: number[];
}

const scorerPools = new WeakMap<SentenceTerms, ScorerPool>();

/**
 * The `TermInfo` objects of a report's query slots and its scorers' scratch arrays, reused by every
 * query's scorer: a scorer is used only until the next query on the report begins
 * (`SentenceTerms.beginQuery`; its sentence scores check it), as the slots themselves are. ~15 objects a
 * query, each with two boxed numbers, and four typed arrays were a tenth of a warm query's garbage
 * (docs/search-speed.md, issue 13 round 30).
 */
function scorerPool(terms: SentenceTerms): ScorerPool {
  let pool = scorerPools.get(terms);
  if (!pool) {
    pool = { infos: [], byTerm: new Map(), credit: doubles(16), leadOrder: smallIntegers(16, 0), held: smallIntegers(16, 0), lacked: smallIntegers(16, 0), seenIn: smallIntegers(64, 0) };
    scorerPools.set(terms, pool);
  }
  return pool;
}

/** The pool's scratch, each array grown (made anew, twice as long) when shorter than `words` or `slots`. */
function scorerScratch(pool: ScorerPool, words: number, slots: number): ScorerPool {
  if (pool.credit.length < words) {
    const size = Math.max(words, 2 * pool.credit.length);
    pool.credit = doubles(size);
    pool.leadOrder = smallIntegers(size, 0);
    pool.held = smallIntegers(size, 0);
    pool.lacked = smallIntegers(size, 0);
  }
  if (pool.seenIn.length < slots) pool.seenIn = smallIntegers(Math.max(slots, 2 * pool.seenIn.length), 0);
  return pool;
}

/** The pool's `held` scratch for `words` query words (`addsQueryWord`). */
function scorerHeld(pool: ScorerPool, words: number): number[] {
  return scorerScratch(pool, words, 0).held;
}

/** Slot `slot`'s object of `pool`, made on the first query reaching that many slots. */
function slotInfoOf(pool: TermInfo[], slot: number): TermInfo {
  while (pool.length <= slot) pool.push({ word: 0, typed: false, sentenceValue: 0.5, paragraphValue: 0.5, slot: 0, named: undefined, term: '', generation: 0 });
  return pool[slot]!;
}

/** `alignQuery`'s weights by query word, read by `TermSimilarities.forQuery` before it returns: kept, not made per query. */
let alignWeights = doubles(16);

/** The kept weights for `words` query words, zeroed. */
function alignmentWeights(words: number): number[] {
  if (alignWeights.length < words) alignWeights = doubles(2 * words);
  for (let w = 0; w < words; w++) alignWeights[w] = 0;
  return alignWeights;
}

/**
 * The typed words a scorer's constructor has met (`addTerm`), in the order first met, and each one's best paragraph
 * value (at least 0): the first `typedMet` entries, written over by the next constructor. Kept, not two lists made per
 * query (one grown by word index); the constructor reads them before it returns (issue 13 round 55).
 */
const TYPED_WORDS: number[] = [];
const TYPED_BEST: number[] = doubles(16);
let typedMet = 0;

/** Σ `values[0, count)`, in their order (the order a Map of them summed in). */
function sumOf(values: readonly number[], count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i]!;
  return sum;
}

/**
 * Whether the query's most specific topical word is rare in English and known to the report only through
 * weak stand-ins ("hoaxes", "maimed"; a name the report never mentions): the question rests on a word the
 * lexical rankings barely see (`RANKING.rare`). Not when a more specific word is known ("what chunk of the
 * workforce carries a union card": the union card says what is asked, "chunk" how much).
 */
function restsOnRareWord(words: ParsedQuery['words']): boolean {
  let most = 0;
  for (let i = 0; i < words.length; i++) if (words[i]!.topical && words[i]!.specificity > most) most = words[i]!.specificity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.topical && w.known <= RANKING.rareKnown && w.specificity >= RANKING.rareSpecificity && w.specificity >= most) return true;
  }
  return false;
}

/** Whether a topical word of the query is known below `gate` (a loop, not `some` with a closure made per query). */
function hasTopicalWordBelow(words: ParsedQuery['words'], gate: number): boolean {
  for (let i = 0; i < words.length; i++) if (words[i]!.topical && words[i]!.known < gate) return true;
  return false;
}

/** Whether a word is no everyday word of English ("people", "times": `EVERYDAY.common`), which a report counts with another noun or not at all. */
function isSpecific(word: ParsedQuery['words'][number] | undefined): boolean {
  return (word?.specificity ?? 0) >= EVERYDAY.common;
}

/** Whether a "how many X" question counts a word that is no everyday word (a loop, not `some` with a closure made per query). */
function countsSpecificWord(query: ParsedQuery): boolean {
  for (let i = 0; i < query.counted.length; i++) if (isSpecific(query.words[query.counted[i]!])) return true;
  return false;
}

/**
 * A term's weight in the sentence ranking. A thesaurus line's stand-ins share their word's weight
 * (0.8 / √n), so the one a sentence holds counted less than an everyday word typed beside it ("is
 * homosexuality legal": "law" over "same-sex"). A sure stand-in — from a thesaurus line, for a single
 * word the report does not write, and held by few sentences (sentence idf ≥ `RANKING.standInIdf`) —
 * weighs `RANKING.standIn` (1: as the word typed). A common stand-in ("children" for kids), a vector
 * neighbour, a WordNet sense, a stand-in of a word the report writes, typed or corrected from a typo
 * ("abduction" for kidnapped or "kinapping"), or of a two-word phrase of everyday words ("sit in" the
 * senate is no sit-in) keeps its share. A stand-in of a phrase of three words or more ("enough to live on",
 * "killed on the job": a description of the report's term, not words that may be read one by one) weighs
 * halfway between its share and a typed word: a passage holding only a typed everyday word ("pay",
 * "people") outranked the one the description names (round 72; at the full weight a look-alike, "my friend
 * forces his wife to pay for every dinner", was answered).
 */
function sentenceStandInWeight(t: WeightedTerm, word: ParsedQuery['words'][number] | undefined, sentenceIdf: number): number {
  if (t.origin !== 'expanded' || !t.thesaurus || sentenceIdf < RANKING.standInIdf || !word || word.known >= 1 || word.corrected || isShortPhrase(word.word)) return t.weight;
  if (word.word.includes(' ')) return Math.max(t.weight, (t.weight + RANKING.standIn) / 2);
  return Math.max(t.weight, RANKING.standIn);
}

/** Whether a phrase is of two words ("sit in"), whose stand-ins keep their share (`sentenceStandInWeight`); a phrase of three or more ("belong to no country") is read as one description. */
function isShortPhrase(phrase: string): boolean {
  const space = phrase.indexOf(' ');
  return space >= 0 && phrase.indexOf(' ', space + 1) < 0;
}

/** Whether the report writes every content word of the query as typed. */
function everyWordKnown(words: ParsedQuery['words']): boolean {
  for (let i = 0; i < words.length; i++) if (words[i]!.known !== 1) return false;
  return true;
}

/**
 * More terms than this in a report's `ScorerPool.byTerm` and it is emptied when the next query begins: a bound on what
 * typed terms (typos among them) it keeps alive; a query's terms are then added again, a few dozen.
 */
const KEPT_TERMS = 4096;

/**
 * A query's terms to their `TermInfo`, read from the report's map kept from query to query (`ScorerPool.byTerm`): an
 * entry counts only when its info was given to that term by this query. A Map made per query, grown 4 → 8 → 16 → 32
 * entries, was ~0.6 KB of a warm query's garbage (docs/search-speed.md, issue 13 round 38); the kept map grows only by terms
 * no query has had yet.
 */
class QueryTerms {
  constructor(
    private readonly byTerm: Map<string, TermInfo>,
    private readonly generation: number,
  ) {}

  get(term: string): TermInfo | undefined {
    const t = this.byTerm.get(term);
    return t !== undefined && t.generation === this.generation && t.term === term ? t : undefined;
  }

  set(term: string, info: TermInfo): void {
    info.term = term;
    info.generation = this.generation;
    this.byTerm.set(term, info);
  }
}

/**
 * How many figure sentences of questions counting nothing take `countsAskedNoun`'s call in a process (`scoreSentences`),
 * so that its loop has type feedback before a fresh `hr`'s first counting question (docs/search-speed.md, issue 13 round 50).
 * `countedProbesLeft` is module state, not a scorer's or a report's: the feedback it feeds belongs to the method, one
 * per process, whichever query or report runs it.
 */
const COUNTED_PROBES = 200;
let countedProbesLeft = COUNTED_PROBES;

/**
 * A process's second to `PROBED_QUERIES`th queries, when they ask no permission, take `scoreSentences`' permission branch
 * (the paragraph's acts read, `namesTypedTerm` called, its bonus × 1) and its test of a term met only inside a name
 * (against `NOWHERE`) until the branch has checked `PERMISSION_PROBES` sentence stating an act: its loop's feedback needs
 * one (1–23 paragraphs read, 4 in the median, over ten question files run from the start). A fresh `hr`'s first "can…"
 * question, or first with such a term, comes after the function is optimised, and an operation it met first had no type
 * feedback and threw the code away (docs/search-speed.md, issue 13 round 51). Until V8's one compile thread made it again a
 * query took ~1.5× as long, for the next 9–22 questions, or up to ~330 asked back to back on a busy machine; the probes cost
 * a warm query nothing measurable (round 54). Not the first query: a one-shot `hr` asks only
 * one, and reading a paragraph's acts is regular expressions over its sentences (~50 µs a paragraph cold). The acts read
 * stay with the report (`permittedActsOf`), as a permission question's do.
 */
const PROBED_QUERIES = 8;
const PERMISSION_PROBES = 1;
let permissionProbesLeft = PERMISSION_PROBES;
/**
 * The same queries, when they ask no "why", take `scoreSentences`' cause branch (the paragraph's cause sentences read, a
 * matched sentence's flag tested, its bonus × 1) until `CAUSE_PROBES` sentence has been tested. The branch came after the
 * probes above (quality round 127's bonus), and a process's first why-question, met after the function was optimised, threw the
 * code away: in the bench's first round, after its first pass had optimised the function on other questions, and V8's one
 * compile thread made it again a round later (docs/search-speed.md, issue 13 round 62).
 */
const CAUSE_PROBES = 1;
let causeProbesLeft = CAUSE_PROBES;
let scorersMade = 0;
/** The paragraphs where a term that is not met only inside a name does not count, when a probe tests it. */
const NOWHERE: readonly number[] = [];

/**
 * One query's evidence on one report, worked out once and read for every candidate paragraph: each term's values and
 * query slot, each paragraph's sentence scores (kept until the next query on the report), the overview's vote, the
 * fusion's votes and the bold answer's preferences. Its objects and scratch arrays are the report's (`scorerPool`),
 * so a scorer is good only until the next query on the same report begins.
 */
export class QueryScorer {
  private readonly info: QueryTerms;
  private words = 0;
  private readonly typedWords: number;
  /** Sum over typed words of their paragraph value: the denominator of heading coverage. */
  private readonly typedTotal: number;
  private readonly credit: number[];
  /** By query slot: the stamp of the last sentence `scoreSentences` counted the slot's term in (`sentenceStamp`). */
  private readonly seenIn: number[];
  /** A number per sentence scored by this scorer, from 1: no stamp is left over from another sentence. */
  private sentenceStamp = 0;
  /** Scratch for `lead`: the typed words a heading names, in the order it names them. */
  private readonly leadOrder: number[];
  /**
   * `info` by query slot (see `SentenceTerms`), for scoring sentences by term id: the report's pool of them
   * (`scorerPool`), of which this query's are the first `slots`, not a list of its own made per query.
   */
  private readonly slotInfo: TermInfo[];
  private slots = 0;
  /** The report's `TermInfo` objects and scratch arrays, reused by each query's scorer (`scorerPool`). */
  private readonly pool: ScorerPool;
  private readonly sentenceTerms: SentenceTerms;
  private readonly generation: number;
  /** The report's paragraph count, for each term's paragraph idf. */
  private readonly paragraphCount: number;

  /** The question asks what share of something is so (`SHARE_QUESTION`): the fusion's `RANKING.share` vote applies. */
  readonly asksShare: boolean;
  /**
   * The query's expansions that count nowhere in some paragraphs (`namedExpansions`), or undefined (most queries); the
   * service's BM25 candidates read the same map (`Bm25Query.exclude`), so it is made once per query.
   */
  readonly named: ReadonlyMap<string, readonly number[]> | undefined;
  /** The question asks whether someone may do something (`PERMISSION_QUESTION`): `RANKING.permitted` applies in the sentence ranking. */
  private readonly asksPermission: boolean;
  /** This query's paragraphs take `PERMISSION_PROBES`' probes while any are left: a process's 2nd to `PROBED_QUERIES`th, no permission question. */
  private readonly probesPermission: boolean;
  /** The question asks why (`ParsedQuery.wantsCause`): `RANKING.causeStated` applies in the sentence ranking. */
  private readonly asksCause: boolean;
  /** This query's paragraphs take `CAUSE_PROBES`' probes while any are left: a process's 2nd to `PROBED_QUERIES`th, no why-question. */
  private readonly probesCause: boolean;

  // A query makes one scorer, so the constructor is a shell whose loop only calls `addTerm`, which
  // does each term's work and is called for every term of every query. V8 optimises a function once
  // it has run enough bytecode; with the terms' work in its loop, the constructor reached TurboFan
  // after ~200 queries and was compiled with everything it calls inlined (13–15 ms of compiling, in
  // the middle of a stdin session; docs/search-speed.md, speed rounds 14 and 17).
  constructor(
    private readonly index: ReportIndex,
    private readonly ordinals: readonly number[],
    private readonly query: ParsedQuery,
    private readonly dense?: DenseSentences,
    private readonly similarities?: TermSimilarities,
  ) {
    this.paragraphCount = index.report.paragraphs.length;
    this.sentenceTerms = sentenceTermsOf(index);
    this.pool = scorerPool(this.sentenceTerms);
    this.generation = this.sentenceTerms.beginQuery();
    if (this.pool.byTerm.size > KEPT_TERMS) this.pool.byTerm.clear();
    this.info = new QueryTerms(this.pool.byTerm, this.generation);
    this.slotInfo = this.pool.infos;
    const terms = query.terms;
    this.named = namedExpansions(index.nameOnly, index.nameGroups, query);
    typedMet = 0;
    for (let i = 0; i < terms.length; i++) this.addTerm(terms[i]!);
    this.typedWords = typedMet;
    this.typedTotal = sumOf(TYPED_BEST, typedMet);
    // The report's scratch, grown to this query's size when short: every use fills or stamps what it reads.
    const scratch = scorerScratch(this.pool, this.words, this.slots);
    this.credit = scratch.credit;
    this.seenIn = scratch.seenIn;
    this.leadOrder = scratch.leadOrder;
    // Stamps of an earlier scorer would pass for this one's (`sentenceStamp` starts again from 1).
    for (let slot = 0; slot < this.slots; slot++) this.seenIn[slot] = 0;
    this.keywordsAsWritten = query.keywords && everyWordKnown(query.words);
    this.countsTyped = countsSpecificWord(query);
    this.aligning = !!similarities && RANKING.alignment > 0 && (RANKING.alignmentGate > 1 || hasTopicalWordBelow(query.words, RANKING.alignmentGate));
    const rare = restsOnRareWord(query.words);
    this.denseWeight = rare ? RANKING.rare : RANKING.dense;
    this.alignmentWeight = rare ? RANKING.rare : RANKING.alignment;
    this.asksShare = RANKING.share > 0 && SHARE_QUESTION.test(query.clean);
    this.asksPermission = RANKING.permitted > 0 && query.wantsPermission;
    scorersMade = Math.min(scorersMade + 1, PROBED_QUERIES + 1);
    this.probesPermission = scorersMade > 1 && scorersMade <= PROBED_QUERIES && !this.asksPermission;
    this.asksCause = RANKING.causeStated > 0 && query.wantsCause;
    this.probesCause = scorersMade > 1 && scorersMade <= PROBED_QUERIES && !this.asksCause;
  }

  /**
   * Adds a query term: its values, its query slot (the first time the term is met; a later entry for
   * the same term replaces its values), and for a typed term, its word's best paragraph value.
   */
  private addTerm(t: WeightedTerm): void {
    const typed = t.origin !== 'expanded';
    const paragraphValue = t.weight * idf(this.index.documentFrequency[t.term] ?? 0, this.paragraphCount);
    const sentenceIdf = idf(this.index.sentenceFrequency[t.term] ?? 0, this.index.sentenceCount);
    const sentenceValue = sentenceStandInWeight(t, this.query.words[t.word], sentenceIdf) * sentenceIdf;
    // A term met again keeps its slot and takes the new values; a new one takes the next slot's info object
    // from the report's pool (`scorerPool`'s `infos`), written anew: no object per term per query.
    let info = this.info.get(t.term);
    if (!info) {
      const slot = this.slots++;
      info = slotInfoOf(this.slotInfo, slot);
      info.slot = slot;
      this.sentenceTerms.assign(this.generation, t.term, slot);
      this.info.set(t.term, info);
    }
    info.word = t.word;
    info.typed = typed;
    info.named = typed ? undefined : this.named?.get(t.term);
    info.sentenceValue = sentenceValue;
    info.paragraphValue = paragraphValue;
    if (t.word >= this.words) this.words = t.word + 1;
    if (typed) {
      let k = 0;
      while (k < typedMet && TYPED_WORDS[k] !== t.word) k++;
      if (k === typedMet) {
        TYPED_WORDS[k] = t.word;
        TYPED_BEST[k] = Math.max(0, paragraphValue);
        typedMet++;
      } else TYPED_BEST[k] = Math.max(TYPED_BEST[k]!, paragraphValue);
    }
  }

  /**
   * The query's dense vector when lexical evidence is weak (a topical word the report does not use,
   * known below `RANKING.denseGate`), else undefined: the dense ranking then stays out of the fusion.
   */
  denseQuery(): Float32Array | undefined {
    if (!this.dense || !RANKING.dense) return undefined;
    if (!hasTopicalWordBelow(this.query.words, RANKING.denseGate)) return undefined;
    return this.dense.queryVector(this.query);
  }

  denseScore(vector: Float32Array, position: number): number {
    return this.dense!.best(vector, position);
  }

  /**
   * Whether the soft-alignment ranking joins the fusion: word vectors loaded, and a topical word the
   * report knows below `RANKING.alignmentGate` (above 1: always). When it does, the query's words for
   * it are made here, once: `alignment`, called for every candidate, then only reads them (with the
   * set-up in it, V8 compiled the set-up into each function that inlined it).
   */
  alignsQuery(): boolean {
    if (this.aligning && !this.queryAlignment) this.queryAlignment = this.alignQuery();
    return this.aligning;
  }

  /** The query's words for soft alignment (`QueryAlignment`), made by `alignsQuery`. */
  private queryAlignment?: QueryAlignment;

  /** The query's words for soft alignment, each weighing as in the sentence ranking (its typed term's weight × sentence idf). */
  private alignQuery(): QueryAlignment {
    const words = this.query.words.length;
    const weights = alignmentWeights(words);
    const infos = this.slotInfo;
    for (let i = 0; i < this.slots; i++) {
      const t = infos[i]!;
      if (t.typed && t.word < words) weights[t.word] = Math.max(weights[t.word]!, t.sentenceValue);
    }
    return this.similarities!.forQuery(this.query.words, weights, this.index.sentenceCount);
  }

  /**
   * The paragraph's best sentence by soft alignment with the query, 0..1 (see `alignment.ts`). Its
   * exact matches come from sentence scoring, which records them for an aligning query.
   */
  alignment(position: number): number {
    const aligned = this.queryAlignment ?? (this.queryAlignment = this.alignQuery());
    this.sentenceScores(position);
    const { ids, starts } = this.sentenceTerms.of(position);
    aligned.align(position, ids, starts, this.similarities!.exact.at(this.generation, position));
    return aligned.aligned;
  }

  /**
   * A keyword query every word of which the report writes as typed: only then can a passage hold them
   * all ("criminal record and job discrimination": the report writes "employment", and a passage holding
   * the other words is not the answer).
   */
  private readonly keywordsAsWritten: boolean;
  /** Whether a word the question counts is no everyday word (`countsSpecificWord`): only then can `statesTypedCount` hold. */
  private readonly countsTyped: boolean;
  /** Whether this query takes the alignment ranking (`alignsQuery`), fixed at construction. */
  private readonly aligning: boolean;
  /** The dense ranking's weight in the fusion: `RANKING.rare` for a question resting on a rare word (`restsOnRareWord`), else `RANKING.dense`. */
  readonly denseWeight: number;
  /** The alignment ranking's weight in the fusion: `RANKING.rare` for a question resting on a rare word, else `RANKING.alignment`. */
  readonly alignmentWeight: number;

  /** The best sentence of a paragraph and its score (sentence BM25, each typed word counted once). */
  bestSentence(position: number): { index: number; score: number } {
    const index = this.bestSentenceIndex(position);
    return { index, score: this.bestSentenceScore };
  }

  /** The score of the sentence the last `bestSentenceIndex` call found (re-ranking reads it without an object per candidate). */
  bestSentenceScore = 0;

  /** The index of a paragraph's best sentence (the first among equals); its score is left in `bestSentenceScore`. */
  bestSentenceIndex(position: number): number {
    const scores = this.sentenceScores(position);
    let index = 0;
    let best = 0;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i]! > best) {
        index = i;
        best = scores[i]!;
      }
    }
    this.bestSentenceScore = best;
    return index;
  }

  /**
   * The sentences to show in bold as the answer: the best one, with the paragraph's opening
   * sentence slightly preferred (it usually states the point; not for "who…") and chosen outright in the overview
   * of a heading the query names by its title, joined by its neighbour when that scores nearly as
   * well (`RANKING.pair`), since an answer may span two sentences; a sentence opening by referring back
   * ("This requirement…", "They…") is joined by its predecessor when that holds query words too.
   */
  answerSentences(position: number): { first: number; last: number } {
    const first = this.answerFirst(position);
    return { first, last: this.answerLast };
  }

  /** The last sentence of the answer the latest `answerFirst` call found. */
  answerLast = 0;

  /**
   * `answerSentences` without an object per excerpt (issue 13 round 55): returns the answer's first sentence and leaves
   * its last in `answerLast`, as `bestSentenceIndex` leaves its score.
   */
  answerFirst(position: number): number {
    // A copy: the preferences below change it. A paragraph's opening sentence usually states its point; later ones add detail.
    const scores = copyOf(this.sentenceScores(position));
    // Before the opening's preference, which gives way when a sentence naming the body by its acronym holds more typed words.
    const named = RANKING.acronym ? this.creditAcronyms(position, scores) : false;
    // Before the opening's preference and the heading's overview, which it weighs as it weighs every sentence.
    if (this.query.wantsPermission) this.favourPermission(position, scores);
    // Not for "who…": the opening sentence sets out the case or the topic the question already names;
    // the one naming who did it comes later ("… the government fined 11 striking workers").
    // Nor when a later sentence holds more of a question's typed words than the opening: the opening
    // then only names the topic ("Human rights activists noted … migrants' rights"), the later one
    // what is asked of it ("The government does not have a mechanism for integration of migrants").
    let preferred = false;
    if (scores.length && scores[0]! > 0 && !this.query.wantsAgent && !this.query.wantsQuantity && !(this.query.wantsDate && !this.query.wantsCondition) && (this.query.keywords || (!named && this.openingHoldsMostWords(position)))) {
      scores[0] = scores[0]! * (1 + RANKING.opening);
      preferred = true;
    }
    // A query that is a heading's title ("child abuse", "internet freedom") asks for the overview,
    // which the opening sentence states; a later sentence sharing the words is a detail.
    if (scores.length && this.lead(position) === RANKING.titled) scores[0] = largest(scores, scores[0]!);
    // Each preference is called only for the kind of question it serves (each checks the rest of its
    // gate itself): a fresh process compiles a function at its first call, and a one-shot search's
    // only query compiled all ten to learn that none applied (docs/search-speed.md, issue 13 round 21).
    const query = this.query;
    if (query.wantsPenalty) this.favourPenalty(position, scores);
    if (query.asked !== undefined) this.favourAskedAction(position, scores);
    if (query.wantsAssessment) this.favourAssessment(position, scores);
    if (query.wantsAny) this.favourNone(position, scores);
    const stated = (query.wantsAge ? this.favourAge(position, scores) : 0) | (query.wantsFact ? this.favourStatedFact(position, scores) : 0) | (query.wantsCause ? this.favourCause(position, scores) : 0) | (query.wantsSum ? this.favourSum(position, scores) : 0) | (query.wantsView ? this.favourView(position, scores) : 0);
    // A sentence chosen for what the question asks (the largest figure, the actor acting) is the answer
    // on its own: the neighbour it outscored is the one that only shared the question's words.
    let chosen = (query.wantsDate && !query.wantsCondition && !query.keywords ? this.favourDateOfAsked(position, scores) : 0) | (query.event !== undefined ? this.favourAfterEvent(position, scores) : 0) | (query.wantsDuration ? this.favourDuration(position, scores) : 0) | (query.wantsUpperBound ? this.favourLargestFigure(position, scores) : 0) | (query.actor !== undefined ? this.favourActor(position, scores) : 0) | stated;
    // Only when no pick of the question's kind chose a sentence, and only for a full question of three typed words or more.
    if (chosen === 0 && !query.keywords && this.typedWords >= 3 && scores.length > 1) chosen = this.favourFurtherWords(position, scores);
    if (query.wantsCondition && query.wantsDate) this.unfavourDates(position, scores);
    if (query.wantsQuantity) this.unfavourDateFigures(position, scores);
    let best = 0;
    for (let i = 0; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
    const top = scores[best] ?? 0;
    if (top <= 0) {
      this.answerLast = best;
      return best;
    }
    // "This requirement discouraged many citizens from joining political parties" answers only with
    // the sentence naming the requirement: a sentence opening by referring back brings its predecessor
    // along when that holds query words too (it names what the answer is about).
    if (RANKING.backReference && best > 0 && scores[best - 1]! > 0 && sentencesOf(this.index, position)[best]!.refersBack) {
      this.answerLast = best;
      return best - 1;
    }
    if (best < CHOSEN_BITS && chosen & (1 << best)) {
      this.answerLast = best;
      return best;
    }
    const before = scores[best - 1] ?? 0;
    const after = scores[best + 1] ?? 0;
    // The opening's preference makes it the answer when it is the best, and lets it join a best second sentence it
    // nearly matches; it does not choose that sentence's partner over the one after it, which continues what the best
    // one says ("There are no reception facilities for asylum seekers. The government does not provide accommodation,
    // allowances…"), while the opening only set the topic ("A legislative framework does not exist…"): round 75.
    const rival = best === 1 && preferred ? before / (1 + RANKING.opening) : before;
    if (after >= RANKING.pair * top && after >= rival) {
      this.answerLast = best + 1;
      return best;
    }
    if (before >= RANKING.pair * top) {
      this.answerLast = best;
      return best - 1;
    }
    // A neighbour scoring less still joins when it holds a query word the best sentence lacks: the
    // answer spans the two (round 51).
    if (RANKING.spans && after >= before && after > 0 && this.spans(position, scores, best, best + 1, top)) {
      this.answerLast = best + 1;
      return best;
    }
    if (RANKING.spans && before > 0 && this.spans(position, scores, best, best - 1, top)) {
      this.answerLast = best;
      return best - 1;
    }
    // "They received 20 percent of their funding…" after "…there were 28 crisis centers": a sentence going on about the
    // best one's subject tells what a "who / why / how…" question asks of it, though in none of its words (round 149).
    this.answerLast = RANKING.continuation && query.asksOpen && best + 1 < scores.length && sentencesOf(this.index, position)[best + 1]!.refersBack ? best + 1 : best;
    return best;
  }

  /**
   * The answer's last sentence for a yes/no question about what happens (`ParsedQuery.wantsPractice`): an answer ending in
   * the law's sentence is joined by the next sentence when that does not state the law too, since these reports state the
   * law, then how it works out ("…authorities often used this phase of detention to torture…"; round 135). Called by the
   * excerpt after `answerFirst`, and only for such a question, so no other question reads a sentence for it.
   */
  practiceLast(position: number, last: number): number {
    if (!RANKING.practice || last + 1 >= sentencesOf(this.index, position).length) return last;
    return this.statesLaw(position, last) && !this.statesLaw(position, last + 1) ? last + 1 : last;
  }

  /** Whether a paragraph's sentence states what the law provides (`STATES_LAW`). */
  private statesLaw(position: number, index: number): boolean {
    const sentence = sentencesOf(this.index, position)[index]!;
    return STATES_LAW.test(this.index.report.paragraphs[position]!.text.slice(sentence.start, sentence.end));
  }

  /**
   * "what happens to people convicted of sexual offenses against minors", "can people with mental illness be put in a
   * hospital without a judge or their consent": the opening sentence sets out the topic with one or two of the question's
   * words and outscores the rest on them ("The law criminalizes the production and distribution of child pornography…",
   * "There are no regulations regarding the rights of patients in mental hospitals"); a later sentence holding two or
   * more typed words of the question that the opening holds in no form, and more of the question's words than the
   * opening, states what is asked ("Perpetrators convicted of sexual offenses against minors receive a lifetime ban…",
   * "Citizens with mental disabilities may be committed … without their consent or judicial review"). When the opening
   * is the best, the best such sentence scores at least `RANKING.context` × the paragraph's best, × (1 +
   * `RANKING.further`), and is bolded alone (round 84). Returns it, as a bit.
   */
  private favourFurtherWords(position: number, scores: number[]): number {
    if (!RANKING.further) return 0;
    const top = largest(scores, 0);
    if (scores[0]! < top) return 0;
    const { ids, starts } = this.sentenceTerms.of(position);
    const words = this.words;
    // Which query words the opening holds (any term of positive value), in the scorer's scratch.
    const held = zeroed((this.heldWords ??= scorerHeld(this.pool, words)), words);
    let opening = 0;
    for (let j = starts[0]!; j < starts[1]!; j++) {
      const slot = this.sentenceTerms.slotOf(ids[j]!);
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (t.sentenceValue > 0 && t.word < words && held[t.word] === 0) {
        held[t.word] = 1;
        opening++;
      }
    }
    // Each word's mark in `credit`: the last sentence (1-based) found holding it.
    const mark = zeroed(this.credit, words);
    let chosen = -1;
    for (let i = 1; i < starts.length - 1; i++) {
      let count = 0;
      let further = 0;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const slot = this.sentenceTerms.slotOf(ids[j]!);
        if (slot < 0) continue;
        const t = this.slotInfo[slot]!;
        if (!(t.sentenceValue > 0) || t.word >= words) continue;
        // i + 1: counted; i + 1.5: counted, and as a typed word the opening lacks.
        const seen = mark[t.word]!;
        if (seen !== i + 1 && seen !== i + 1.5) count++;
        if (t.typed && held[t.word] === 0 && seen !== i + 1.5) {
          further++;
          mark[t.word] = i + 1.5;
        } else if (seen !== i + 1.5) mark[t.word] = i + 1;
      }
      if (further >= 2 && count > opening && (chosen < 0 || scores[i]! > scores[chosen]!)) chosen = i;
    }
    return chosen < 0 ? 0 : favour(scores, chosen, top, RANKING.further);
  }

  /**
   * "were NGOs happy with the consultative advisory body": the opening spells the body out ("The Ministry of Foreign
   * Affairs-led Consultative Advisory Body (CAB) … continued to operate"), the answer names it by its acronym ("The
   * NGO community generally was positive regarding the work of the CAB"). A sentence naming a body by an acronym its
   * paragraph spelled out earlier (`namedByAcronym`) is credited, for each query word the name holds and the sentence
   * does not, `RANKING.acronym` × the word's value as one occurrence scores in it. Returns whether a sentence so
   * credited holds more of the question's typed words than the opening, which then is not preferred (round 91).
   */
  private creditAcronyms(position: number, scores: number[]): boolean {
    const named = namedByAcronym(this.index, position);
    if (named.length === 0) return false;
    const { ids, starts } = this.sentenceTerms.of(position);
    const words = this.words;
    const held = (this.heldWords ??= scorerHeld(this.pool, words));
    const opening = this.typedHeld(ids, starts[0]!, starts[1]!, held);
    const { sk: k, sb: b } = RANKING;
    let more = false;
    for (let i = 1; i < named.length; i++) {
      const name = named[i];
      if (!name) continue;
      let typed = this.typedHeld(ids, starts[i]!, starts[i + 1]!, held);
      // Each word as it scores where the name is spelled out: naming the body by its acronym in a short sentence is no
      // more than naming it in full.
      const d = name.spelledIn;
      const lengthNorm = k * (1 - b + (b * (starts[d + 1]! - starts[d]!)) / this.index.meanSentenceLength);
      let added = 0;
      // Indexed, not `for … of`: an iterator and a result per term wherever V8 has not optimised this yet.
      for (let n = 0; n < name.terms.length; n++) {
        const t = this.info.get(name.terms[n]!);
        if (!t || !(t.sentenceValue > 0) || t.word >= words || held[t.word] !== 0) continue;
        // 2: credited as typed; 3: credited as a stand-in.
        held[t.word] = t.typed ? 2 : 3;
        if (t.typed) typed++;
        added += (RANKING.acronym * t.sentenceValue * (k + 1)) / (1 + lengthNorm);
      }
      if (added === 0) continue;
      // The name's words stand together where it is spelled out: the bigram bonus counts them side by side here too.
      let pairs = 0;
      for (let w = 0; w + 1 < words; w++) if ((held[w] === 2 && (held[w + 1] === 1 || held[w + 1] === 2)) || (held[w] === 1 && held[w + 1] === 2)) pairs++;
      const before = this.typedWords < 2 ? 0 : this.adjacentPairs(ids, starts[i]!, starts[i + 1]!);
      const after = this.typedWords < 2 ? 0 : Math.min(1, before + pairs / (this.typedWords - 1));
      scores[i] = ((scores[i]! + added) * (1 + RANKING.bigram * after)) / (1 + RANKING.bigram * before);
      if (typed > opening) more = true;
    }
    return more;
  }

  /** How many query words the terms `ids[start, end)` hold as typed, each word marked in `held` (cleared first) when held in any form. */
  private typedHeld(ids: readonly number[], start: number, end: number, held: number[]): number {
    zeroed(held, this.words);
    let typed = 0;
    for (let j = start; j < end; j++) {
      const slot = this.sentenceTerms.slotOf(ids[j]!);
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (!(t.sentenceValue > 0) || t.word >= this.words || held[t.word] !== 0) continue;
      held[t.word] = 1;
      if (t.typed) typed++;
    }
    return typed;
  }

  /**
   * Whether sentence `other` joins the answer `best` (scoring `top`) by holding a query word it lacks, for
   * `answerSentences`. A method, not a closure there: a closure's variables live in a context the call made
   * on every answer (docs/search-speed.md, issue 13 round 30).
   */
  private spans(position: number, scores: readonly number[], best: number, other: number, top: number): boolean {
    return scores[other]! >= RANKING.spans * top && this.addsQueryWord(position, best, other);
  }

  /**
   * "what happened to the sergeant who hit the conscript", "did the lawyer hear back after reporting the
   * bug": the question names an event in a clause it takes as given (`ParsedQuery.event`) and asks what came
   * of it. A narrative tells the event first and what followed after it, so the sentence holding most of the
   * clause's words is the event, and the answer is the later sentence holding most of the question's other
   * words ("Military prosecutors began an investigation …, and Sergeant Ramadin was arrested"), or for an
   * "after" clause naming all that is asked, the next sentence ("Two days later, the magazine's website was
   * blocked"). It scores at least `RANKING.context` × the paragraph's best, × (1 + `RANKING.event`), and is
   * bolded alone. Not when the event is the opening sentence: a narrative's opening sets out the case and
   * usually states its first outcome too ("a court in Astana declined to hear Anna Belousova's lawsuit for
   * … sexual harassment"). Returns the sentence favoured, as a bit.
   */
  private favourAfterEvent(position: number, scores: number[]): number {
    const event = this.query.event;
    if (!event || !RANKING.event || scores.length < 3) return 0;
    const clause = smallIntegers(this.words, 0);
    for (const w of event.words) if (w < this.words) clause[w] = 1;
    const told = this.scoreSentences(position, clause, 1);
    let at = 0;
    for (let i = 1; i < told.length; i++) if (told[i]! > told[at]!) at = i;
    if (at === 0 || at === told.length - 1) return 0;
    const rest = this.scoreSentences(position, clause, 0);
    let next = -1;
    for (let i = at + 1; i < rest.length; i++) if (rest[i]! > 0 && (next < 0 || rest[i]! > rest[next]!)) next = i;
    if (next < 0 && event.after) next = at + 1;
    return next < 0 ? 0 : favour(scores, next, largest(scores, 0), RANKING.event);
  }

  /**
   * Whether the sentence `other` holds a query word that `best` lacks: the two together then state
   * more of what was asked than the best alone ("Military prosecutors began an investigation …, and
   * Sergeant Ramadin was arrested" beside the sentence naming the sergeant who hit the conscript).
   */
  private addsQueryWord(position: number, best: number, other: number): boolean {
    // A word scores in a sentence exactly when the sentence holds one of its terms of positive value
    // (`scoreSentences`): read from the two sentences' terms, not from scoring the whole passage again.
    const { ids, starts } = this.sentenceTerms.of(position);
    const slotOfId = this.sentenceTerms.slots();
    const member = this.sentenceTerms.members();
    const words = this.words;
    // The words the best sentence holds, in scratch kept by the scorer: two plain loops, no array or closure per call (round 25).
    const held = zeroed((this.heldWords ??= scorerHeld(this.pool, words)), words);
    for (let j = starts[best]!; j < starts[best + 1]!; j++) {
      const id = ids[j]!;
      if ((member[id >> 5]! & (1 << (id & 31))) === 0) continue;
      const slot = slotOfId[id]!;
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (t.sentenceValue > 0 && t.word < words) held[t.word] = 1;
    }
    for (let j = starts[other]!; j < starts[other + 1]!; j++) {
      const id = ids[j]!;
      if ((member[id >> 5]! & (1 << (id & 31))) === 0) continue;
      const slot = slotOfId[id]!;
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (t.sentenceValue > 0 && t.word < words && held[t.word] === 0) return true;
    }
    return false;
  }

  /** `addsQueryWord`'s and `favourFurtherWords`' scratch: which query words a sentence holds (the pool's `held`, taken at the first call). */
  private heldWords?: number[];

  /**
   * "when does a detainee have the right to a lawyer" asks for a condition, not a date: for the bold
   * answer, a sentence stating a date loses the `RANKING.date` bonus the ranking gave it ("The 2015 code
   * obliges police to inform detainees…" is not the answer). The ranking keeps it: without it there,
   * held-out hit@1 fell (round 6).
   */
  private unfavourDates(position: number, scores: number[]): void {
    if (!this.query.wantsCondition || !this.query.wantsDate) return;
    const sentences = sentencesOf(this.index, position);
    for (let i = 0; i < scores.length; i++) if (sentences[i]!.date) scores[i] = scores[i]! / (1 + RANKING.date);
  }

  /**
   * A figure question asks for a count or an amount, and a date is neither: for the bold answer, a
   * sentence whose only figures are a date's ("On January 5, workers … initiated a hunger strike")
   * loses the `RANKING.quantity` bonus the sentence ranking gave it, so "how big was the strike" bolds
   * "growing to 400". Read from the text of a passage the first time it is shown for a figure question. The ranking
   * keeps the bonus: taken away there too (a figure flag without dates, index-wide), it moved one
   * held-out first place up and lost another's typo variants (docs/search-quality.md, round 20).
   */
  private unfavourDateFigures(position: number, scores: number[]): void {
    if (!this.query.wantsQuantity || !RANKING.quantity) return;
    const dateOnly = dateOnlySentences(this.index, position);
    for (let i = 0; i < scores.length; i++) if (dateOnly[i]) scores[i] = scores[i]! / (1 + RANKING.quantity);
  }

  /**
   * "who was charged over Krivenko's death" asks who did what its verb says: the opening sentence names
   * the case and scores on the names, the answer names the agent with the verb ("Police officer Berik
   * Murzabekov was charged"). A sentence holding the asked verb (`ParsedQuery.asked`) as the report
   * writes it scores at least `RANKING.context` × the paragraph's best, × (1 + `RANKING.asked`), as a
   * penalty does for a penalty question. Not for a word the report does not write as typed: its
   * stand-ins ("picks" → select, choose…) match sentences that do not answer.
   */
  private favourAskedAction(position: number, scores: number[]): void {
    const asked = this.query.asked;
    if (asked === undefined || this.query.words[asked]?.known !== 1 || !RANKING.asked) return;
    const { ids, starts } = this.sentenceTerms.of(position);
    const top = largest(scores, 0);
    for (let i = 0; i < scores.length; i++) {
      if (this.holdsWord(ids, starts[i]!, starts[i + 1]!, asked)) favour(scores, i, top, RANKING.asked);
    }
  }

  /**
   * "max pretrial detention", "how long can pretrial detention be extended" ask for the upper bound:
   * "By law detainees may remain in pretrial detention for up to two months" holds the question's words,
   * "authorities may extend the term for up to 18 months" the answer. Of the best-scoring sentence
   * stating a figure and those after it, the one stating the largest figure of the kind that one states
   * (a span of time, else an amount; `largestFigures`, dates left out), when it is a later one, scores at least `RANKING.context` × the paragraph's best,
   * × (1 + `RANKING.upperBound`). Returns the sentences favoured, as bits.
   */
  private favourLargestFigure(position: number, scores: number[]): number {
    if (!this.query.wantsUpperBound || !RANKING.upperBound) return 0;
    const figures = largestFigures(this.index, position);
    let best = -1;
    for (let i = 0; i < scores.length; i++) if ((figures[2 * i]! > 0 || figures[2 * i + 1]! > 0) && (best < 0 || scores[i]! > scores[best]!)) best = i;
    if (best < 0) return 0;
    const kind = figures[2 * best]! > 0 ? 0 : 1;
    // Only a sentence after it: an extension or a graver case follows the rule it extends ("… up to two
    // months. The term may be extended up to 18 months"); "should not exceed 40 hours" a week, before
    // "overtime to two hours per day", is another limit.
    let most = best;
    for (let i = best + 1; i < scores.length; i++) if (figures[2 * i + kind]! > figures[2 * most + kind]!) most = i;
    // None larger after it: the best one stands as it is, neighbour and all.
    if (most === best) return 0;
    return favour(scores, most, largest(scores, 0), RANKING.upperBound);
  }

  /**
   * "how long did police hold the Radio Azattyk reporter" asks for a span of time: the opening sentence
   * names the reporter and the date ("On February 17, police stopped…"), the answer states the span
   * ("Police held her in the station for two hours"). A sentence stating one (`largestFigures`) scores
   * at least `RANKING.context` × the paragraph's best, × (1 + `RANKING.duration`). Returns the sentence favoured, as a bit, when it is the only one.
   */
  private favourDuration(position: number, scores: number[]): number {
    if (!this.query.wantsDuration || !RANKING.duration) return 0;
    const figures = largestFigures(this.index, position);
    const top = largest(scores, 0);
    let chosen = 0;
    let favoured = 0;
    for (let i = 0; i < scores.length; i++) {
      if (!(figures[2 * i]! > 0)) continue;
      chosen |= favour(scores, i, top, RANKING.duration);
      favoured++;
    }
    // Several spans ("up to two months … may extend the term for up to 18 months"): the usual choice,
    // a neighbour included, decides among them.
    return favoured === 1 ? chosen : 0;
  }

  /**
   * "what does the tripartite commission do" asks what it does: the sentence with it as the subject of
   * a verb (`actsAsSubject`: "The tripartite commission is responsible for…", "The commission reviews
   * and investigates complaints"), not one mentioning it ("… presented to a tripartite commission
   * composed of…") or describing it ("… is a consultative and advisory body"). Such a sentence scores at
   * least `RANKING.context` × the paragraph's best, × (1 + `RANKING.actor`). Returns the sentences favoured, as bits.
   */
  private favourActor(position: number, scores: number[]): number {
    const actor = this.query.actor;
    if (actor === undefined || !RANKING.actor) return 0;
    const sentences = sentencesOf(this.index, position);
    const text = this.index.report.paragraphs[position]!.text;
    const top = largest(scores, 0);
    let chosen = 0;
    for (let i = 0; i < scores.length; i++) {
      if (!actsAsSubject(text.slice(sentences[i]!.start, sentences[i]!.end), actor, this.info)) continue;
      chosen |= favour(scores, i, top, RANKING.actor);
    }
    return chosen;
  }

  /**
   * "was Aset Zhusupov's death a suicide", "is there anti-Semitism", "why was the reporter taken to the
   * station": the opening sentence sets out the case and holds the topic's words (the names, "Jews"), a
   * later one states the fact asked about ("Investigators were looking into the possibility of forced
   * suicide"). English puts what it asks last: when the opening sentence holds no term of the question's
   * last topical word the report writes, a later sentence holding the word as typed scores at least
   * `RANKING.context` × the paragraph's best, × (1 + `RANKING.fact`). Not for a word whose typed term's
   * sentence value (weight × idf) is under `RANKING.factGate`: a word many sentences hold ("work",
   * "president") says little of what is asked. Returns the sentences favoured, as bits.
   */
  private favourStatedFact(position: number, scores: number[]): number {
    if (!this.query.wantsFact || !RANKING.fact || scores.length < 2) return 0;
    const words = this.query.words;
    let focus = words.length - 1;
    while (focus >= 0 && !(words[focus]!.known === 1 && words[focus]!.topical)) focus--;
    if (focus < 0) return 0;
    let value = 0;
    for (let i = 0; i < this.slots; i++) {
      const t = this.slotInfo[i]!;
      if (t.word === focus && t.typed && t.sentenceValue > value) value = t.sentenceValue;
    }
    if (value < RANKING.factGate) return 0;
    const { ids, starts } = this.sentenceTerms.of(position);
    if (this.holdsWord(ids, starts[0]!, starts[1]!, focus, false)) return 0;
    const top = largest(scores, 0);
    let chosen = 0;
    for (let i = 1; i < scores.length; i++) {
      if (!this.holdsWord(ids, starts[i]!, starts[i + 1]!, focus)) continue;
      chosen |= favour(scores, i, top, RANKING.fact);
    }
    return chosen;
  }

  /**
   * "when did Yerdenayev go on trial" asks the date of what its last topical word names: a narrative's opening dates
   * the case's first event and names its people ("On January 9, … Ruslan Yerdenayev, was arrested…"), outscoring the
   * later sentence dating what is asked ("The court trial began on November 15"), which names the case by no name.
   * When the opening holds no term of the question's last topical word, a later sentence stating a date and holding
   * one scores at least `RANKING.context` × the paragraph's best, × (1 + `RANKING.askedDate`), and is bolded alone
   * (round 97). Returns the sentences favoured, as bits.
   */
  private favourDateOfAsked(position: number, scores: number[]): number {
    if (!RANKING.askedDate || scores.length < 2) return 0;
    const words = this.query.words;
    let focus = words.length - 1;
    while (focus >= 0 && !(words[focus]!.known === 1 && words[focus]!.topical && !ASPECT_VERBS.has(words[focus]!.word))) focus--;
    if (focus < 0) return 0;
    const { ids, starts } = this.sentenceTerms.of(position);
    if (this.holdsWord(ids, starts[0]!, starts[1]!, focus, false)) return 0;
    const sentences = sentencesOf(this.index, position);
    const top = largest(scores, 0);
    let chosen = 0;
    for (let i = 1; i < scores.length; i++) if (sentences[i]!.date && this.holdsWord(ids, starts[i]!, starts[i + 1]!, focus, false)) chosen |= favour(scores, i, top, RANKING.askedDate);
    return chosen;
  }

  /**
   * "why do refugees have trouble finding jobs" asks for a cause: the opening sentence names the topic
   * ("Refugees faced difficulties in gaining employment…"), a later one states why ("… due to local
   * employers' lack of awareness of refugee rights"). A sentence holding a query word and stating a
   * cause (`STATES_CAUSE`) scores at least `RANKING.context` × the paragraph's best, × (1 +
   * `RANKING.cause`). Returns the sentences favoured, as bits.
   */
  private favourCause(position: number, scores: number[]): number {
    if (!this.query.wantsCause || !RANKING.cause) return 0;
    return this.favourStating(position, scores, RANKING.cause, (text) => STATES_CAUSE.test(text));
  }

  /**
   * "can you trust the civil courts", "is the 72-hour hold before charges too long" ask for a judgment: the opening
   * names the topic ("Individuals and organizations may seek civil remedies…", "The law allows police to hold a
   * detainee for 72 hours…"), a later sentence judges it or reports who did ("observers viewed civil courts as corrupt
   * and unreliable", "Human rights observers criticized this period as too lengthy"). A sentence holding a query word
   * and stating a judgment (`STATES_ASSESSMENT`) scores at least `RANKING.context` × the paragraph's best, × (1 +
   * `RANKING.assessment`). Returns the sentences favoured, as bits (round 97).
   */
  private favourAssessment(position: number, scores: number[]): number {
    if (!this.query.wantsAssessment || !RANKING.assessment) return 0;
    return this.favourStating(position, scores, RANKING.assessment, (text) => STATES_ASSESSMENT.test(text));
  }

  /**
   * "how did observers assess the .kz domain registration", "what is the main criticism of the provision on distorting
   * information" ask how something is judged: the opening states the topic in the question's words ("The Ministry … controlled
   * the registration of “.kz” internet domains"), a later sentence says who judged it and how ("Observers criticized the
   * registration process as unduly restrictive…"). A sentence holding a query word and reporting a view (`STATES_VIEW`)
   * scores at least `RANKING.context` × the paragraph's best, × (1 + `RANKING.view`), and is bolded alone: the judgment
   * is the answer, not the topic it judges (round 154). Returns the sentences favoured, as bits.
   */
  private favourView(position: number, scores: number[]): number {
    if (!RANKING.view) return 0;
    return this.favourStating(position, scores, RANKING.view, (text) => STATES_VIEW.test(text));
  }

  /**
   * "is the government doing anything about child marriage", "has anyone been prosecuted for sexual harassment" ask
   * whether there is any: the opening names the topic ("The legal minimum age for marriage is 18…", "Sexual harassment
   * remained a problem"), a later sentence says there was none ("The government did not take any action to address the
   * issue", "nor were there reports of any prosecutions"). A sentence holding a query word and a negation
   * (`STATES_NONE`) scores at least `RANKING.context` × the paragraph's best, × (1 + `RANKING.none`): a bonus, not a
   * pick, as the judgment's is (round 101). Returns the sentences favoured, as bits.
   */
  private favourNone(position: number, scores: number[]): number {
    if (!this.query.wantsAny || !RANKING.none) return 0;
    return this.favourStating(position, scores, RANKING.none, (text) => STATES_NONE.test(text));
  }

  /**
   * "how young can a girl get married", "at what age can children start working" ask an age, and these reports state the
   * limit as "the minimum age for X is N", usually where the topic opens; a later sentence holding more of the
   * question's words states a custom or an exception ("Many couples first married in mosques and then registered
   * officially when the bride reached the legal age", "With parental permission, however, children ages 14 through 16
   * may perform light work…"). A sentence stating an age limit or a person's age (`STATES_AGE`, with its figure), even
   * one sharing no word with the question as a penalty's ("how old does a teenager need to be before starting work":
   * "…the general minimum age for employment is 16"), scores at least `RANKING.context` × the paragraph's best, × (1 +
   * `RANKING.age`), and is bolded alone (round 111). Returns the sentences favoured, as bits.
   */
  private favourAge(position: number, scores: number[]): number {
    if (!this.query.wantsAge || !RANKING.age) return 0;
    const sentences = sentencesOf(this.index, position);
    const text = this.index.report.paragraphs[position]!.text;
    const top = largest(scores, 0);
    let chosen = 0;
    for (let i = 0; i < scores.length; i++) {
      if (sentences[i]!.quantity && STATES_AGE.test(text.slice(sentences[i]!.start, sentences[i]!.end))) chosen |= favour(scores, i, top, RANKING.age);
    }
    return chosen;
  }

  /**
   * "can someone be put in a mental hospital against their will" asks whether it may be done, and English
   * answers with the modal or the permission it asks about: "Citizens with mental disabilities may be committed
   * to state-run institutions without their consent", "The government has broad authority to deport…", "By law
   * refugees have the right to work", not "There are no regulations regarding the rights of patients in mental
   * hospitals", which holds more of the question's words. A sentence holding a query word and saying what may
   * or may not be done (`STATES_PERMISSION`) scores × (1 + `RANKING.permission`): a bonus like the law
   * question's, not a pick, since many sentences of a paragraph on the law say "may" (round 74).
   */
  private favourPermission(position: number, scores: number[]): void {
    if (!this.query.wantsPermission || !RANKING.permission) return;
    const sentences = sentencesOf(this.index, position);
    const text = this.index.report.paragraphs[position]!.text;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i]! > 0 && STATES_PERMISSION.test(text.slice(sentences[i]!.start, sentences[i]!.end))) scores[i] = scores[i]! * (1 + RANKING.permission);
    }
  }

  /**
   * "fine for employing a minor without a contract" and "how much did the company invest in safety" ask
   * a sum of money: the sentence sharing the most words may count something else ("at least 10
   * employers were fined… without signing employment contracts"), or state a share ("raised their wages
   * by 30 percent"); the answer states the sum ("punishable by up to 425,000 tenge ($1,250)"). A
   * sentence holding a query word and stating a sum (`MONEY`) scores at least `RANKING.context` × the
   * paragraph's best, × (1 + `RANKING.sum`). Returns the sentences favoured, as bits.
   */
  private favourSum(position: number, scores: number[]): number {
    if (!this.query.wantsSum || !RANKING.sum) return 0;
    return this.favourStating(position, scores, RANKING.sum, (text, sentence) => sentence.quantity && MONEY.test(text));
  }

  /**
   * Favours (`favour`, by `weight`) each sentence holding a query word of which `states` holds, given its
   * text and its index entry: the shared step of the rules that pick a sentence by what it states. Returns
   * the sentences favoured, as bits.
   */
  private favourStating(position: number, scores: number[], weight: number, states: (text: string, sentence: IndexedSentence) => boolean): number {
    const sentences = sentencesOf(this.index, position);
    const text = this.index.report.paragraphs[position]!.text;
    const top = largest(scores, 0);
    let chosen = 0;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i]! > 0 && states(text.slice(sentences[i]!.start, sentences[i]!.end), sentences[i]!)) chosen |= favour(scores, i, top, weight);
    }
    return chosen;
  }

  /**
   * Whether the paragraph's opening sentence holds at least as many of the query's typed words as any
   * later sentence (always for a keyword query, whose words all name the topic, or with
   * `RANKING.openingCounted` 0). Read for the bold answer only.
   */
  private openingHoldsMostWords(position: number): boolean {
    if (!RANKING.openingCounted || this.query.keywords) return true;
    const { ids, starts } = this.sentenceTerms.of(position);
    // Each typed word's mark in `credit`: the last sentence (1-based) found holding it.
    const mark = zeroed(this.credit, this.words);
    let opening = 0;
    for (let i = 0; i < starts.length - 1; i++) {
      let count = 0;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const slot = this.sentenceTerms.slotOf(ids[j]!);
        if (slot < 0) continue;
        const t = this.slotInfo[slot]!;
        if (!t.typed || mark[t.word] === i + 1) continue;
        mark[t.word] = i + 1;
        // A later sentence holding more than the opening settles it: no need to read on.
        if (++count > opening && i > 0) return false;
      }
      // An opening holding every typed word cannot be outdone.
      if (i === 0 && (opening = count) >= this.typedWords) return true;
    }
    return true;
  }

  /** Whether the terms `ids[start, end)` hold a typed term of query word `word` (any of its terms when not `typedOnly`). */
  private holdsWord(ids: readonly number[], start: number, end: number, word: number, typedOnly = true): boolean {
    for (let j = start; j < end; j++) {
      const slot = this.sentenceTerms.slotOf(ids[j]!);
      if (slot >= 0 && this.slotInfo[slot]!.word === word && (this.slotInfo[slot]!.typed || !typedOnly)) return true;
    }
    return false;
  }

  /**
   * A question asking for a penalty is often answered by a sentence that only refers back to the case
   * the paragraph's earlier sentences name ("… a court sentenced Murzabekov to 10 years", "found her
   * guilty … and sentenced her"): a sentence stating a penalty, even one sharing no word with the query,
   * scores at least `RANKING.context` × the paragraph's best before the `RANKING.penalty` bonus. Used for the bold answer only; the paragraph's rank does
   * not change (a penalty bonus in the ranking changed no question's top paragraph).
   */
  private favourPenalty(position: number, scores: number[]): void {
    if (!this.query.wantsPenalty) return;
    const sentences = sentencesOf(this.index, position);
    const top = largest(scores, 0);
    for (let i = 0; i < scores.length; i++) {
      if (sentences[i]!.penalty) favour(scores, i, top, RANKING.penalty);
    }
  }

  /**
   * Each sentence's score (sentence BM25, each typed word counted once), 0 when it matches nothing.
   * Kept per paragraph: re-ranking scores a hit's sentences and its excerpt needs them again (the
   * caller must not change the array).
   */
  private sentenceScores(position: number): readonly number[] {
    // Another query on this report has reassigned the term slots: a bug in the caller, not a zero score.
    if (this.sentenceTerms.current !== this.generation) throw new Error('QueryScorer used after a newer query on the same report');
    const kept = this.sentenceTerms.scored;
    if (kept.by[position] === this.generation) return kept.scores[position]!;
    // An earlier query's array for this paragraph (of its sentence count) is written over, not made again:
    // no earlier scorer reads it any more (the generation check above), and an array per scored paragraph
    // was the largest part of a warm query's garbage (docs/search-speed.md, issue 13 round 30).
    const scores = this.scoreSentences(position, undefined, undefined, kept.scores[position]);
    kept.scores[position] = scores;
    kept.by[position] = this.generation;
    return scores;
  }

  /**
   * Each sentence's score: sentence BM25, each query word counted once at its best term, times the
   * question type's bonuses. With `marks`, only the words whose `marks` entry is `mark`, without bonuses
   * and without the alignment's exact matches: what part of the question a sentence tells (`favourAfterEvent`).
   */
  private scoreSentences(position: number, marks?: readonly number[], mark?: number, reuse?: number[]): number[] {
    // Everything a query-dependent branch below reads is read here, on every call: a read first met in a branch
    // after the function is optimised has no type feedback and throws the code away (a fresh `hr`'s first
    // figure, law or date question: docs/search-speed.md, issue 13 round 50); the permission branch and the test of a term met
    // only inside a name are rarer and cost more, and run on a process's first queries' paragraphs (`PERMISSION_PROBES`).
    const index = this.index;
    const mean = index.meanSentenceLength;
    const { sk: k, sb: b } = RANKING;
    const quantityBonus = 1 + RANKING.quantity;
    const countedBonus = 1 + RANKING.counted;
    const permittedBonus = 1 + RANKING.permitted;
    const lawBonus = 1 + RANKING.law;
    const dateBonus = 1 + RANKING.date;
    const causeBonus = 1 + RANKING.causeStated;
    const { quantity: quantityFlag, law: lawFlag, date: dateFlag } = SENTENCE_FLAGS;
    const { ids, starts, flags } = this.sentenceTerms.of(position);
    const count = starts.length - 1;
    // Every element is written below (0 for a sentence matching nothing): `fill(0)` first took twice as long.
    const scores = reuse?.length === count ? reuse : new Array<number>(count);
    // For the alignment ranking: each sentence's exact match of each query word (typed 1, expansion less).
    const n = this.query.words.length;
    const exact = this.aligning && !marks ? this.similarities!.exact : undefined;
    const base = exact ? exact.take(this.generation, position, count * n) : 0;
    // Each term's query slot (-1: not a query term), read only for the terms the member bits name.
    const slotOfId = this.sentenceTerms.slots();
    const member = this.sentenceTerms.members();
    // A term's slot is its own (two terms never share one): `seenIn[slot]` is the last sentence (a stamp
    // unique to this scorer) that counted it, so a term met again in its sentence is passed over without
    // looking back over the sentence's earlier terms, and no term needs its slot written down.
    const seenIn = this.seenIn;
    const credit = this.credit;
    // `lead` and the others marking words in `credit` may have left marks; below, a sentence that matched clears its own.
    zeroed(credit, this.words);
    const { wantsQuantity, wantsLaw, wantsDate } = this.query;
    const counting = this.query.counted.length > 0;
    const asks = this.asksPermission;
    const probing = this.probesPermission && permissionProbesLeft > 0;
    const acts = asks || probing ? permittedActsOf(index, position) : undefined;
    const nowhere = probing ? NOWHERE : undefined;
    // A why-question's paragraphs (and a probe's), not for marks: their sentences stating a cause, read from the text once per paragraph.
    const asksCause = this.asksCause && !marks;
    const probingCause = this.probesCause && !marks && causeProbesLeft > 0;
    const causes = asksCause || probingCause ? causeSentences(index, position) : undefined;
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = starts[i + 1]!;
      const lengthNorm = k * (1 - b + (b * (end - start)) / mean);
      const stamp = ++this.sentenceStamp;
      let matchedWords = 0;
      // Term frequencies are small; count them in place rather than allocating a map.
      for (let j = start; j < end; j++) {
        const id = ids[j]!;
        // Most terms are no query term: their bit says so without reading the slots.
        if ((member[id >> 5]! & (1 << (id & 31))) === 0) continue;
        const slot = slotOfId[id]!;
        if (slot < 0 || seenIn[slot] === stamp) continue;
        seenIn[slot] = stamp;
        let f = 1;
        for (let o = j + 1; o < end; o++) if (ids[o] === id) f++;
        const t = this.slotInfo[slot]!;
        if (marks && marks[t.word] !== mark) continue;
        const named = t.named ?? nowhere;
        if (named !== undefined && named.includes(position)) continue;
        const v = (t.sentenceValue * (f * (k + 1))) / (f + lengthNorm);
        if (exact && t.word < n) exact.raise(base + i * n + t.word, t.typed ? 1 : ALIGNMENT.expanded);
        if (credit[t.word] === 0) matchedWords++;
        if (v > credit[t.word]!) credit[t.word] = v;
      }
      if (matchedWords === 0) {
        scores[i] = 0;
        continue;
      }
      let score = 0;
      for (let w = 0; w < this.words; w++) {
        score += credit[w]!;
        credit[w] = 0;
      }
      if (marks) {
        scores[i] = score;
        continue;
      }
      const flag = flags[i]!;
      // The flags' tests and the bonuses' products run for every query (× 1 for a bonus that does not apply, which
      // leaves the score's bits as they were), so a kind of question first met late does not meet them first.
      const quantity = (flag & quantityFlag) !== 0;
      const law = (flag & lawFlag) !== 0;
      const date = (flag & dateFlag) !== 0;
      score *= wantsQuantity && quantity ? quantityBonus : 1;
      // With no counted noun `countsAskedNoun` finds none; a process's first `COUNTED_PROBES` figure sentences of
      // other questions still take the call and its loop, so that a fresh `hr`'s first counting question, which comes
      // after this function is optimised, does not meet them first. After those, a non-counting question skips it.
      if (quantity && (counting || countedProbesLeft > 0)) {
        if (!counting) countedProbesLeft--;
        score *= this.countsAskedNoun(ids, start, end) ? countedBonus : 1;
      }
      if (acts !== undefined) {
        const listed = acts[i]!;
        if (probing && listed.length > 0) permissionProbesLeft--;
        score *= this.namesTypedTerm(listed) && asks ? permittedBonus : 1;
      }
      score *= wantsLaw && law ? lawBonus : 1;
      score *= wantsDate && date ? dateBonus : 1;
      if (probingCause) causeProbesLeft--;
      score *= causes !== undefined && causes[i] === 1 && asksCause ? causeBonus : 1;
      if (RANKING.bigram && matchedWords > 1) score *= 1 + RANKING.bigram * this.adjacentPairs(ids, start, end);
      scores[i] = score;
    }
    return scores;
  }

  /**
   * The first paragraph under a heading that the query names is its overview: `RANKING.lead`, else 0.
   * For a figure question, only an overview that states a figure: one stating none cannot answer it,
   * and the count is a detail further on ("how many political parties are there": "There were seven
   * political parties registered" is ¶2; the overview says how parties register).
   */
  lead(position: number): number {
    if (this.ordinals[position] !== 1 || this.typedTotal === 0) return 0;
    if (this.query.wantsQuantity && !this.statesFigure(position)) return 0;
    const headings = this.index.headingTerms[position] ?? [];
    // Each typed word's best value among the heading's terms, summed in the order the words first
    // appear (the order a Map of them kept), in `credit`; `leadOrder` lists the words.
    const best = zeroed(this.credit, this.words);
    const order = this.leadOrder;
    let seen = 0;
    for (let h = 0; h < headings.length; h++) {
      const t = this.info.get(headings[h]!);
      if (!t?.typed) continue;
      let known = false;
      for (let i = 0; i < seen && !known; i++) known = order[i] === t.word;
      if (!known) order[seen++] = t.word;
      best[t.word] = Math.max(best[t.word]!, t.paragraphValue);
    }
    let sum = 0;
    for (let i = 0; i < seen; i++) sum += best[order[i]!]!;
    return sum / this.typedTotal < 0.5 ? 0 : this.titleVote(position);
  }

  /** `lead` of a paragraph opening a heading whose words the query holds: whether it names the heading's title, and all of it. Its own method, so that a query whose first hits open no such heading does not compile it. */
  private titleVote(position: number): number {
    // The query must also name the heading itself, not just share words with a longer one:
    // "minimum age for marriage" does not name "Prohibition of Child Labor and Minimum Age for Employment".
    const title = this.index.titleTerms?.[position] ?? [];
    let named = 0;
    for (let h = 0; h < title.length; h++) if (this.info.get(title[h]!)?.typed) named++;
    if (title.length > 0 && named / title.length < RANKING.named) return 0;
    // A query made only of the heading's own words, naming most of it ("political prisoners" for
    // "Political Prisoners and Detainees"), asks for that heading: its overview gets a vote worth more
    // than a first place (`RANKING.titled`). Not for a figure: that is a detail, rarely in the overview.
    if (this.query.wantsQuantity || title.length < 2 || named / title.length < RANKING.titleShare) return RANKING.lead;
    // `credit` marks the typed words the title holds.
    const inTitleMarks = zeroed(this.credit, this.words);
    let inTitle = 0;
    for (let h = 0; h < title.length; h++) {
      const t = this.info.get(title[h]!);
      if (t?.typed && inTitleMarks[t.word] === 0) {
        inTitleMarks[t.word] = 1;
        inTitle++;
      }
    }
    return inTitle === this.typedWords ? RANKING.titled : RANKING.lead;
  }

  /** Whether the paragraphs at positions `a` and `b` stand under the same (deepest) heading. */
  sameHeading(a: number, b: number): boolean {
    const paragraphs = this.index.report.paragraphs;
    return b < paragraphs.length && paragraphs[a]!.sectionId === paragraphs[b]!.sectionId;
  }

  /**
   * Whether the paragraph (the fusion's first) holds a typed topical word of the question nowhere, in its text or its
   * heading path; such words are marked for `headingNamesLackedWord`.
   */
  firstLacksTopicalWord(position: number): boolean {
    const words = this.query.words;
    // The pool's scratch (at least `words` long, see the constructor).
    const lacked = zeroed(this.pool.lacked, this.words);
    let count = 0;
    for (let i = 0; i < this.slots; i++) {
      const t = this.slotInfo[i]!;
      const word = words[t.word];
      if (t.typed && word?.topical && word.specificity >= RANKING.headingTopicSpecificity && lacked[t.word] === 0) {
        lacked[t.word] = 1;
        count++;
      }
    }
    if (count === 0) return false;
    const { ids } = this.sentenceTerms.of(position);
    for (let j = 0; j < ids.length && count > 0; j++) {
      const slot = this.sentenceTerms.slotOf(ids[j]!);
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (t.typed && lacked[t.word] === 1) {
        lacked[t.word] = 0;
        count--;
      }
    }
    const headings = this.index.headingTerms[position] ?? [];
    for (let h = 0; h < headings.length && count > 0; h++) {
      const t = this.info.get(headings[h]!);
      if (t?.typed && lacked[t.word] === 1) {
        lacked[t.word] = 0;
        count--;
      }
    }
    if (count === 0) return false;
    // The typed terms of the words marked, which `headingNamesLackedWord` compares each candidate's heading terms with
    // (one to three strings), instead of looking every heading term up in the query's term map.
    const terms: string[] = [];
    // The slots are in the order the terms were first added, as the query's term Map iterated them.
    const infos = this.slotInfo;
    for (let i = 0; i < this.slots; i++) if (infos[i]!.typed && lacked[infos[i]!.word] === 1) terms.push(infos[i]!.term);
    this.lackedTerms = terms;
    return true;
  }

  /** The typed terms of the words `firstLacksTopicalWord` marked. */
  private lackedTerms: readonly string[] = [];

  /**
   * Whether the paragraph's heading path names a typed word `firstLacksTopicalWord` marked, and its text holds it too:
   * the word is the paragraph's topic. A heading alone is not enough: "Government Human Rights Bodies" heads the
   * ombudsman's paragraphs, which never say "body" ("is the torture prevention body independent").
   */
  headingNamesLackedWord(position: number): boolean {
    const headings = this.index.headingTerms[position] ?? [];
    const lacked = this.lackedTerms;
    for (let h = 0; h < headings.length; h++) {
      if (!lacked.includes(headings[h]!)) continue;
      if (this.textHoldsTyped(position, this.info.get(headings[h]!)!.word)) return true;
    }
    return false;
  }

  /** Whether the paragraph's text holds a typed term of the query's word `word`. */
  private textHoldsTyped(position: number, word: number): boolean {
    const { ids } = this.sentenceTerms.of(position);
    for (let j = 0; j < ids.length; j++) {
      const slot = this.sentenceTerms.slotOf(ids[j]!);
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (t.typed && t.word === word) return true;
    }
    return false;
  }

  /**
   * How many of the question's typed words the paragraph's text holds (each counted once, expansions
   * not at all): what breaks an exact tie of the fusion before paragraph order (`breakTies`).
   */
  typedWordsHeld(position: number): number {
    const { ids } = this.sentenceTerms.of(position);
    // `credit` marks the typed words found.
    const held = zeroed(this.credit, this.words);
    let count = 0;
    for (let j = 0; j < ids.length; j++) {
      const slot = this.sentenceTerms.slotOf(ids[j]!);
      if (slot < 0) continue;
      const t = this.slotInfo[slot]!;
      if (t.typed && held[t.word] === 0) {
        held[t.word] = 1;
        count++;
      }
    }
    return count;
  }

  /** Whether `terms` (a sentence's `permittedActs`) hold a term of a word the question typed (or typed misspelt), not a stand-in. */
  private namesTypedTerm(terms: readonly string[]): boolean {
    if (terms.length === 0) return false;
    const qterms = this.query.terms;
    for (let i = 0; i < qterms.length; i++) if (qterms[i]!.origin !== 'expanded' && terms.includes(qterms[i]!.term)) return true;
    return false;
  }

  /**
   * Whether the paragraph's sentence `sentence` (its best) states a share (`SHARE_STATED`), for a question asking one
   * (`asksShare`): this is the fusion's vote for the kind of answer asked (`RANKING.share`).
   */
  statesShare(position: number, sentence: number): boolean {
    return this.asksShare && shareSentences(this.index, position)[sentence] === 1;
  }

  /**
   * Whether one sentence of the paragraph, with its heading path, holds every typed word of a keyword
   * query (`ParsedQuery.keywords`; expansions not counted). A keyword query has no question word to
   * say which word matters: each does. BM25 and the best sentence reward a passage repeating the
   * rarest word ("prolonged pretrial detention … detention" for "detention before charges") as much
   * as one stating them all ("hold a detainee for 72 hours before bringing charges" under Pretrial
   * Detention); the one stating them all, together, gets `RANKING.together` (docs/search-quality.md, round 33).
   */
  holdsEveryWordTogether(position: number): boolean {
    if (!this.keywordsAsWritten || this.typedWords < 2) return false;
    // `credit` marks the typed words the heading path holds.
    const inHeadings = zeroed(this.credit, this.words);
    let base = 0;
    const headings = this.index.headingTerms[position] ?? [];
    for (let h = 0; h < headings.length; h++) {
      const t = this.info.get(headings[h]!);
      if (t?.typed && inHeadings[t.word] === 0) {
        inHeadings[t.word] = 1;
        base++;
      }
    }
    if (base === this.typedWords) return true;
    const { ids, starts } = this.sentenceTerms.of(position);
    // Each word's mark in `leadOrder`: the last sentence (1-based) found holding it.
    const mark = zeroed(this.leadOrder, this.words);
    for (let s = 0; s + 1 < starts.length; s++) {
      let count = base;
      for (let j = starts[s]!; j < starts[s + 1]!; j++) {
        const slot = this.sentenceTerms.slotOf(ids[j]!);
        if (slot < 0) continue;
        const t = this.slotInfo[slot]!;
        if (t.typed && inHeadings[t.word] === 0 && mark[t.word] !== s + 1) {
          mark[t.word] = s + 1;
          count++;
        }
      }
      if (count === this.typedWords) return true;
    }
    return false;
  }

  /**
   * Whether the paragraph's sentence `sentence` (its best) states a figure at most `RANKING.countedGap`
   * terms before a word a "how many X" question counts, as typed or corrected (not a stand-in) and no
   * everyday word: "an estimated 950,000 migrants in the country" for "how many migrants are in the
   * country". The sentence ranking's `counted` bonus reads stand-ins too ("sit" → seats), and a
   * paragraph first by BM25 on other words ("migration police") still tied with the one stating the
   * count; this is the fusion's vote for the count asked for (`RANKING.countedVote`).
   */
  statesTypedCount(position: number, sentence: number): boolean {
    return this.countsTyped && this.statesCount(position, sentence);
  }

  /** `statesTypedCount` of a question counting a specific word: its own method, so that other questions do not compile it. */
  private statesCount(position: number, sentence: number): boolean {
    const { ids, starts } = this.sentenceTerms.of(position);
    const end = starts[sentence + 1] ?? 0;
    for (let i = starts[sentence] ?? 0; i < end; i++) {
      if (!this.sentenceTerms.isFigure(ids[i]!)) continue;
      for (let j = i + 1; j < end && j <= i + RANKING.countedGap; j++) {
        const slot = this.sentenceTerms.slotOf(ids[j]!);
        if (slot < 0) continue;
        const t = this.slotInfo[slot]!;
        if (t.typed && this.query.counted.includes(t.word) && isSpecific(this.query.words[t.word])) return true;
      }
    }
    return false;
  }

  /** Whether any sentence of the paragraph states a figure (a loop, not `some`: `lead` runs for every candidate; the flags beside the term ids, not the sentence objects). */
  private statesFigure(position: number): boolean {
    const flags = this.sentenceTerms.of(position).flags;
    for (let i = 0; i < flags.length; i++) if ((flags[i]! & SENTENCE_FLAGS.quantity) !== 0) return true;
    return false;
  }

  /** Whether a figure stands right before a word the question counts ("258 labor inspectors"; within `RANKING.countedGap` terms) in the sentence of terms `ids[start, end)`. */
  private countsAskedNoun(ids: readonly number[], start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      if (!this.sentenceTerms.isFigure(ids[i]!)) continue;
      for (let j = i + 1; j < end && j <= i + RANKING.countedGap; j++) {
        const slot = this.sentenceTerms.slotOf(ids[j]!);
        if (slot >= 0 && this.query.counted.includes(this.slotInfo[slot]!.word)) return true;
      }
    }
    return false;
  }

  /** Share of neighbouring typed query words that also stand next to each other in the sentence of terms `ids[start, end)`. */
  private adjacentPairs(ids: readonly number[], start: number, end: number): number {
    if (this.typedWords < 2) return 0;
    let pairs = 0;
    for (let i = start + 1; i < end; i++) {
      const sa = this.sentenceTerms.slotOf(ids[i - 1]!);
      const sb = this.sentenceTerms.slotOf(ids[i]!);
      if (sa < 0 || sb < 0) continue;
      const a = this.slotInfo[sa]!;
      const b = this.slotInfo[sb]!;
      if (a.typed && b.typed && b.word === a.word + 1) pairs++;
    }
    return Math.min(1, pairs / (this.typedWords - 1));
  }
}

/** The sentences a "chosen" mask can name (`favour`, `answerSentences`): bits 0–30 of a small integer. */
const CHOSEN_BITS = 31;

/**
 * Lifts sentence `i`'s score for the bold answer to at least `RANKING.context` × the paragraph's best
 * (`top`), then weighs it by 1 + `weight`: how every rule favours the sentence of the kind its question
 * asks for (a penalty, the verb asked about, the largest figure, a span of time, the actor, the stated
 * fact). Returns the sentence as a bit of the "chosen" mask (0 past its `CHOSEN_BITS`).
 */
function favour(scores: number[], i: number, top: number, weight: number): number {
  scores[i] = Math.max(scores[i]!, RANKING.context * top) * (1 + weight);
  return i < CHOSEN_BITS ? 1 << i : 0;
}

/**
 * `scratch`, one of the scorer pool's per-word arrays (`credit`, `held`, `leadOrder`, `lacked`), with its first `words`
 * entries zeroed: the only ones read, as every term's word is below the query's word count. Each method borrowing one
 * (`credit` is `scoreSentences`' sums, free outside it) clears it first. A loop, not `fill`, which calls into V8's C++
 * runtime (~0.1 µs for 16 entries, several times the loop) for each candidate (docs/search-speed.md, issue 13 round 46).
 */
function zeroed(scratch: number[], words: number): number[] {
  for (let w = 0; w < words; w++) scratch[w] = 0;
  return scratch;
}

/**
 * Scratch copies for `answerSentences`, one per length (a paragraph's sentence count): its preferences
 * change the copy, which lives only within the call (single-threaded, not re-entered), so no array is
 * made per excerpt.
 */
const copies: number[][] = [];

/** `values` copied into the scratch array of its length (valid until the next call for that length). */
export function copyOf(values: readonly number[]): number[] {
  const n = values.length;
  let copy = copies[n];
  if (!copy) {
    copy = values.slice();
    copies[n] = copy;
    return copy;
  }
  for (let i = 0; i < n; i++) copy[i] = values[i]!;
  return copy;
}

/** `Math.max(from, ...values)` without spreading an array into arguments (scores are never NaN). */
function largest(values: readonly number[], from: number): number {
  let max = from;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

/** A ranked paragraph; `sentence` is the index of its best sentence when it was re-ranked. */
export interface Ranked {
  position: number;
  score: number;
  sentence?: number;
}

/**
 * Ranked paragraphs, best first. Only a page of them is ever shown, so the paragraphs below the
 * re-ranked head (BM25 order, often a hundred or more) are kept as positions and made into `Ranked`
 * objects only when a page reaches them: no object per candidate per query.
 *
 * A list `rerank` made reads the scratch it was written in (its head) and BM25's results (its tail) in place, so it
 * is read only until the next re-ranking or BM25 ranking on its report, as the query's scorer is used only until the
 * next query: a later read throws rather than read another query's order. A search reads its page and first three
 * positions right away; copying the head and tail out for it was ~1 KB of a warm query's ~12 (issue 13 round 55).
 */
export class RankedList {
  /**
   * `head`: ranked and scored, three numbers an entry (position, best sentence or NaN for none, score),
   * made into `Ranked` objects only when a page reads them: a packed array of doubles where an object per re-ranked
   * candidate was a tenth of a warm query's garbage (docs/search-speed.md, issue 13 rounds 30 and 46);
   * `tail`: the positions after it, `tail[i]` for list index `i` from `headLength` to `length` (BM25's `ids`), each
   * scored `1 / (fusionK + i)` and divided by `top`, as the head's scores were.
   */
  private constructor(
    private readonly head: readonly number[],
    private readonly headLength: number,
    private readonly tail: readonly number[],
    /** How many paragraphs are ranked: the head's and the tail's. */
    readonly length: number,
    private readonly top: number,
    /** BM25's results the tail is read from, or undefined for a list holding its own arrays (`of`). */
    private readonly candidates: Bm25Results | undefined,
    /** `reranks` and `candidates.rankings` when the list was made. */
    private readonly made: number,
    private readonly ranking: number | undefined,
  ) {}

  /** A list of these ranked paragraphs, best first, and nothing below them: its own arrays, read at any time. */
  static of(ranked: readonly Ranked[]): RankedList {
    const head = doubles(ranked.length * 3);
    for (let i = 0; i < ranked.length; i++) {
      const r = ranked[i]!;
      head[3 * i] = r.position;
      head[3 * i + 1] = r.sentence ?? NaN;
      head[3 * i + 2] = r.score;
    }
    return new RankedList(head, ranked.length, [], ranked.length, 1, undefined, 0, undefined);
  }

  /** `rerank`'s list: its head (`head`, filled by the caller: `headLength` entries) above the rest of `candidates` in BM25 order, both read in place. */
  static inPlace(head: readonly number[], headLength: number, candidates: Bm25Results, top: number): RankedList {
    return new RankedList(head, headLength, candidates.ids, candidates.count, top, candidates, reranks, candidates.rankings);
  }

  /** Throws when the scratch or BM25 results this list reads have been written over by a later query. */
  private readable(): void {
    if (this.candidates !== undefined && (this.made !== reranks || this.ranking !== this.candidates.rankings)) {
      throw new Error('RankedList read after a later re-ranking or BM25 ranking on its report');
    }
  }

  /** The paragraph position at `index` (0: the best; below `length`). */
  positionAt(index: number): number {
    this.readable();
    return index < this.headLength ? this.head[3 * index]! : this.tail[index]!;
  }

  /** The score of the paragraph at `index` (below `length`), as `slice` gives it. */
  scoreAt(index: number): number {
    this.readable();
    return index < this.headLength ? this.head[3 * index + 2]! : 1 / (RANKING.fusionK + index) / this.top;
  }

  /** The ranked paragraphs from `start` up to `end` (excluded), as `Array#slice` bounds them. */
  slice(start: number, end: number): Ranked[] {
    this.readable();
    const out: Ranked[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) {
      if (i < this.headLength) {
        const sentence = this.head[3 * i + 1]!;
        // Position and sentence as whole numbers (small integers in the object, where the head's doubles were each boxed:
        // issue 13 round 42).
        out.push(Number.isNaN(sentence) ? { position: this.head[3 * i]! | 0, score: this.head[3 * i + 2]! } : { position: this.head[3 * i]! | 0, sentence: sentence | 0, score: this.head[3 * i + 2]! });
      } else out.push({ position: this.tail[i]!, score: 1 / (RANKING.fusionK + i) / this.top });
    }
    return out;
  }
}

/** Re-rankings begun (`rerank`): a list it made reads its scratch only while this is unchanged (`RankedList`). */
let reranks = 0;

/**
 * Re-ranks BM25 candidates (best first; ids are paragraph positions) by fusing their BM25 rank with
 * their best sentence's rank. Only their order counts: BM25's results are read as they are, not copied.
 *
 * A query runs this once, so it is a shell without loops: each ranking's scores come from a function
 * of their own (`scoreBestSentences`, `scoreDense`, `scoreAlignment`), their places from `rankInto`,
 * the sums from `fuse`, the list from `headOrder` and `headOf`. V8 optimises a function once it has
 * run enough bytecode; as one function with its loops, this reached TurboFan after 60–240 queries and
 * was compiled with everything it calls inlined, the rankings many queries never take included, on
 * hr's one worker thread in the middle of a stdin session (docs/search-speed.md, speed round 17).
 */
export function rerank(candidates: Bm25Results, scorer: QueryScorer): RankedList {
  // From here on the scratch is this query's: an earlier list reading it throws.
  reranks++;
  const count = Math.min(candidates.count, RERANK_DEPTH);
  const ids = candidates.ids;
  const { values, sentenceRank, denseRank, alignRank } = scratch;
  // Each ranking's scores go to `values`, then their places to its ranks. `rankInto` and `headOrder`
  // are called here, not in the loops' functions: optimised on their own while the first queries run,
  // they would be compiled again into each function inlining them.
  scoreBestSentences(scorer, ids, count);
  rankInto(values, count, sentenceRank);
  const vector = scorer.denseQuery();
  if (vector) {
    scoreDense(scorer, vector, ids, count);
    rankInto(values, count, denseRank);
  } else for (let i = 0; i < count; i++) denseRank[i] = Infinity;
  if (scorer.alignsQuery()) {
    scoreAlignment(scorer, ids, count);
    rankInto(values, count, alignRank);
  } else for (let i = 0; i < count; i++) alignRank[i] = Infinity;
  fuse(scorer, ids, count);
  if (RANKING.headingTopic > 0) voteForHeadingTopic(scorer, ids, count);
  if (RANKING.nextParagraph > 0) voteForNextParagraph(scorer, ids, count);
  return headOf(candidates, count, breakTies(scorer, values, ids, headOrder(values, ids, count), count));
}

/**
 * Exact ties of the fusion, reordered by how many of the question's typed words each paragraph holds
 * (more first), then by paragraph order as before. A tie is one paragraph first by BM25 and second by
 * its best sentence and another the reverse: the two rankings disagree, and a third piece of evidence
 * decides better than where the paragraph stands in the report (docs/search-quality.md, round 27: 4 first
 * places won and none lost over every question set; the same count added to near ties lost some).
 * Ties are rare, so the count is read only for tied runs.
 */
function breakTies(scorer: QueryScorer, values: readonly number[], ids: readonly number[], order: number[], count: number): number[] {
  const held = scratch.held;
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && values[order[end]!] === values[order[start]!]) end++;
    if (end - start > 1) {
      for (let r = start; r < end; r++) held[order[r]!] = scorer.typedWordsHeld(ids[order[r]!]!);
      // An insertion sort, stable: among equals, headOrder's paragraph order stays.
      for (let r = start + 1; r < end; r++) {
        const i = order[r]!;
        let at = r;
        while (at > start && held[order[at - 1]!]! < held[i]!) {
          order[at] = order[at - 1]!;
          at--;
        }
        order[at] = i;
      }
    }
    start = end;
  }
  return order;
}

/**
 * Scratch for `rerank`, reused by every query (single-threaded, used within one call): no closure or object per
 * candidate, and each ranking is computed by counting (see `rankInto`). Packed plain arrays, not typed ones
 * (`plain-arrays.ts`).
 */
const scratch = {
  values: doubles(RERANK_DEPTH),
  sentence: smallIntegers(RERANK_DEPTH, 0),
  sentenceRank: doubles(RERANK_DEPTH),
  denseRank: doubles(RERANK_DEPTH),
  alignRank: doubles(RERANK_DEPTH),
  order: smallIntegers(RERANK_DEPTH, 0),
  held: smallIntegers(RERANK_DEPTH, 0),
  /** `headOf`'s entries, copied at their length into the list (`RankedList`'s head). */
  head: doubles(3 * RERANK_DEPTH),
};

/** Each candidate's best sentence (`scratch.sentence`) and its score (`scratch.values`). */
function scoreBestSentences(scorer: QueryScorer, ids: readonly number[], count: number): void {
  const { values, sentence } = scratch;
  for (let i = 0; i < count; i++) {
    sentence[i] = scorer.bestSentenceIndex(ids[i]!);
    values[i] = scorer.bestSentenceScore;
  }
}

/** Each candidate's best sentence cosine with the query's dense vector (`scratch.values`). */
function scoreDense(scorer: QueryScorer, vector: Float32Array, ids: readonly number[], count: number): void {
  const values = scratch.values;
  for (let i = 0; i < count; i++) values[i] = scorer.denseScore(vector, ids[i]!);
}

/** Each candidate's best sentence by soft alignment with the query (`scratch.values`). */
function scoreAlignment(scorer: QueryScorer, ids: readonly number[], count: number): void {
  const values = scratch.values;
  for (let i = 0; i < count; i++) values[i] = scorer.alignment(ids[i]!);
}

/** Each candidate's fused score into `scratch.values`: reciprocal ranks, BM25's by its place, the overview's vote, a keyword query's `together` vote, a count question's `countedVote` and a share question's `share`. */
function fuse(scorer: QueryScorer, ids: readonly number[], count: number): void {
  const K = RANKING.fusionK;
  const { values, sentenceRank, denseRank, alignRank, sentence } = scratch;
  const { denseWeight, alignmentWeight } = scorer;
  for (let i = 0; i < count; i++) {
    values[i] = 1 / (K + i) + RANKING.sentence / (K + sentenceRank[i]!) + denseWeight / (K + denseRank[i]!) + alignmentWeight / (K + alignRank[i]!) + scorer.lead(ids[i]!) / K + (RANKING.together && scorer.holdsEveryWordTogether(ids[i]!) ? RANKING.together / K : 0) + (RANKING.countedVote && scorer.statesTypedCount(ids[i]!, sentence[i]!) ? RANKING.countedVote / K : 0) + (scorer.statesShare(ids[i]!, sentence[i]!) ? RANKING.share / K : 0);
  }
}

/**
 * `RANKING.headingTopic`: when the fusion's first paragraph holds a typed topical word of the question nowhere (text or
 * heading path), each other candidate whose heading path names such a word gets `headingTopic` / `fusionK`. Every
 * country report heads its sub-topics ("Protection of Refugees › Employment", "Stateless Persons"), and a first
 * passage matching the question's other words ("find a job") without its topic ("refugees") answers another question
 * (docs/search-quality.md, quality round 85). The first's words are read once; a query whose first holds them all stops there.
 */
function voteForHeadingTopic(scorer: QueryScorer, ids: readonly number[], count: number): void {
  if (count < 2) return;
  const values = scratch.values;
  const first = fusedFirst(values, ids, count);
  if (!scorer.firstLacksTopicalWord(ids[first]!)) return;
  const vote = RANKING.headingTopic / RANKING.fusionK;
  for (let i = 0; i < count; i++) if (i !== first && scorer.headingNamesLackedWord(ids[i]!)) values[i] = values[i]! + vote;
}

/** The candidate the fusion puts first: the highest fused score, the earlier paragraph on a tie. */
function fusedFirst(values: ArrayLike<number>, ids: readonly number[], count: number): number {
  let first = 0;
  for (let i = 1; i < count; i++) if (values[i]! > values[first]! || (values[i] === values[first] && ids[i]! < ids[first]!)) first = i;
  return first;
}

/**
 * `RANKING.nextParagraph`: the paragraph right after the fusion's first, under the same heading, and already among the
 * fusion's first `nextParagraphDepth`, is scored at least `nextParagraph` × the first's fused score. A report states a
 * topic and carries it on in the next paragraph without naming it again ("The law protects the right to strike…",
 * then "A blanket legal restriction bars certain occupations…"), so that paragraph inherits most of its predecessor's
 * evidence; it never passes the first, nor a candidate that scores within `nextParagraph` of it (quality round 150).
 */
function voteForNextParagraph(scorer: QueryScorer, ids: readonly number[], count: number): void {
  if (count < 2) return;
  const values = scratch.values;
  const first = fusedFirst(values, ids, count);
  const next = ids[first]! + 1;
  if (!scorer.sameHeading(ids[first]!, next)) return;
  let at = -1;
  for (let i = 0; i < count && at < 0; i++) if (ids[i] === next) at = i;
  if (at < 0) return;
  let above = 0;
  for (let j = 0; j < count; j++) if (values[j]! > values[at]! || (values[j] === values[at] && ids[j]! < next)) above++;
  if (above < RANKING.nextParagraphDepth) values[at] = Math.max(values[at]!, RANKING.nextParagraph * values[first]!);
}

/**
 * The ranked list: the re-ranked head in `order` (`headOrder`), scores relative to the best hit (1,
 * which reads better than raw fusion sums), and below it the rest in BM25 order (`RankedList`), whose
 * scores stay below every head score.
 */
function headOf(candidates: Bm25Results, count: number, order: readonly number[]): RankedList {
  const ids = candidates.ids;
  const { values, sentence, head } = scratch;
  const top = (count > 0 ? values[order[0]!]! : 0) || 1;
  for (let r = 0; r < count; r++) {
    const i = order[r]!;
    head[3 * r] = ids[i]!;
    head[3 * r + 1] = sentence[i]!;
    head[3 * r + 2] = values[i]! / top;
  }
  // Plain doubles on the heap (a `Float64Array` of more than 64 bytes took a buffer outside it per query), in scratch the
  // list reads in place: made per query by `doubles`, the head was pushed to its length, its backing store grown three
  // times (17, 43, 82, 140 entries for 90), ~2 KB of a warm query's ~14, and the tail was a copy (issue 13 round 55).
  return RankedList.inPlace(head, count, candidates, top);
}

/**
 * The re-ranked head's order: indices of `scores[0, count)`, larger first, an equal score by smaller
 * paragraph position (`positions`). An insertion sort of ~30 indices in scratch, where sorting
 * the head's objects copied them and called a comparator closure for each comparison.
 */
export function headOrder(scores: readonly number[], positions: readonly number[], count: number): number[] {
  const order = scratch.order;
  for (let i = 0; i < count; i++) {
    let at = i;
    while (at > 0 && comesBefore(i, order[at - 1]!, scores, positions)) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = i;
  }
  return order;
}

function comesBefore(a: number, b: number, scores: readonly number[], positions: readonly number[]): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && positions[a]! < positions[b]!);
}

/**
 * Each of `values[0, count)`'s place when sorted larger first, ties by index: the place the former
 * sort of indices (by value, larger first, then by index) gave (scores are never NaN). An insertion sort of
 * indices in scratch: ~30 values, no comparator closure and no arrays per query.
 */
function rankInto(values: readonly number[], count: number, ranks: number[]): void {
  const order = scratch.order;
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    let at = i;
    // Moves past only strictly smaller values: an equal one, earlier by index, stays ahead.
    while (at > 0 && values[order[at - 1]!]! < v) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = i;
  }
  for (let r = 0; r < count; r++) ranks[order[r]!] = r;
}

export type { WeightedTerm };
