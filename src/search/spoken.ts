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

import type { ParsedQuery } from './query.js';
import { withTypedWords } from './comparison.js';
import { GatedPattern } from './gated-pattern.js';

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
 * Gated by the words each of its matches holds (`GatedPattern`): a text holding none of them ("torture complaints") does
 * not compile the pattern, ~0.5 ms of a fresh `hr`'s first query (docs/search-speed.md, issue 13 round 66).
 */
export const FILLER_WORDS = new GatedPattern(
  /\b(?:u+m+|u+h+m*|e+r+m+|h+m+|y?'?know|mean|deal\s+with|up\s+with|okay|ok|so|oh|alright|all\s+right|yeah|like|well|right|now|whatever|something|anything|or\s+not|or\s+no|stuff|things|surely|basically|let's|come\s+on|be\s+honest|admit|isn't|is\s+it\s+not|is\s+not)\b/i,
  // Each branch's letters, at least: "um" of "u+m+", "ok" of "okay", "right" of "all right", "or no" of "or not".
  ['um', 'uh', 'erm', 'hm', 'know', 'mean', 'deal with', 'up with', 'ok', 'so', 'oh', 'yeah', 'like', 'well', 'right', 'now', 'whatever', 'something',
    'anything', 'or no', 'stuff', 'things', 'surely', 'basically', "let's", 'come on', 'be honest', 'admit', "isn't", 'is it not', 'is not'],
);

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

/**
 * Who a relayed question came from: the asker's family and friends ("my cousin", "my older brother", "a friend of mine", "my
 * brother-in-law"), "people back home". General English, the words of kinship and acquaintance. Only where one of them is the
 * subject of a verb of saying does it make a frame (`RELAY`): "my son was beaten in the army" and "my husband beats me" keep
 * theirs, which are the question's.
 */
const RELATIVE = String.raw`(?:(?:older|younger|little|big|elder|best|old|late)\s+)?(?:mum|mom|mother|dad|father|parents|brother|brothers|sister|sisters|cousin|cousins|aunt|auntie|aunts|uncle|uncles|nephew|niece|grandmother|grandfather|grandma|grandpa|granny|gran|grandparents|son|daughter|wife|husband|partner|fianc[eé]e?|friend|friends|neighbou?rs?|colleague|colleagues|co-?worker|boss|relatives?|family|in-laws|(?:brother|sister|mother|father|son|daughter)-in-law)`;

/** Where the one relaying lives or works ("my cousin in almaty", "my friend from tashkent", "my cousin working in astana"): one or two words. */
const RELAY_PLACE = String.raw`(?:\s+(?:who\s+(?:lives|works)\s+|living\s+|working\s+|back\s+)?(?:in|from|at)\s+(?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?)?`;

/** A verb of saying after the one relaying: "says", "told me", "always says", "keeps saying", "heard", with the "that" after it. */
const SAYING = String.raw`,?\s+(?:(?:always|also|once|just|even|recently)\s+)?(?:says|say|said|told\s+(?:me|us)|tells\s+(?:me|us)|thinks|think|claims|claim|claimed|heard|hears|reckons|swears|insists|mentioned|(?:wrote|writes)(?:\s+to\s+me)?(?=\s+that\b)|texted\s+me|keeps\s+saying|kept\s+saying)(?:\s+to\s+me)?(?:\s+that\b)?`;

/** Where hearsay was heard or read: "on the news", "on the radio", "online", "on facebook", "from my cousin". */
const HEARD_WHERE = String.raw`(?:\s+(?:on|in)\s+(?:the\s+)?(?:news|radio|tv|television|internet|papers?|newspapers?|social\s+media|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|grapevine)|\s+(?:somewhere|online)|\s+from\s+(?:my|a)\s+[\p{L}'-]+)`;

/**
 * The frames that relay a question from someone else, at its start: "my cousin in almaty says (that)", "a friend of mine heard
 * that", "people back home say", "I heard on the news that", "I read online that", "back home", "where I'm from", and a radio
 * host's "our next caller wants to know", "we have a caller from toronto asking", "next caller, go ahead", "a listener writes
 * in that". Their words ("cousin", "says", "news", "caller", "toronto") are how the question reached us, not its topic; read as
 * its words they set the long rule's share under its cut when the first passage was right (round 130): "my sister in shymkent
 * says people get arrested for no reason all the time" was refused for "shymkent", "says" and "sister".
 */
const RELAY = new RegExp(
  String.raw`^(?:` +
    // Someone close who said it.
    String.raw`(?:(?:my|our)\s+${RELATIVE}|a\s+(?:good\s+|close\s+)?(?:friend|neighbou?r|colleague|relative)(?:\s+of\s+(?:mine|ours))?|(?:some\s+)?(?:people|folks|everyone|everybody)(?:\s+(?:back\s+home|at\s+home|there|i\s+know))?)${RELAY_PLACE}${SAYING}` +
    // What the asker heard or read: "heard" alone, "read" or "saw" only with where or "that" ("I read the law" is a question).
    String.raw`|(?:i|we)\s+(?:have\s+|'ve\s+|just\s+|recently\s+)?(?:heard${HEARD_WHERE}?(?:\s+that\b)?|(?:read|saw|seen)${HEARD_WHERE}(?:\s+that\b)?|(?:read|saw)\s+that\b)` +
    // A radio or television host relaying a caller, a listener or a viewer.
    String.raw`|(?:(?:our|the|a|one|my)\s+)?(?:next\s+)?(?:caller|listener|viewer|reader)(?:\s+(?:from|in)\s+[\p{L}'-]+)?\s+(?:wants\s+to\s+know|would\s+like\s+to\s+know|is\s+asking|asks|asked|writes(?:\s+in)?|wrote(?:\s+in)?|has\s+a\s+question)(?:\s+(?:that|whether|if|asking(?:\s+(?:whether|if))?)\b)?` +
    String.raw`|we(?:'ve|\s+have)\s+(?:got\s+)?(?:a|another|our\s+next)\s+(?:caller|listener|question)(?:\s+(?:from|in)\s+[\p{L}'-]+)?(?:\s+on\s+the\s+line)?(?:\s+(?:asking|who\s+asks|who\s+wants\s+to\s+know))?(?:\s+(?:whether|if)\b)?` +
    String.raw`|next\s+caller[\s,]+(?:go\s+ahead|you(?:'re|\s+are)\s+on(?:\s+the\s+air)?)` +
    // Home, for someone abroad: "back home", "where I'm from".
    String.raw`|back\s+home|where\s+i(?:'m|\s+am)\s+from` +
    String.raw`)[\s,:;-]*`,
  'iu',
);

/**
 * A relative's saying in the middle, after what the relative is ("my uncle is a journalist and he says reporters…", "my cousin
 * has hiv and says people…"): the saying is the frame (group 1), what the relative is may be the topic ("journalist", "hiv").
 */
const RELAY_AFTER = new RegExp(
  String.raw`^(?:my|our)\s+${RELATIVE}\s[^,.;?!]{1,60}?\s+and\s+((?:(?:he|she|they)\s+)?(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|thinks|claims)(?:\s+that)?)\b`,
  'iu',
);

/**
 * The checks a relayed question ends with that ask nothing of their own: "is that true?", "is this right?", "does the report say
 * anything about it?", "does the report mention that?", "what does the report say?", "is that what the report says?". Their
 * words ("true", "report", "mention") name no topic. "is that legal", "can they do that" and "is that a crime" stay: they ask
 * what the law provides.
 */
const RELAY_TAIL =
  /[\s,;:-]*\b(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|so)|(?:does|did)\s+the\s+report\s+(?:say|mention|talk\s+about|cover)\s+(?:anything\s+(?:about|on)\s+(?:it|that|this)|it|that|this|so|anything)|what\s+does\s+the\s+report\s+say(?:\s+about\s+(?:it|that|this))?|is\s+that\s+what\s+the\s+report\s+says|(?:is\s+there\s+)?anything\s+in\s+the\s+report\s+about\s+(?:it|that|this))\s*[?.!]*\s*$/i;

