import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { mayOpenWithCourtesy, openingLength, withoutCourtesy } from '../../src/search/courtesy.js';
import { realService } from '../helpers.js';

// Quality round 122 (docs/search-quality.md): people greet a chat bot, thank it and sign what they write, as they would a
// helpline. Main refused 6 in 10 of the own set's questions put that way (bench/questions/courtesy-probes-1.jsonl), 1 in
// 100 bare: "team", "regards", "advance" and a signature's name counted as the question's words.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const first = (a: SearchAnswer) => a.hits[0]?.paragraphId;

describe('a greeting, thanks or a signature around a question', () => {
  it.each([
    ['hi, how big is a jury?', 'how big is a jury?'],
    ['hello there! what happened to Krivenko', 'what happened to Krivenko'],
    ['how big is a jury? thank you so much, Aigerim', 'how big is a jury?'],
    ['Good morning! Quick question: how big is a jury? Best regards, Tom', 'how big is a jury?'],
    [
      'Dear team, I hope you are well. My nephew was arrested in Almaty last week and the police will not let us see him. Could you tell me whether detainees have a right to see a lawyer? Thank you, Aigerim',
      'My nephew was arrested in Almaty last week and the police will not let us see him. Could you tell me whether detainees have a right to see a lawyer?',
    ],
    ['hey how many women died from domestic violence thx', 'how many women died from domestic violence'],
    ['yo can journalists be jailed for what they write ty', 'can journalists be jailed for what they write'],
  ])('answers “%s” as it answers the question alone', (wrapped, bare) => {
    const a = search(wrapped);
    const b = search(bare);
    expect(b.covered).toBe(true);
    expect(a.covered).toBe(true);
    expect(first(a)).toBe(first(b));
  });

  it.each(['Hi! Quick question: what is a good pizza recipe? Thanks!', 'Dear team, I hope all is well. How long is the flight from Astana to Moscow? Kind regards, Dana'])(
    'still refuses an off-topic question put courteously: “%s”',
    (q) => {
      expect(search(q).covered).toBe(false);
    },
  );

  it.each([
    // Refused on main by the greeting's own words; the statement left after it asks nothing (bench/questions/chit-probes-1.jsonl).
    'Good morning! I hope you are well. I have been reading about human rights all week.',
    'hi bot, nice to meet you, I am a journalist',
    'Fact-check complete: your figures on the election matched my sources, thanks.',
  ])('reads a greeting or thanks around a statement whole, and does not answer it: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });

  it.each(['hello', 'hi!', 'thanks!', 'Hello, how are you?', 'hi, thanks'])('leaves courtesy alone as small talk: “%s”', (q) => {
    expect(service.search(q, { limit: 3 }).kind === 'search' && search(q).smallTalk).toBe(true);
  });
});

describe('withoutCourtesy', () => {
  it.each([
    ['Hi all, I hope you are well. who controls the government?', 'who controls the government?'],
    ['Dear Sir or Madam, is torture a crime?', 'is torture a crime?'],
    ['Hello, I hope this message finds you well. Sorry to bother you. Is torture a crime?', 'Is torture a crime?'],
    ['is torture a crime? Many thanks in advance for any information.', 'is torture a crime?'],
    ['is torture a crime? Sincerely, Anna Petrova', 'is torture a crime?'],
    ['To whom it may concern, is torture a crime? Yours faithfully, J. Smith', 'is torture a crime?'],
  ])('takes the courtesy from “%s”', (text, question) => {
    expect(withoutCourtesy(text)).toBe(question);
  });

  it.each([
    'thanks to the new law, can people register a party more easily',
    'what is the best way to report torture',
    'good morning exercise routines',
    'hi-tech surveillance of journalists',
    'is it true? thanks, what about women',
    'Dear leader cult of personality',
    'how do you say thank you in Kazakh',
  ])('leaves “%s” as it is', (text) => {
    expect(withoutCourtesy(text)).toBe(text);
  });

  it('returns a part of what it was given, never an empty question for a non-empty text', () => {
    const pieces = fc.constantFrom('hi', 'Hello', 'dear', 'team', ',', '!', '?', '.', 'thanks', 'thank you', 'regards', 'best', 'Tom', 'how', 'big', 'is', 'a', 'jury', ' ', '—', 'ty', 'sincerely');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), fc.string({ maxLength: 20 }), (words, noise) => {
        const text = (words.join(' ') + noise).replace(/\s+/g, ' ').trim();
        const out = withoutCourtesy(text);
        expect(text.includes(out)).toBe(true);
        if (text.trim()) expect(out.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

// Issue 13 round 63: a process's first question compiled the long opening pattern whenever its first two letters could
// start one ("to", "ho", "th"); a small pattern of the openings' first words now says when it cannot, and the answer
// must stay the same.
const TWO_LETTER_STARTS = ['hi', 'he', 'ho', 'yo', 'gr', 'go', 'de', 'to', 'so', 'ap', 'qu', 'i ', 'on', 'ok', 'th', 'a '];

describe('the cheap test of whether a text may open with courtesy', () => {
  it.each(['torture complaints', 'how many prisoners died in custody', 'the law on peaceful assembly', 'today’s protests', 'honour killings', 'a list of banned parties'])(
    'says “%s” cannot open with courtesy',
    (text) => {
      expect(mayOpenWithCourtesy(text)).toBe(false);
    },
  );

  it.each([
    'hi, how big is a jury?',
    'Hello there! what happened',
    'hey how many women died',
    'heya, is torture a crime',
    'yo can journalists be jailed',
    'Greetings. is torture a crime',
    'Good morning team, who rules',
    'Dear Sir or Madam, is torture a crime?',
    'To whom it may concern, is torture a crime?',
    'I hope you are well. who rules',
    'hope you are doing well, who rules',
    'hope this message finds you well. who rules',
    'how are you? who rules',
    "how's it going, who rules",
    'sorry to bother you. who rules',
    'Apologies for the trouble: who rules',
    'a quick question: who rules',
    'Quick question: who rules',
    'I have a quick question: who rules',
    'one more question: who rules',
    'okay, thanks for your help. who rules',
    'thank you — who rules',
  ])('lets “%s” be read for its opening', (text) => {
    expect(openingLength(text)).toBeGreaterThan(0);
    expect(mayOpenWithCourtesy(text)).toBe(true);
  });

  it('never says a text cannot open with courtesy when the opening pattern finds one', () => {
    const pieces = fc.constantFrom('hi', 'Hello', 'hey', 'heya', 'yo', 'good', 'morning', 'dear', 'to', 'whom', 'it', 'may', 'concern', 'I', 'hope', 'you', "you're", 'are', 'well', 'this', 'message', 'finds', 'how', "how's", 'hows', "what's", 'up', 'going', 'sorry', 'apologies', 'a', 'quick', 'question', 'have', 'one', 'more', 'ok', 'okay', 'thanks', 'thank', 'team', 'is', 'torture', ',', '!', '.', ':', '—', '-', '?');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), fc.constantFrom(' ', '  ', '\t', ''), (words, gap) => {
        const text = words.join(gap);
        // The two-letter starts tried before this round (OPENING_STARTS) still gate the pattern: only past them must this agree.
        const oldGate = TWO_LETTER_STARTS.some((s) => text.slice(0, 3).toLowerCase().startsWith(s));
        if (oldGate && openingLength(text) > 0) expect(mayOpenWithCourtesy(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
