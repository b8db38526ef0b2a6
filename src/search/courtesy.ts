/**
 * The courtesy people wrap a question in when they write to a chat bot or a helpline: a greeting before it ("Hi,", "Dear
 * team, I hope you are well.", "Quick question:"), thanks or a signature after it ("Thanks in advance!", "Best regards,
 * Tom Baker"). It says nothing of what is asked or whether the report answers it, but its words were read as the
 * question's: "team", "regards", "advance" and a signature's name are words the report does not write (or writes of
 * something else), and the coverage verdict refused 6 in 10 of the repository's own questions put this way, 1 in 100 of
 * the same questions bare (docs/search-quality.md, round 122). The search reads the question without them.
 *
 * Only what stands apart from the question is taken: a greeting ends with punctuation or comes right before an asking
 * word ("hi how big is a jury"), thanks and a signature end the text, and "thanks to the new law…", "what is the best
 * way…", "good morning exercise" are left alone. A text that is courtesy and nothing else ("hi", "thanks!", "hello, how
 * are you?") is left whole: it is small talk, answered with a pointer to help (`isSmallTalk`).
 */
import { asksSomething, wordCount } from './coverage.js';

/** Words a question starts with; a greeting without punctuation counts only right before one ("hi what is…"). */
const ASKING = String.raw`(?:what|what's|how|who|whom|whose|when|where|why|which|is|are|was|were|can|could|do|does|did|will|would|should|may|might|has|have|i|i'm|my|we|our|tell|please|any|if)\b`;

/**
 * A greeting and who it greets ("Hi all,", "Hello there!", "Dear Sir or Madam,", "Good morning team,", "hey"). The name
 * after "dear" starts where the white space ends: else the two shared a run of it every way, then the punctuation's `\s*`
 * did again ("dear" + 1,606 tabs + a letter ~1.15 s, quadratic; the guard of round 126).
 */
const GREETING = String.raw`(?:(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+(?!${ASKING})[^\s,!.:;?]+){0,3}?|dear\s+(?=\S)[^,!.:;?]{1,40}?|to\s+whom\s+it\s+may\s+concern)`;

/** What people say after a greeting and before they ask ("I hope you are well.", "Sorry to bother you.", "Quick question:"). */
const PLEASANTRY = String.raw`(?:(?:i\s+)?hope\s+(?:you(?:'re|\s+are)\s+(?:all\s+|both\s+)?(?:doing\s+)?(?:well|fine|good|ok(?:ay)?|great|safe)|this\s+(?:message|email|e-mail|mail|note)\s+finds\s+you\s+well|all\s+is\s+well|you(?:'re|\s+are)\s+having\s+a\s+(?:good|great|nice)\s+(?:day|week))(?:\s+today)?|how\s+are\s+you(?:\s+doing)?(?:\s+today)?|what'?s\s+up|how'?s\s+it\s+going|(?:sorry|apologies)\s+(?:to\s+(?:bother|disturb|trouble)\s+you|for\s+(?:the\s+)?(?:bother|trouble|intrusion|disturbing\s+you|bothering\s+you))|(?:a\s+)?quick\s+question|i\s+have\s+a\s+(?:quick\s+|short\s+|small\s+)?question(?:\s+for\s+you)?|one\s+more\s+(?:quick\s+)?question|(?:ok(?:ay)?\s*,?\s*)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+for\s+(?:your|the)\s+(?:help|time|work|service|answers?))?)`;

/**
 * One opening clause at the text's start, with the punctuation that ends it (or, for a greeting alone, an asking word after
 * it). A hyphen ends one only after a space: "hi-tech" is a word.
 */
const OPENING = new RegExp(
  String.raw`^(?:${GREETING}(?:\s*[,!.:;\u2014\u2013]+|\s+-+)\s*|${GREETING}\s+(?=${ASKING})|${PLEASANTRY}(?:\s*[,!.:;?\u2014\u2013]+|\s+-+)\s*)`,
  'i',
);

/**
 * How a text's first opening clause may start (lower case): any other text's start is not tried. After a greeting, the next
 * clause is tried whatever its start ("hey what's up, …").
 */
