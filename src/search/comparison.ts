/**
 * The far side of a comparison with a place the report does not describe: "… than in Russia", "compared with Germany, …",
 * "… like they do in Europe", "the same way as in Scandinavia". A country report states its own country's record, never the
 * other side's, so the far side's words can only find the passages that name that place in passing (a list of migrants'
 * countries, an agreement with China); read by the ranking, "is the minimum wage lower than in poland" put another paragraph
 * of the wages section first, and "how long can police hold a detainee compared with germany" a heading's overview
 * (docs/search-quality.md, round 124). Neither the ranking nor the coverage weighs them: "is insulting the president punished
 * more harshly than in russia" was refused for a country no answering passage names. A ranking of the report's country
 * against another ("are prisons in kazakhstan better than in uzbekistan") is still refused: the coverage reads that from the
 * question's wording, not its words' weights (`JUDGEMENT`, `COUNTRY_CHOICE` in coverage.ts).
 *
 * Only a far side made of places and the words around them is set aside: "do women earn less than men" or "is the sentence
 * for kidnapping longer than for assault" compare two things the report describes, and both are the question.
 */
import { termOf } from './analysis.js';
import type { ParsedQuery, Vocabulary } from './query.js';

/**
 * A comparison's far side: after "than", "compared with / to", "in comparison with", "relative to", "unlike", "the same (way)
 * as", and after "like" or "as" only before "in", "under" or "at" ("like in Europe", "as they do in Germany"; not "things like
 * torture", nor "what is prison like in…"), with a subject and verb before the place ("than it is in", "like they would in"),
 * up to the clause's end: punctuation, "or", "and", "but", a word that asks. Its words are runs apart by white space, one
 * way only: a repeat that could split a run (`(?:[letters]+\s*?){1,8}?`) tried every split of a long run of letters ending
 * in a symbol, exponential in its length ("than aaaa…a#": a 28-letter run ~0.4 s, 480 for ever).
 */
const FAR_SIDE = new RegExp(
  String.raw`(?:\b(?:than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|unlike|the\s+same(?:\s+way)?\s+as)|(?<!\bwhat(?:'s|\s+(?:is|are|was|were))\s+(?:\S+\s+){0,4})\b(?:like|as)(?=\s+(?:(?:it|they|he|she|we|you|people|one)\s+(?:is|are|was|were|do|does|did|would|could|can|will|have|has|had)\s+)?(?:in|under|at)\b))` +
    String.raw`\s+(?:(?:it|they|he|she|we|you|people|one)\s+(?:is|are|was|were|do|does|did|would|could|can|will|have|has|had)\s+)?([\p{L}\p{N}'.-]+(?:\s+[\p{L}\p{N}'.-]+){0,7}?)(?=\s*[?!,;:]|\.(?:\s|$)|\s+(?:or|and|but|what|how|who|when|where|why|which|is|are|was|were|do|does|did|can|could)\b|\s*$)`,
  'giu',
);

/** Words a far side holds around its place: the verb of "than they do in", "the rest of", "other", a direction. */
const AROUND_PLACE = new Set(
  ('the a an in under at with for of it they he she we you people one is are was were do does did would could can will have has had ' +
    'other others rest most many some all any every neighbouring neighboring western eastern northern southern central those ones there')
    .split(' '),
);

/** Places named by what they are rather than by name: "other countries", "the rest of the world", "abroad". */
const PLACE_WORDS = new Set('countries country nations states world abroad elsewhere neighbours neighbors west east europe'.split(' '));

/** The WordNet classes of a place or its people ("Europe": continent; "the West": region; "Americans": inhabitant). */
const PLACE_CLASSES = new Set(['continent', 'region', 'inhabitant', 'country', 'nation']);

/** The words of `query` (by index in `ParsedQuery.words`) in the far side of a comparison with another place, if any. */
export function comparedPlaceWords(query: ParsedQuery, vocabulary: Vocabulary): Set<number> | undefined {
  const lower = query.meant.toLowerCase();
  // Most questions compare nothing: the pattern is then never run.
  if (!/\b(?:than|compar\w*|unlike|relative\s+to|same|(?:like|as)\s+(?:\S+\s+\S+\s+)?(?:in|under|at))\b/.test(lower)) return undefined;
  let out: Set<number> | undefined;
  // `exec` on the one global pattern, not `matchAll`, which copies the pattern per call (as `askingWordsIn` does, issue 13
  // round 56). Every match is at least "than" or "like" long, so `exec` always moves on; a failed one leaves `lastIndex` at 0.
  FAR_SIDE.lastIndex = 0;
  for (let m = FAR_SIDE.exec(lower); m !== null; m = FAR_SIDE.exec(lower)) {
    // A possessive names the place's own ("compare to russia's"): the place is the word without it.
    const words = (m[1]!.match(/[\p{L}\p{N}'.-]+/gu) ?? []).map((w) => w.replace(/'s?$/, ''));
    let place = false;
    let onlyPlaces = true;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      // A name of two words ("the united states", "south korea"), as WordNet writes it: joined by "_".
      if (k + 1 < words.length && isOtherPlace(`${w}_${words[k + 1]}`, vocabulary)) {
        place = true;
        k++;
      } else if (isOtherPlace(w, vocabulary)) place = true;
      else if (!AROUND_PLACE.has(w)) onlyPlaces = false;
    }
    if (!place || !onlyPlaces) continue;
    // The comparison's own words go with its far side ("compared", "like", "same", "way"): without a far side they compare nothing.
    out = withTypedWords(query, m[0].match(/[\p{L}\p{N}'.-]+/gu) ?? [], out);
  }
  return out;
}

/**
 * `out` with the index in `query.words` of each typed word (a possessive's "'s" dropped), each index taken once: how the words a
 * pattern matched in the query's text become the words set aside (`comparedPlaceWords`, `relayFrameWords`).
 */
export function withTypedWords(query: ParsedQuery, typed: readonly string[], out: Set<number> | undefined): Set<number> | undefined {
  for (const t of typed) {
    const w = t.replace(/'s?$/, '');
    const i = query.words.findIndex((q, k) => q.word === w && !out?.has(k));
    if (i >= 0) (out ??= new Set()).add(i);
  }
  return out;
}

/** Whether `word` is a place other than the report's own country, or its people: what a comparison is made with. */
function isOtherPlace(word: string, vocabulary: Vocabulary): boolean {
  if (PLACE_WORDS.has(word)) return true;
  const term = termOf(word);
  if (term === null || vocabulary.ignored.has(term)) return false;
  const senses = vocabulary.senses(word);
  if (senses === null) return false;
  if (senses.countryName) return true;
  // A name the report does not write ("Putin", "Scandinavia", "Moscow"): one it writes may be the question's own place.
  if (senses.properName && vocabulary.writes?.(word) !== true) return true;
  return senses.broader.some((b) => PLACE_CLASSES.has(b)) && !senses.properName;
}

/**
 * `query` as the ranking reads it without `words` (by index in `ParsedQuery.words`): none of their terms, and the words
 * themselves neither topical nor unknown, so no vector ranking joins the fusion for them nor reads their vectors (`denseQuery`,
 * `alignsQuery` in ranking.ts). `query` when there are none, or when they are all its terms.
 */
export function withoutWords(query: ParsedQuery, words: ReadonlySet<number> | undefined): ParsedQuery {
  if (words === undefined) return query;
  const terms = query.terms.filter((t) => !words.has(t.word));
  if (terms.length === 0) return query;
  return { ...query, terms, words: query.words.map((w, i) => (words.has(i) ? { ...w, topical: false, known: 1 } : w)) };
}
