/**
 * Phrasal verbs ("pick up", "turn away", "get rid of", "stick around"), which mean something their words do not, and mean
 * it only through the words around them: the WordNet sense of the verb that the query's other words choose names the
 * report's verbs for it ("pick people up" → arrest, "turn them away" → refuse, "send a case on" → forward).
 */
import { termOf } from './analysis.js';
import { sharedCount } from './sorted-lists.js';

/**
 * The light verbs of English grammars, every form written out (WordNet's files read here have no irregular forms): verbs
 * whose object or subject says what they mean ("keep him", "take my kids", "make them vote"), and the commonest heads of
 * phrasal verbs ("took his passport away" is "take away"). General English, like the stop words. As a sense's stand-in
 * one is as vague as the verb read ("make" for "take").
 */
const LIGHT_VERB_FORMS: Readonly<Record<string, string>> = Object.fromEntries(
  `bring brings bringing brought
come comes coming came
do does doing did done
get gets getting got gotten
give gives giving gave given
go goes going went gone
have has having had
keep keeps keeping kept
let lets letting
make makes making made
put puts putting
run runs running ran
send sends sending sent
set sets setting
take takes taking took taken
turn turns turning turned`
    .split('\n')
    .flatMap((line) => {
      const forms = line.split(' ');
      return forms.map((form) => [form, forms[0]!]);
    }),
);

/** The lemma of a light verb's form ("kept" → keep), or undefined for any other word. */
export function lightVerbLemma(lower: string): string | undefined {
  return Object.hasOwn(LIGHT_VERB_FORMS, lower) ? LIGHT_VERB_FORMS[lower] : undefined;
}

/** Adverb particles that make a phrasal verb of the verb before them ("pick up", "put away", "turn down", "let go"). */
const PARTICLES = new Set('up down out off in away back over on around about through along aside apart after together go'.split(' '));
/**
 * Particles that are prepositions too: right after the verb and before a noun ("put in jail", "live in a city", "stay in the
 * country") they open a place, not a phrasal verb, so they count only where the clause ends ("what goes on", "drags on").
 */
const PREPOSITIONS = new Set('in on over about through around along after'.split(' '));
/** Words an object between a verb and its particle opens with ("let him go", "took his passport away", "pick people up"). */
const OBJECT_OPENINGS = new Set('him her them me us it you someone somebody people everyone anyone the a an my his their your our its this that these those'.split(' '));
/** Prepositions closing a three-word phrasal verb ("get rid of", "put up with", "let go of"). */
const CLOSERS = new Set(['of', 'with', 'for', 'to']);
/** How many words may stand between a verb and its particle ("pick people up", "put someone away", "let him go"). */
const OBJECT_WORDS = 2;

/** Whether any of a query's words (lower case) may end a phrasal verb: most queries hold none, and read nothing more. */
export function mayHoldPhrasalVerb(lower: readonly string[]): boolean {
  return lower.some((w) => PARTICLES.has(w) || CLOSERS.has(w));
}

/** A phrasal verb read in a query: its tokens and WordNet's lemmas for each of its senses. */
export interface PhrasalVerb {
  /** The verb's token and its particles' (a split one's with the object between left out: "let [him] go"). */
  tokens: number[];
  senses: ReadonlyArray<readonly string[]>;
}

/** WordNet's senses of a verb written as words (`WordNet.verbSenses`). */
export type VerbSenses = (words: readonly string[]) => ReadonlyArray<readonly string[]> | null;

/**
 * The phrasal verb whose verb is the token at `i`, as WordNet lists it: the verb (any verb; a light verb's irregular
 * form read as its lemma) with the next word and a closing preposition ("get rid of"), with an adjacent particle ("go
 * after", "shut down"), or with a particle after one or two object words that ends the clause ("pick people up for no
 * reason", "let him go"; not "put him in prison", whose "in" is a preposition). `lookups` counts WordNet's reads.
 */
export function phrasalVerbAt(lower: readonly string[], i: number, senses: VerbSenses, lookups: { left: number }): PhrasalVerb | undefined {
  const next = lower[i + 1];
  if (next === undefined) return undefined;
  const closed = lower[i + 2] !== undefined && CLOSERS.has(lower[i + 2]!);
  // A word followed by no particle, object or closing preposition is read no further: most words of a question, whose
  // lemma lookup, letters test and closure were made for each (issue 13 round 69). Every branch below needs one of them.
  if (!closed && !PARTICLES.has(next) && !OBJECT_OPENINGS.has(next)) return undefined;
  const light = lightVerbLemma(lower[i]!);
  const verb = light ?? lower[i]!;
  if (!/^[a-z]+$/.test(verb)) return undefined;
  // Three words: a particle before the preposition ("put up with", "do away with"), or a light verb's idiom ("get rid of").
  if (closed && (PARTICLES.has(next) || (light !== undefined && /^[a-z]+$/.test(next)))) {
    const three = readPhrasalVerb(lower, verb, [i, i + 1, i + 2], senses, lookups);
    if (three) return three;
  }
  if (PARTICLES.has(next)) return PREPOSITIONS.has(next) && !endsClause(lower, i + 1) ? undefined : readPhrasalVerb(lower, verb, [i, i + 1], senses, lookups);
  if (!OBJECT_OPENINGS.has(next)) return undefined;
  for (let j = i + 2; j <= i + 1 + OBJECT_WORDS && j < lower.length; j++) {
    if (!PARTICLES.has(lower[j]!)) continue;
    return endsClause(lower, j) ? readPhrasalVerb(lower, verb, [i, j], senses, lookups) : undefined;
  }
  return undefined;
}

