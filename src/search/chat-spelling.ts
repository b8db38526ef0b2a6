/**
 * Chat spellings read as the words they stand for ("can u get locked up w/o charges 4 how long" → "can you get
 * locked up without charges for how long"): general English as typed on a phone, not any report's words.
 */
import { escapeRegExp } from '../escape-regexp.js';

/**
 * Short forms and apostrophe-less contractions, each with what it stands for. Only short words: a word of more
 * than `LONGEST` characters is never looked up. Not here: a chat word with a word's other meaning beside it
 * ("wont", "ill", "its", "were", "well"), and fillers that stand for nothing ("lol", "tbh": function words in query.ts).
 * Some words here stand in query.ts's `CHAT_FUNCTION_WORDS` ("u", "abt") and in the thesaurus's round-30 lines ("govt",
 * "ppl") too: those older readings still serve what this leaves as typed (a capitalised word after the first, a word
 * after a point), so they stay.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['u', 'you'], ['ur', 'your'], ['r', 'are'], ['ya', 'you'], ['y', 'why'], ['n', 'and'], ['w/', 'with'], ['w/o', 'without'],
  ['b/c', 'because'], ['bc', 'because'], ['cuz', 'because'], ['coz', 'because'], ['bcuz', 'because'], ['becuz', 'because'], ['bcoz', 'because'],
  ['abt', 'about'], ['bout', 'about'], ['b4', 'before'], ['tho', 'though'], ['thru', 'through'], ['pls', 'please'], ['plz', 'please'],
  ['wat', 'what'], ['wht', 'what'], ['wats', "what's"], ['whats', "what's"], ['thats', "that's"], ['hows', "how's"], ['whos', "who's"], ['wheres', "where's"],
  ['dont', "don't"], ['doesnt', "doesn't"], ['didnt', "didn't"], ['cant', "can't"], ['isnt', "isn't"], ['arent', "aren't"], ['wasnt', "wasn't"],
  ['werent', "weren't"], ['hasnt', "hasn't"], ['havent', "haven't"], ['couldnt', "couldn't"], ['wouldnt', "wouldn't"], ['shouldnt', "shouldn't"],
  ['im', "i'm"], ['ive', "i've"], ['youre', "you're"], ['theyre', "they're"],
  ['gonna', 'going to'], ['wanna', 'want to'], ['gotta', 'have to'], ['kinda', 'kind of'], ['sorta', 'sort of'],
  ['ppl', 'people'], ['govt', 'government'], ["gov't", 'government'], ['gov', 'government'], ['govts', 'governments'], ['prez', 'president'],
  ['probs', 'problems'], ['info', 'information'], ['msg', 'message'], ['msgs', 'messages'], ['convo', 'conversation'],
  ['bf', 'boyfriend'], ['gf', 'girlfriend'], ['bro', 'brother'], ['sis', 'sister'], ['fam', 'family'],
  ['min', 'minimum'], ['yrs', 'years'], ['hrs', 'hours'], ['mins', 'minutes'], ['wks', 'weeks'],
  ['dept', 'department'], ['intl', 'international'], ['org', 'organization'], ['orgs', 'organizations'],
  // Written short forms, as a note-taker or a news editor types them ("demo permits - days' notice reqd", "natl parl vote"):
  // general English, each with one reading. Left out: a short form with two ("pol", politician or political; "docs",
  // documents or doctors; "ig", Instagram or inspector general; "sec", "mil"), and one that is a word of its own ("pop").
  // Unread, most were corrected to another word ("natl" → natal, "parl" → pearl, "univ" → unit, "admin" → amin).
  ['reqd', 'required'], ["req'd", 'required'], ['approx', 'approximately'], ['natl', 'national'], ["nat'l", 'national'], ["int'l", 'international'],
  ['pres', 'president'], ['mag', 'magazine'], ['mags', 'magazines'], ['demo', 'demonstration'], ['demos', 'demonstrations'],
  ['admin', 'administration'], ['assoc', 'association'], ['assn', 'association'], ['univ', 'university'], ['uni', 'university'],
  ['hosp', 'hospital'], ['avg', 'average'], ['pct', 'percent'], ['parl', 'parliament'], ['legis', 'legislation'], ['mgmt', 'management'],
  ['cmte', 'committee'], ['cttee', 'committee'], ['reps', 'representatives'], ['exec', 'executive'], ['execs', 'executives'],
  ['pols', 'politicians'], ['journo', 'journalist'], ['journos', 'journalists'], ['incl', 'including'], ['ctry', 'country'],
  ['mln', 'million'], ['bln', 'billion'], ['bn', 'billion'], ['fb', 'facebook'], ['yt', 'youtube'],
]);

/**
 * Short forms spelt out capitalised too, after the first word: the way they are usually typed ("FB pages"), and no name or
 * acronym of another thing.
 */