/**
 * The words a relaying frame opens with (`RELAY`): each of its branches starts with one of them, followed by white space, a
 * comma or an apostrophe ("we've"). And those a relative's saying in the middle opens with (`RELAY_AFTER`).
 */
const RELAY_OPENINGS: ReadonlySet<string> = new Set(['my', 'our', 'a', 'some', 'people', 'folks', 'everyone', 'everybody', 'i', 'we', 'the', 'one', 'next', 'caller', 'listener', 'viewer', 'reader', 'back', 'where']);
const RELATIVE_OPENINGS: ReadonlySet<string> = new Set(['my', 'our']);

/**
 * Whether `text` may start with a match of a pattern anchored at the start whose every match opens with one of `openings`
 * (lower-case ASCII words followed by a character that is no letter): false when the text's first word — its run of ASCII
 * letters, ended by an ASCII character or the end — is none of them. `RELAY` and `RELAY_AFTER` (~2,900 characters of `iu`
 * pattern) took 8–25 ms to compile at a process's first question holding one of `RELAY_WORDS` ("a", "i", "people", "so"),
 * most of which open with "how", "what", "can" (docs/search-speed.md, issue 13 round 65). Under `iu` an ASCII letter of the
 * pattern matches only itself, its capital and two letters outside ASCII (ſ and the Kelvin sign), so a first word followed
 * by any character outside ASCII is let through, and the pattern decides.
 */
