/**
 * What a question said aloud or typed as it is spoken carries besides the question: fillers ("um", "uh", "you know", "I
 * mean", a filler "like"), the openers of talk ("okay so", "so like"), tails that ask nothing ("or what", "and stuff", "or
 * whatever"), "what's the deal with" for "what about", and the hedges of a loaded or sceptical premise ("surely …?", "so
 * basically …?", "isn't it true that …"). Read as the question's words they steered the ranking and the verdict: "um" is a
 * word no report writes, so "um so like how big is a jury you know" was refused, and "surely the press is free there?"
 * ranked as a question about "surely" (docs/search-quality.md, round 124). The search reads the question without them, as it
 * reads a question without its greeting (`courtesy.ts`).
 *
 * Only what is filler wherever it stands is taken, or a word in the places only a filler takes: "like" before a verb ("can
 * they like keep…") or after "there" ("is there like a lot of…"), never "things like torture" or "do you like the
 * president"; "you know" and "I mean" never after a word that asks them ("do you know how long…", "what do I mean by…");
 * "well" and "right" at the start only before a comma ("right to strike", "well paid jobs").
 */

/** Sounds that fill a pause: "um", "umm", "uh", "uhm", "erm", "hmm". */
const PAUSE = /(?:^|\s)(?:u+m+|u+h+m*|e+r+m+|h+m+)(?:[,.]+|(?=\s|$))/gi;

/** "you know (what I mean)" and "I mean" where no word before asks them: after "do", "if", "what" they are the question's. */
const KNOW_MEAN =
  /(?<!\b(?:do|does|did|would|could|can|will|might|may|if|whether|as|what|how|don't|didn't|let)\s+)\b(?:you\s+know(?:\s+what\s+i\s+mean)?|y'?know|i\s+mean)\b,?/gi;

/** "what's the deal with X", "what's up with X": "what about X" (the report writes "deal with" for handling a matter). */
const DEAL_WITH = /\bwhat(?:'s|\s+is)\s+(?:the\s+deal|up)\s+with\b/gi;

/** The openers of talk before a question: "okay so", "so like", "alright", and "well,", "right," or "oh," with their comma ("oh no" is said). */
const OPENERS = /^(?:(?:okay|ok|so|alright|all\s+right|yeah|like)\b[\s,]*|(?:well|right|now|oh)\s*,\s*)+/i;

/**
 * A filler "like": after "so", "and", "or"; after "is there", "who's", "what's"; before a verb or an adverb no preposition
 * takes. Not after a comma, where it gives an example ("was the vote rigged, like stuffed ballots"), nor after "there" alone
 * ("what do people eat there like national food").
 */
const LIKE =
  /(?:(?<=\b(?:so|and|or|who's|what's|(?:is|are|was|were)\s+there))\s+like\b(?=\s)|(?<!\b(?:would|i'd|you'd|we'd|they'd|also|really|not|don't|doesn't|didn't)\s+)(?<=\S)\s+like(?=\s+(?:have|has|had|keep|go|get|got|supposed|need|just|actually|really|even|still|ever|put|take|make|lock|send|arrest|force|allowed|pay|work|literally|totally)\b))/gi;

/** Tails that ask nothing more ("…or what", "…or not", "…and stuff", "…or whatever"), at the end or before a question mark. */
const TAILS =
  /\s+(?:or\s+(?:what|whatever|something(?:\s+like\s+that)?|anything|not(?:\s+really)?|no)|and\s+(?:stuff|things|so\s+on|all\s+that)(?:\s+like\s+that)?)(?=\s*[?.!]*\s*$)|\s+or\s+whatever\b/gi;

/** The hedges of a loaded or sceptical premise: "surely", "basically" (with "so" before it at the start), "let's be honest". */
const HEDGES = /(?:^so\s+)?\b(?:surely|basically)\b,?\s*|^(?:let's\s+(?:be\s+honest|face\s+it)|come\s+on|be\s+honest|admit\s+it)\b[\s,]*/gi;

/** "isn't it true / obvious / a fact / the case that": "is it true that", which the search reads as an asking frame. */
const NOT_TRUE = /\b(?:isn't|is\s+it\s+not|is\s+not)\s+(?:it\s+)?(?:true|obvious|clear|a\s+fact|the\s+case)\s+that\b/gi;

/**
 * Words one of which every filler holds: a text holding none is returned as it is, with no other pattern run on it (most
 * questions hold one of the commoner ones, "so", "like", "well", and pay the seven replacements, a few microseconds).
 */
const FILLER_WORDS =
  /\b(?:u+m+|u+h+m*|e+r+m+|h+m+|y?'?know|mean|deal\s+with|up\s+with|okay|ok|so|oh|alright|all\s+right|yeah|like|well|right|now|whatever|something|anything|or\s+not|or\s+no|stuff|things|surely|basically|let's|come\s+on|be\s+honest|admit|isn't|is\s+it\s+not|is\s+not)\b/i;

/** `clean` (a cleaned query, `cleanQuery`) without its spoken filler and the hedges of its premise; `clean` when nothing is left. */
export function withoutSpokenFiller(clean: string): string {
  if (!FILLER_WORDS.test(clean)) return clean;
  let text = clean
    .replace(PAUSE, ' ')
    .replace(KNOW_MEAN, ' ')
    .replace(DEAL_WITH, 'what about')
    .replace(NOT_TRUE, 'is it true that')
    .replace(HEDGES, ' ')
    .replace(LIKE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The openers once the pauses between them are gone ("okay so uh how long…"), and the tails after them.
  text = text.replace(OPENERS, '').replace(TAILS, '');
  text = text.replace(/\s+([,.?!])/g, '$1').replace(/^[\s,.;:!-]+/, '').replace(/\s+/g, ' ').trim();
  if (text === clean) return clean;
  return /[\p{L}\p{N}]/u.test(text) ? text : clean;
}