const CAPITALISED: ReadonlyMap<string, string> = new Map([['fb', 'Facebook'], ['yt', 'YouTube']]);
const LONGEST = 8;

/** After a number these are units: "5 min", "3 yr". */
const AFTER_A_NUMBER: ReadonlyMap<string, string> = new Map([['min', 'minutes'], ['yr', 'years'], ['yrs', 'years'], ['yo', 'year old']]);

/**
 * "2" and "4" read as "to" and "for" between two words ("allowed 2 work", "locked up 4 posting"), unless the next
 * word is what they count ("2 weeks", "4 percent", "2 year old") or the word before numbers them ("section 4",
 * "july 4", "up to 2", "article 2"). "up" alone numbers nothing: before a digit it ends a phrasal verb ("locked up 4
 * posting", "beat u up 4 joining"), and "up 4 years" is read by what follows.
 */
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([['2', 'to'], ['4', 'for']]);
const COUNTED_SINGULAR = new Set(
  ('year day week month hour minute second time percent per cent million billion thousand hundred dozen man woman person child kid ' +
    'of or and to in out a an am pm th nd rd st x times year-old january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);
/** Words ending in s that are not plurals ("4 us", "2 his"). */
const NOT_PLURAL = new Set('us his this is was its as has does yours ours theirs hers whats thats yes bus plus'.split(' '));
const NUMBERING = new Set(
  ('article articles section sections chapter part page paragraph number no step level grade class room category type stage phase round ' +
    'option item question point figure table annex war season episode version under over than about around to and or between from ' +
    'only just last first next top the these those all every another at by aged age of in on january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Whether a character code can be part of a chat word: an ASCII letter or digit, an apostrophe or a slash. */
function isChatChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2f;
}

/** Whether a typed word has a capital letter: a name ("Max"), an acronym, or a word at a sentence start. */
function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/**
 * Any word `spellingOf` can spell out, standing alone (no chat character, `isChatChar`, either side): `spellChat`
 * reads a query word by word only when this finds one. Most queries have none, and the word-by-word reading, run
 * on every query, was hot enough for V8 to optimise it and its two helpers on its one compile thread in a fresh
 * `hr`'s first queries, ahead of the search's own functions (~30 M instructions of TurboFan; docs/search-speed.md,
 * issue 13 round 37). A superset of what is spelt out: a match after a point or a capitalised word is still read, and a
 * slash beside a short form is no letter ("FB/WhatsApp", `wordEnd`).
 */
export const CHAT_WORD = new RegExp(
  `(?<![a-z0-9'])(?:${[...new Set([...SPELLINGS.keys(), ...AFTER_A_NUMBER.keys(), ...DIGIT_WORDS.keys()])]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![a-z0-9'])`,
);

/**
 * Whether `CHAT_WORD` finds a chat word in `text` read in lower case, as it would with the `i` flag in `text` itself;
 * true for the two texts where the two may differ. `CHAT_WORD` has no `i` flag because V8 compiles its ~130 words as
 * case classes under it: twice the work (~0.5 against ~0.25 ms of CPU) at a fresh `hr`'s first query, where every
 * pattern is compiled at its first run (docs/search-speed.md, issue 13 round 67). Lower case keeps each character in its
 * place and makes no character outside ASCII one inside, but for two: the Kelvin sign ("k") and "İ" ("i" and a combining
 * dot, a character longer); a text holding either is read word by word, which finds what is there.
 */
export function mayHoldChatWord(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.length !== text.length || text.includes('\u212a') || CHAT_WORD.test(lower);
}

/**
 * `text` with its chat spellings spelt out, or `text` itself when it has none (most queries: nothing is made then,
 * and the words are not read one by one, see `CHAT_WORD`). A capitalised word other than the first is left alone:
 * "Max" and "ID" are names and acronyms, not "maximum". Slashes are word characters here only so that "w/" and "w/o" are read.
 */
export function spellChat(text: string): string {
  return mayHoldChatWord(text) ? spellChatWords(text) : text;
}

/** `spellChat`'s reading word by word; exported for the test that it and `spellChat` agree. */
export function spellChatWords(text: string): string {
  let out: string | undefined;
  let copied = 0;
  let previous: string | undefined;
  let previousEnd = -1;
  const n = text.length;
  const first = firstWordStart(text);
  let i = 0;
  while (i < n) {
    if (!isChatChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A slash between words ("FB/WhatsApp", "demo/rally") parts them: each is read on its own (`wordEnd`).
    if (text.charCodeAt(i) === 0x2f) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, start);
    if (i - start > LONGEST) {
      previous = undefined;
      continue;
    }
    const typed = text.slice(start, i);
    const word = typed.toLowerCase();
    // After a point the word is part of a name or an address ("amnesty.org", "e.g"), not chat.
    const spelt = start > 0 && text.charCodeAt(start - 1) === 0x2e ? undefined : spellingOf(word, typed, start === first, previous, previousEnd, start, text, i);
    previous = word;
    previousEnd = i;
    if (spelt === undefined) continue;
    out = (out ?? '') + text.slice(copied, start) + spelt;
    copied = i;
  }
  return out === undefined ? text : out + text.slice(copied);
}

/**
 * Where the chat word from `start` ends: at the first slash inside it that parts two words ("FB/WhatsApp"), unless the
 * whole is a short form of its own ("w/o", "b/c"; "w/" ends at its slash).
 */
function wordEnd(text: string, start: number): number {
  let end = start;
  let slash = -1;
  while (end < text.length && isChatChar(text.charCodeAt(end))) {
    if (slash < 0 && text.charCodeAt(end) === 0x2f) slash = end;
    end++;
  }
  if (slash < 0 || slash === end - 1 || (end - start <= LONGEST && SPELLINGS.has(text.slice(start, end).toLowerCase()))) return end;
  return slash;
}

/** Where the text's first word starts. */
function firstWordStart(text: string): number {
  let i = 0;
  while (i < text.length && !isChatChar(text.charCodeAt(i))) i++;
  return i;
}

/** What a typed short word stands for, or undefined when it is to be read as typed. */
function spellingOf(word: string, typed: string, first: boolean, previous: string | undefined, previousEnd: number, start: number, text: string, end: number): string | undefined {
  const digit = DIGIT_WORDS.get(word);
  if (digit !== undefined) return previous !== undefined && isOnlySpace(text, previousEnd, start) && !NUMBERING.has(previous) && !isDigits(previous) && nextIsUncounted(text, end) ? digit : undefined;
  if (hasCapital(typed)) {
    const capitalised = CAPITALISED.get(word);
    if (capitalised !== undefined) return capitalised;
    if (!first) return undefined;
  }
  if (previous !== undefined && isDigits(previous)) return AFTER_A_NUMBER.get(word) ?? (word === 'min' ? undefined : SPELLINGS.get(word));
  // "y" stands for "why" only where a question opens; elsewhere it is a letter ("x and y").
  if (word === 'y' && !first) return undefined;
  return SPELLINGS.get(word);
}

/** Whether `text[from, to)` is spaces and commas only, and not empty: "charges, 4 how long" (not "1.4", "§4"). */
function isOnlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x2c) return false;
  return true;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return word.length > 0;
}

/** Whether the word after `end` (past spaces) begins with a letter and is not something a number counts. */
function nextIsUncounted(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  if (i === end) return false;
  const start = i;
  while (i < text.length && isChatChar(text.charCodeAt(i))) i++;
  const next = text.slice(start, i).toLowerCase();
  const c = next.charCodeAt(0);
  if (!(c >= 0x61 && c <= 0x7a)) return false;
  if (COUNTED_SINGULAR.has(next)) return false;
  return !(next.length > 2 && next.endsWith('s') && !next.endsWith('ss') && !NOT_PLURAL.has(next));
}
