/**
 * Which typed words of a question are its topic and which its frame, read from English word order (round 98).
 *
 * A question names what it asks about in a noun phrase at a place its shape fixes: after "how many" / "how much",
 * after "what share (percentage, proportion, number) of", after "what happens to", after "is it legal (allowed, a
 * crime) for", after "is there (a, any)", and otherwise as the subject right after the opening auxiliary or modal
 * ("can refugees work", "do the police step in", "where does the money … come from"). The phrase is read up to the
 * first function word, past the determiners before it ("the", "a", "their"), at most three words: "how many jewish
 * people are there" → jewish people. Without a tagger a noun phrase followed by a verb ("do people trust the
 * courts") is read as its first word only when it is one of the general words for a person (`PERSON_WORDS`); else
 * up to the function word.
 *
 * A subject that is only a general word for a person ("can people be kept…", "what happens to a guy who…", "can
 * someone with unpaid bills…") is the question's frame: anyone, its actor in general, not what it asks about, which
 * the rest of the sentence names; not before a passive ("can people be put in a psychiatric ward"), whose subject is
 * who it happens to. General English, no report's words.
 */

/** Auxiliaries and modals that open a question or follow its question word. */
const AUXILIARIES = new Set('can could may might must should shall will would do does did is are was were am has have had'.split(' '));
const QUESTION_WORDS = new Set('how why where when what which who whom whose'.split(' '));
/** Words that may stand before a noun phrase's nouns. */
const DETERMINERS = new Set('a an the any some their his her its my your our this that these those all most many every each no'.split(' '));
/**
 * English's general words for a person: in subject place they stand for anyone. "man" and "woman" only after "a"
 * ("a man convicted of…"): bare ("can women…", "are men…") they name a group the question is about.
 */
const PERSON_WORDS = new Set('people person someone somebody anyone anybody everyone everybody guy guys folks one'.split(' '));
const INDEFINITE_PERSON_WORDS = new Set('man woman guy person'.split(' '));
/** Where a noun phrase ends: prepositions, auxiliaries, pronouns, conjunctions, relative words. */
const PHRASE_ENDS = new Set(
  'of to for with in on at by from about into over under after before during without against between among as than and or but if when while because so that which who whom whose where why how what be been being get gets got getting it they them he she we you i me us him there here not just ever really still also even only too very'.split(' '),
);
/** "can people be kept…", "do people get arrested…": a passive subject is who it happens to, what the question asks about. */
const PASSIVE = new Set('be being been get gets got getting'.split(' '));
const SHARE_WORDS = new Set('share percentage percent proportion number part fraction'.split(' '));
const HAPPEN_WORDS = new Set('happens happened happen'.split(' '));
const LEGALITY_WORDS = new Set('legal illegal allowed permitted ok okay lawful unlawful against'.split(' '));

export interface QuestionTopic {
  /** The token indices of the topic's noun phrase, in order (empty when the shape names none). */
  topic: number[];
  /** The token index of a subject that is only a general word for a person (a frame word), else -1. */
  frameSubject: number;
  /** True when the topic stands where a counting, share, "what happens to", "is it legal for" or "is there" frame puts it, not as a subject. */
  framed: boolean;
}

const NONE: QuestionTopic = Object.freeze({ topic: Object.freeze([]) as unknown as number[], frameSubject: -1, framed: false });

/** The question's topic and frame subject; `words` are the query's tokens as typed, in order. */
export function questionTopic(words: readonly string[]): QuestionTopic {
  const n = words.length;
  if (n < 2) return NONE;
  const w = (i: number) => (i < n ? words[i]!.toLowerCase().replace(/['’]s$/, '') : '');
  let at = -1;
  let subject = false;
  const first = w(0);
  if (first === 'how' && (w(1) === 'many' || w(1) === 'much')) at = 2;
  else if ((first === 'what' || first === 'which') && SHARE_WORDS.has(w(1)) && w(2) === 'of') at = 3;
  else if (first === 'what' && HAPPEN_WORDS.has(w(1)) && w(2) === 'to') at = 3;
  else if (first === 'what' && (w(1) === 'will' || w(1) === 'would') && w(2) === 'happen' && w(3) === 'to') at = 4;
  else if ((first === 'is' || first === 'are') && w(1) === 'there') at = 2;
  else if (first === 'is' && w(1) === 'it') {
    // "is it legal for X to…", "is it a crime for X to…"
    let j = 2;
    if (w(j) === 'a') j++;
    if ((LEGALITY_WORDS.has(w(j)) || w(j) === 'crime') && w(j + 1) === 'for') at = j + 2;
  } else if (AUXILIARIES.has(first)) {
    at = 1;
    subject = true;
  } else if (QUESTION_WORDS.has(first) && AUXILIARIES.has(w(1))) {
    at = 2;
    subject = true;
  }
  if (at < 0 || at >= n) return NONE;
  let start = at;
  let indefinite = false;
  while (start < n && DETERMINERS.has(w(start))) {
    if (w(start) === 'a' || w(start) === 'an') indefinite = true;
    start++;
  }
  if (start >= n) return NONE;
  const head = w(start);
  if (subject || HAPPEN_WORDS.has(w(1)) || w(2) === 'happen') {
    if (PERSON_WORDS.has(head) || (indefinite && INDEFINITE_PERSON_WORDS.has(head))) {
      // A person in general, then its verb, its relative clause or its complement: the frame.
      const next = w(start + 1);
      if (next !== 'of' && !PASSIVE.has(next)) return { topic: [], frameSubject: start, framed: false };
    }
  }
  const topic: number[] = [];
  for (let i = start; i < n && topic.length < 3 && !PHRASE_ENDS.has(w(i)) && !AUXILIARIES.has(w(i)) && !DETERMINERS.has(w(i)); i++) topic.push(i);
  return topic.length ? { topic, frameSubject: -1, framed: !subject } : NONE;
}