export function mayOpenRelayFrame(text: string, openings: ReadonlySet<string> = RELAY_OPENINGS): boolean {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) > 0x7f) return true;
  return end > 0 && openings.has(text.slice(0, end).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The length of the relaying frame `text` opens with (`RELAY`), 0 if none. */
export function relayFrameLength(text: string): number {
  return RELAY.exec(text)?.[0].length ?? 0;
}

/** Words one of which every relay frame holds: a query holding none has no frame (keyword queries mostly; "a" and "i" are common). */
const RELAY_WORDS =
  /\b(?:my|our|a|people|folks|everyone|everybody|some|i|we|next|back|where|true|right|correct|so|report)\b/i;

/**
 * The words of `query` (by index in `ParsedQuery.words`) in the frame that relays it from someone else — "my cousin in almaty
 * says…", "I heard on the news that…", "back home…", "our next caller wants to know…" — and in the check it ends with ("…, is that
 * true?", "does the report say anything about it?"), if any (round 130). The question inside is the question: the ranking reads
 * it without them, and the coverage reads them as framing (they count toward a long question's length, and may only raise its
 * share), as it reads "really" or "anyone" (`FRAMING_WORDS`).
 */
export function relayFrameWords(query: ParsedQuery): Set<number> | undefined {
  const lower = query.meant.toLowerCase();
  if (!RELAY_WORDS.test(lower)) return undefined;
  const frames: string[] = [];
  let text = lower;
  // Frames nest: "back home my grandfather says…", "our next caller wants to know, i heard that…". Each pass shortens the text.
  for (let pass = 0; pass < 3; pass++) {
    const length = mayOpenRelayFrame(text) ? relayFrameLength(text) : 0;
    if (length === 0) break;
    frames.push(text.slice(0, length));
    text = text.slice(length);
  }
  const after = mayOpenRelayFrame(text, RELATIVE_OPENINGS) ? RELAY_AFTER.exec(text) : null;
  if (after !== null) frames.push(after[1]!);
  const tail = RELAY_TAIL.exec(text);
  // A text that is all frame ("is that true?") is asked as it is.
  if (tail !== null && tail.index > 0) frames.push(tail[0]);
  if (frames.length === 0) return undefined;
  let out: Set<number> | undefined;
  for (const frame of frames) out = withTypedWords(query, frame.match(/[\p{L}\p{N}'-]+/gu) ?? [], out);
  return out;
}

/** What a student, a researcher or a writer asks for: the work a purpose frame names (`PURPOSE_FRAME`). */
const PURPOSE_WORK = String.raw`(?:essay|homework|project|dissertation|thesis|assignment|coursework|presentation|paper|research|class|lecture|seminar|course|module|article|blog|podcast|briefing)s?`;

/**
 * Why the asker asks, said before or after the question (round 142): "for my civics homework: how does parliament pick the
 * prime minister", "is same-sex activity a crime there, it's for a school project". The work it names ("essay", "homework",
 * "dissertation") and what it is of ("civics", "media studies") say nothing of the topic, and the long rule weighed them as words
 * the answering passage must hold. Only as a whole clause, set off from the question by a break: at the start before a comma,
 * a colon or a dash, or at the end after one ("it's" between); "is it a crime for a paper to print…" and "fined for a late
 * report" name what is asked.
 */
const PURPOSE_FRAME = new RegExp(
  String.raw`^\s*(for\s+(?:my|our|a|an|the)\s+(?:[\p{L}'-]+\s+){0,3}?${PURPOSE_WORK})\s*[,:;—–-]|[,;:—–-]\s*((?:(?:it['’]?s|it\s+is|this\s+is|that['’]?s|(?:i['’]?m|i\s+am)\s+asking)\s+)?for\s+(?:my|our|a|an|the)\s+(?:[\p{L}'-]+\s+){0,3}?${PURPOSE_WORK})\s*[.?!]*\s*$`,
  'iu',
);

/**
 * The words of `query` (by index in `ParsedQuery.words`) in the frame that says why it is asked (`PURPOSE_FRAME`), if any: read
 * as a relaying frame's are (`relayFrameWords`) — not by the ranking, and as framing by the coverage.
 */
export function purposeFrameWords(query: ParsedQuery): Set<number> | undefined {
  const lower = query.meant.toLowerCase();
  if (!lower.includes('for ')) return undefined;
  const m = PURPOSE_FRAME.exec(lower);
  if (m === null) return undefined;
  const typed = (m[1] ?? m[2]!).match(/[\p{L}\p{N}'-]+/gu) ?? [];
  if (m[1] !== undefined) return withTypedWords(query, typed, undefined);
  // A frame at the end takes the last of its words, not the question's own ("a class action…, for my law class").
  let out: Set<number> | undefined;
  for (let t = typed.length - 1; t >= 0; t--) {
    const word = typed[t]!.replace(/'s?$/, '');
    for (let i = query.words.length - 1; i >= 0; i--) {
      if (query.words[i]!.word === word && !out?.has(i)) {
        (out ??= new Set()).add(i);
        break;
      }
    }
  }
  return out;
}
