/**
 * The question's main predicate: the verb or adjective that says what is asked of its subject ("can inmates *talk* to
 * their lawyers", "are prisons *cold* in winter", "has TB among inmates *dropped*"), read from the question's shape.
 */
import type { PartOfSpeech, WordSenses } from './wordnet.js';

/** Auxiliaries after which the predicate is a verb's bare form ("do officials *listen*", "can the public *see*"). */
const BARE_AFTER = new Set(['do', 'does', 'did', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'will', 'would']);
/** Auxiliaries after which it is an adjective or a participle ("are prisons *cold*", "was the lawyer *paid*"). */
const BE = new Set(['is', 'are', 'was', 'were', 'am']);
/** Auxiliaries after which it is a participle ("has TB among inmates *dropped*"). */
const HAVE = new Set(['has', 'have', 'had']);
/** A contraction's auxiliary ("can't", "won't"): its letters before "n't". */
const CONTRACTED: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };
/** Question words before the auxiliary ("what did…", "why are…", "what kinds of abuse do…"); "who" asks its own verb (`ParsedQuery.asked`). */
const QUESTION_WORDS = new Set(['what', 'which', 'why', 'how', 'where', 'when', 'whose']);
/** How far into the question its auxiliary may stand after a question word ("what kinds of abuse do"). */
const AUXILIARY_REACH = 6;
/** Words that open a noun phrase: the word after one is a noun, not the predicate ("did *the* man…"). */
const DETERMINERS = new Set('the a an this that these those their his her its my our your any some every each all no such other another both either neither many much more most few several'.split(' '));
/** A subject or object that is a pronoun, and the words of a relative clause or a preposition: never the predicate. */
const FUNCTION_WORDS = new Set(
  'i you he she it we they me him us them there someone somebody anyone anybody everyone everybody one not never of in on at to for with about by from into onto over under out up down off after before between among against through during without within than as and or but if so whether because while since until like per via'.split(' '),
);
/** Words opening a relative clause inside the subject ("the woman *who* handed out leaflets"): its verb is not the question's. */
const RELATIVE = new Set(['who', 'whom', 'that', 'which']);
/** Adverbs a question puts before its predicate ("do officials *actually* listen"). */
const ADVERBS = new Set('actually really still ever even just also usually often always generally normally already yet only sometimes rarely seldom truly'.split(' '));
/** Light verbs: they carry no relation of their own, the word after them does ("get *charged*", "have to *pay*"). */
const LIGHT = new Set('get gets got gotten getting be been being have has had make makes made take takes took taken go goes went gone do does did keep kept let need needs'.split(' '));
/** Question words that make "how X" a figure or a manner, not an adjective asked of the subject ("how long", "how come"). */
const HOW_NOT_ADJECTIVE = new Set('much many long old often far soon big large come'.split(' '));

/** Whether WordNet reads `word` as `kind` expects its predicate: a verb (bare after "do"), else a verb or an adjective. */
function readsAsPredicate(word: string, senses: WordSenses | null, kind: 'bare' | 'be' | 'have'): boolean {
  // A bare verb ends in -s only as "discuss", "focus" do: "do the tv channels get…" names a plural noun.
  if (!senses || (kind === 'bare' && /[^su]s$/.test(word))) return false;
  const uses: Readonly<Record<PartOfSpeech, number>> | undefined = senses.uses ?? senses.parts;
  if (!uses) return false;
  if (kind === 'bare') return !senses.inflectionOf && uses.verb >= uses.noun && uses.verb > 0;
  return uses.verb + uses.adj >= uses.noun && uses.verb + uses.adj > 0;
}

/** The auxiliary a lower-case token is, contractions read ("don't": do), or undefined. */
function auxiliaryOf(lower: string): string | undefined {
  const bare = lower.endsWith("n't") || lower.endsWith('n’t') ? lower.slice(0, -3) : lower;
  const aux = CONTRACTED[bare] ?? bare;
  return BARE_AFTER.has(aux) || BE.has(aux) || HAVE.has(aux) ? aux : undefined;
}

/**
 * The token of the question's main predicate, or undefined: for a question opening with an auxiliary, or with a
 * question word and then one ("what did…", "why are…"), the first verb (or adjective, after "be") following the
 * subject, past a relative clause inside it ("did the woman who handed out leaflets *appeal*") and past a light verb
 * ("get *charged*"); "how fair are…" asks its adjective. A word is read as a verb or adjective by how WordNet's corpus
 * uses it (`senses`), looked up only for the words after the subject, in order, up to the first that reads so.
 */
export function predicateToken(surfaces: readonly string[], senses: (word: string) => WordSenses | null): number | undefined {
  const n = surfaces.length;
  if (n < 3) return undefined;
  const first = surfaces[0]!.toLowerCase();
  let at = auxiliaryOf(first) === undefined ? -1 : 0;
  if (at < 0 && QUESTION_WORDS.has(first)) {
    const second = surfaces[1]!.toLowerCase();
    // "how fair are trials", "how common is…": the adjective asked of the subject.
    if (first === 'how' && !HOW_NOT_ADJECTIVE.has(second) && auxiliaryOf(second) === undefined && auxiliaryOf(surfaces[2]!.toLowerCase()) !== undefined) return readsAsPredicate(second, senses(second), 'be') ? 1 : undefined;
    for (let i = 1; i < Math.min(n, AUXILIARY_REACH); i++) {
      if (auxiliaryOf(surfaces[i]!.toLowerCase()) !== undefined) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return undefined;
  const aux = auxiliaryOf(surfaces[at]!.toLowerCase())!;
  const kind = BARE_AFTER.has(aux) ? 'bare' : BE.has(aux) ? 'be' : 'have';
  // "what is the maximum working week", "which are the main problems" ask for a thing, named by a noun: no relation.
  if (kind === 'be' && at === 1 && (first === 'what' || first === 'which')) return undefined;
  let i = at + 1;
  while (i < n && (ADVERBS.has(surfaces[i]!.toLowerCase()) || surfaces[i]!.toLowerCase() === 'not')) i++;
  // The subject: a pronoun alone, else its determiners and its first word.
  const subject = surfaces[i]?.toLowerCase();
  if (subject === undefined) return undefined;
  if (!FUNCTION_WORDS.has(subject)) {
    while (i < n && DETERMINERS.has(surfaces[i]!.toLowerCase())) i++;
  }
  i++;
  let relative = false;
  let light = false;
  for (; i < n; i++) {
    const lower = surfaces[i]!.toLowerCase();
    if (RELATIVE.has(lower)) {
      relative = true;
      continue;
    }
    if (FUNCTION_WORDS.has(lower) || DETERMINERS.has(lower) || ADVERBS.has(lower) || !/^[a-z]/.test(lower)) continue;
    const before = surfaces[i - 1]!.toLowerCase();
    // After "the" or "of" stands a noun, unless a light verb came first ("get their airwaves" asks nothing of its own).
    if (!light && (DETERMINERS.has(before) || (FUNCTION_WORDS.has(before) && !RELATIVE.has(before) && before !== 'not' && before !== 'to'))) continue;
    if (LIGHT.has(lower)) {
      if (!relative) light = true;
      continue;
    }
    const reads = readsAsPredicate(lower, senses(lower), light ? 'have' : kind);
    // After a light verb only its next word can carry the relation ("get charged"), not a noun's far modifier ("take cash from overseas").
    if (!reads && light && !relative) return undefined;
    if (!reads) continue;
    if (relative) {
      relative = false;
      continue;
    }
    return i;
  }
  return undefined;
}