const OPENING_STARTS = ['hi', 'he', 'ho', 'yo', 'gr', 'go', 'de', 'to', 'so', 'ap', 'qu', 'i ', 'on', 'ok', 'th', 'a '];

/**
 * The first word (or two) every `OPENING` starts with, and what may follow it: "torture…", "how many…", "the law…" pass
 * `OPENING_STARTS` but not this. A small pattern, so a process's first such question does not compile `OPENING` (~1.3 ms
 * of a one-shot's first query with hr's `--no-regexp-tier-up`; docs/search-speed.md, issue 13 round 63). Each branch
 * is a start `OPENING` cannot match without (with `OPENING_STARTS` before it: "what's up" never passed those), so the
 * answer is the same.
 */
const OPENING_START =
  /^(?:(?:hi|hello|hey|heya|hiya|howdy|yo|greetings|good|dear)[\s,!.:;\u2014\u2013]|to\s+whom|(?:i\s+)?hope\s|how\s+are\s|how'?s\s+it\s|(?:sorry|apologies)\s|(?:a\s+)?quick\s|i\s+have\s|one\s|ok|thank)/i;

/** Whether `text` may start with an opening clause (`OPENING`): false means it cannot. */
export function mayOpenWithCourtesy(text: string): boolean {
  return startsWithAny(text.slice(0, 3).toLowerCase(), OPENING_STARTS) && OPENING_START.test(text);
}

/** The length of the opening clause `text` starts with (`OPENING`), 0 if none. */
export function openingLength(text: string): number {
  return OPENING.exec(text)?.[0].length ?? 0;
}

/** Thanks at the text's end ("thanks", "many thanks in advance for any information"); after a space or punctuation. */
const THANKS = String.raw`(?:(?:many|big|huge)\s+)?(?:thanks|thank\s+you|thx|thanx|ty|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|million)|\s+in\s+advance|\s+again)*(?:\s+for\s+(?:your|any|the|all(?:\s+your|\s+the)?)\s+(?:kind\s+)?(?:help|time|answer|answers|reply|information|info|assistance|support|advice|work|attention|consideration)(?:\s+(?:on|with|in)\s+(?:this|that))?)?(?:\s+in\s+advance)?|(?:much\s+)?appreciated`;

/** A letter's closing ("Best regards", "Sincerely"), after a comma or the end of a sentence. */
const CLOSING = String.raw`(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|sincerely|yours\s+(?:sincerely|faithfully|truly))`;

/** A closing that is also everyday English ("the best", "take care of"): only after the end of a sentence. */
const SENTENCE_CLOSING = String.raw`(?:best|all\s+the\s+best|take\s+care|have\s+a\s+(?:good|great|nice)\s+(?:day|one|week|weekend))`;

/** The name that signs a message: up to three words after a comma or dash, none of them one a question goes on with. */
const SIGNATURE = String.raw`(?:\s*[,\u2014\u2013-]\s*(?!(?:what|how|who|when|where|why|which|and|but|also|is|are|can|do|does|did|about)\b)[\p{L}][\p{L}'.-]*(?:\s+[\p{L}][\p{L}'.-]*){0,2})?`;

/** What may stand before thanks or a closing. */
const BEFORE_ENDING = String.raw`(?<=[\s,.!?;:\u2014\u2013-])`;

/** Thanks or a closing, with a signature, that ends the text. */
export const ENDING = new RegExp(
  String.raw`(?:${BEFORE_ENDING}(?:${THANKS}|${CLOSING})|(?<=[.!?]\s*)${SENTENCE_CLOSING})${SIGNATURE}[\s.!]*$`,
  'iu',
);

/** Words one of which every ending holds: a text whose last 80 characters hold none is not tried (one test, no lower-case copy). */
export const ENDING_WORDS = /thank|thx|thanx|\bty\b|cheers|appreciated|regards|wishes|best|sincerely|yours|care|have\s+a/i;

/** `ENDING_WORDS` but the four that are everyday English too ("the best way", "health care", "have a right", "yours"). */
const THANKS_WORDS = /thank|thx|thanx|\bty\b|cheers|appreciated|regards|wishes|sincerely/i;

/**
 * How every `ENDING` starts, with the character before it: thanks or a closing's first word after a space or punctuation
 * ("regards" of "best regards", "appreciated" of "much appreciated", "yours" only before "faithfully" or "truly"), or a sentence's closing after a sentence's end. Found
 * by every text `ENDING` matches, and with the same flags, it is tried first when `ENDING_WORDS` passed for one of its four
 * everyday words alone: "what is the best pizza recipe" then compiles this (~0.6 ms of a first query) and not `ENDING`
 * (~2.3 ms; docs/search-speed.md, issue 13 round 66).
 */
const ENDING_START = new RegExp(
  String.raw`${BEFORE_ENDING}(?:thank|thx|thanx|ty|cheers|appreciated|regards|wishes|sincerely|yours\s+(?:faithfully|truly))|(?<=[.!?]\s*)${SENTENCE_CLOSING}`,
  'iu',
);

/** Whether `text`, read from `from`, may end with thanks or a closing (`ENDING`): false means it cannot. */
export function mayEndWithCourtesy(text: string, from: number): boolean {
  const last = text.slice(Math.max(from, text.length - 80));
  if (!ENDING_WORDS.test(last)) return false;
  return THANKS_WORDS.test(last) || ENDING_START.test(text.slice(Math.max(from, text.length - ENDING_CHARS)));
}

/** The most an ending (thanks and a signature) is read over, in characters. */
export const ENDING_CHARS = 160;

/** At most this many opening clauses are taken ("Hi all, I hope you are well. Sorry to bother you. Quick question: …"). */
const MAX_OPENINGS = 4;

/** What is left must hold this many words to be a question, or the text is kept whole (small talk). */
const MIN_WORDS = 2;

/** `clean` (a cleaned query, `cleanQuery`) without the greeting before its question and the thanks or signature after it. */
export function withoutCourtesy(clean: string): string {
  let start = 0;
  for (let i = 0; i < MAX_OPENINGS && (i > 0 || mayOpenWithCourtesy(clean)); i++) {
    const length = openingLength(clean.slice(start));
    if (length === 0) break;
    start += length;
  }
  let end = clean.length;
  if (mayEndWithCourtesy(clean, start)) {
    // Only the text's last `ENDING_CHARS` are read: no ending is longer, and a long run of "thank you so much" is not
    // tried from every place in it.
    const from = Math.max(start, end - ENDING_CHARS);
    const ending = ENDING.exec(clean.slice(from));
    if (ending !== null) end = from + ending.index;
  }
  if (start === 0 && end === clean.length) return clean;
  const question = clean.slice(start, end).trim();
  return question !== '' && wordCount(question) >= MIN_WORDS ? question : clean;
}

/** How a statement about oneself or to the bot starts ("I have been reading…", "nice to meet you", "your figures…"): not a query. */
const STATEMENT_START = /^(?:i|i'm|im|i've|i'll|i'd|we|we're|we've|you|you're|you've|your|it|it's|this|that|that's|nice|great|glad)\b/;

/**
 * The question `clean` puts, for the search: without its courtesy (`withoutCourtesy`) when what is left asks something
 * (`asksSomething`), or when only a greeting went and what is left reads as a query, not a statement
 * ("Dear team, Nur Otan share of the vote"); otherwise `clean` whole. Thanks around a statement ("thank you so much, I feel
 * much better informed about the police now", "hi bot, nice to meet you, I'm a journalist") is small talk, and the
 * coverage reads it whole.
 */
export function questionOf(clean: string): string {
  const question = withoutCourtesy(clean);
  if (question === clean) return clean;
  const lower = question.toLowerCase();
  if (asksSomething(lower)) return question;
  return clean.endsWith(question) && !STATEMENT_START.test(lower) ? question : clean;
}

function startsWithAny(text: string, starts: readonly string[]): boolean {
  for (let i = 0; i < starts.length; i++) if (text.startsWith(starts[i]!)) return true;
  return false;
}