/** `verb` with the particles at `tokens` after the first, as WordNet lists it, while `lookups` has reads left: a function, not a closure made for each word. */
function readPhrasalVerb(lower: readonly string[], verb: string, tokens: number[], senses: VerbSenses, lookups: { left: number }): PhrasalVerb | undefined {
  if (lookups.left <= 0) return undefined;
  lookups.left--;
  const found = senses([verb, ...tokens.slice(1).map((t) => lower[t]!)]);
  return found ? { tokens, senses: found } : undefined;
}

/** Whether the word at `j` ends its clause: the query's end or a function word after it ("…up for no reason", "goes on in"). */
function endsClause(lower: readonly string[], j: number): boolean {
  const after = lower[j + 1];
  return after === undefined || (termOf(after) === null && !OBJECT_OPENINGS.has(after));
}

/** What `senseTerms` reads of the report. */
export interface ReportTerms {
  known: (term: string) => boolean;
  /** The paragraphs (ascending) holding a term. */
  paragraphsOf: (term: string) => readonly number[];
  /** The most paragraphs a stand-in may be in: a word on every page says nothing of a sense. */
  maxParagraphs: number;
}

/**
 * The report's terms for the sense of a light or phrasal verb that its `context` (the query's other typed terms)
 * chooses: of each sense's one-word lemmas the report writes (not the verb's own terms), how much of each lemma's
 * paragraphs hold a context term, summed over the context; the sense whose best lemma scores most, and its lemmas that
 * share a paragraph with the context. None when no lemma of any sense does: then the report does not write the verb's
 * meaning there, and no stand-in is better than a wrong sense's.
 */
export function senseTerms(senses: ReadonlyArray<readonly string[]>, own: ReadonlySet<string>, context: readonly string[], report: ReportTerms): string[] {
  if (context.length === 0) return [];
  const contextDocs = context.map((t) => report.paragraphsOf(t));
  const termsBySense = lemmaTerms(senses);
  let best: string[] = [];
  let bestScore = 0;
  for (let rank = 0; rank < termsBySense.length; rank++) {
    const fitting: string[] = [];
    let senseScore = 0;
    for (const term of termsBySense[rank]!) {
      if (own.has(term) || !report.known(term) || fitting.includes(term)) continue;
      const docs = report.paragraphsOf(term);
      if (docs.length === 0 || docs.length > report.maxParagraphs) continue;
      let together = 0;
      for (const other of contextDocs) together += sharedCount(docs, other);
      if (together < SENSE.together) continue;
      fitting.push(term);
      // Paragraphs shared with the context, over the root of the lemma's own: a word written once beside a context word
      // ("erect" for "set up a union") is weak evidence, a common one shares paragraphs by chance. WordNet lists a word's
      // senses by how often they are used: a later sense needs more evidence.
      senseScore = Math.max(senseScore, together / Math.sqrt(docs.length) / Math.pow(1 + rank, SENSE.rankPower));
    }
    if (senseScore > bestScore) {
      bestScore = senseScore;
      best = fitting;
    }
  }
  return best;
}

const lemmaTermsOf = new WeakMap<ReadonlyArray<readonly string[]>, ReadonlyArray<readonly string[]>>();

/**
 * Each sense's one-word lemmas as terms, remembered for the senses (WordNet returns the same array for a verb): a
 * multi-word lemma is no one term, and another light verb ("make" for "take") is as vague as the verb read.
 */
function lemmaTerms(senses: ReadonlyArray<readonly string[]>): ReadonlyArray<readonly string[]> {
  let terms = lemmaTermsOf.get(senses);
  if (!terms) {
    terms = senses.map((lemmas) => lemmas.filter((l) => !l.includes('_') && lightVerbLemma(l) === undefined).map((l) => termOf(l)).filter((t): t is string => t !== null));
    lemmaTermsOf.set(senses, terms);
  }
  return terms;
}

/** `together`: the fewest paragraphs a stand-in must share with the context; `rankPower`: how much a later sense must prove. */
export const SENSE = { together: 2, rankPower: 0.5 };
