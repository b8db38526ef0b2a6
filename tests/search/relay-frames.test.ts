import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { mayOpenRelayFrame, relayFrameLength, relayFrameWords } from '../../src/search/spoken.js';
import { REPORT_DIR, realService } from '../helpers.js';

// Quality round 130 (docs/search-quality.md): questions relayed from someone else — a relative's hearsay ("my cousin in X says
// …, is that true?"), the news ("I heard on the radio that …"), home seen from abroad ("back home …") and a radio host's caller
// ("we have a caller from X asking …"). The frame's words ("cousin", "says", "caller", a town) were read as the question's, and
// the long rule refused questions whose first passage was right.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const first = (a: SearchAnswer) => a.hits[0]?.paragraphId;

describe('a question relayed from someone else', () => {
  it.each([
    ['my cousin in pavlodar says people get arrested there for no reason at all, is that true?', 'people get arrested for no reason at all'],
    ['we have a caller from melbourne asking which ministry runs the national police', 'which ministry runs the national police'],
    [
      'my aunt in semey told me that corruption is everywhere, in the police, the schools and the courts, is that what the report says?',
      'corruption in the police, the schools and the courts',
    ],
  ])('answers “%s” as it answers the question inside', (relayed, bare) => {
    const b = search(bare);
    const a = search(relayed);
    expect(b.covered).toBe(true);
    expect(a.covered).toBe(true);
    expect(first(a)).toBe(first(b));
  });

  it.each([
    'my cousin in almaty says the apricots there are the sweetest in the world, is that true?',
    'our next caller wants to know who won the hockey match last night',
  ])('still refuses an off-topic question in the same frame: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
});

describe('the words of a relaying frame', () => {
  const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
  const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
  const framed = (q: string) => {
    const parsed = parseQuery(q, vocabulary);
    const words = relayFrameWords(parsed);
    return words === undefined ? [] : [...words].map((i) => parsed.words[i]!.word);
  };

  it('takes who said it, where they live and the verb of saying, and the check at the end', () => {
    const words = framed('my sister in shymkent says people get arrested for no reason, is that true?');
    expect(words).toEqual(expect.arrayContaining(['sister', 'shymkent', 'says', 'true']));
    expect(words).not.toContain('arrested');
  });

  it('takes a radio host’s caller and a heard source, not the question after them', () => {
    expect(framed('our next caller wants to know how many days a detainee has to complain')).toEqual(expect.arrayContaining(['caller', 'next', 'wants', 'know']));
    expect(framed('i heard on the news that the head of the pension fund was arrested')).toEqual(expect.arrayContaining(['heard', 'news']));
    expect(framed('i heard on the news that the head of the pension fund was arrested')).not.toContain('pension');
  });

  it('keeps what the relative is when the saying comes after it', () => {
    const words = framed('my uncle is a journalist and he says reporters keep getting sued for libel');
    expect(words).toContain('says');
    expect(words).not.toContain('journalist');
    expect(words).not.toContain('reporters');
  });

  it.each(['my son was beaten in the army, what can we do', 'my husband beats me, can the police help', 'my cousin writes a blog criticising the government, can he be arrested'])(
    'takes nothing when the relative is the question’s, not a teller: “%s”',
    (q) => {
      expect(framed(q)).toEqual([]);
    },
  );
});

// Issue 13 round 65: the relaying patterns (~2,900 characters with `iu`) were compiled at a process's first question holding
// "a", "i", "people" or "so" (8–25 ms), though most questions open with a word no frame opens with; the first word now says
// when none can, and the frames found must stay the same.
describe('the cheap test of whether a text may open with a relaying frame', () => {
  it.each(['how many people were detained last year', 'can a blogger be jailed for a post', 'is it true that people are tortured', 'what rights do i have at work', 'mycousin says nothing', 'everyones rights matter', '  my cousin says so'])(
    'says “%s” cannot open with one',
    (text) => {
      expect(mayOpenRelayFrame(text)).toBe(false);
      expect(relayFrameLength(text)).toBe(0);
    },
  );

  it.each([
    'my older sister who lives in taraz says the courts are slow',
    'our neighbours claim that the police take bribes',
    'a close friend of mine told me that unions are banned',
    'some people back home think the elections are rigged',
    'folks there say, the press is muzzled',
    'everybody i know says protests are banned',
    'i recently read online that bloggers get sued',
    'we just heard from my cousin that the border is shut',
    'the listener from aktobe asks whether strikes are legal',
    'one viewer wrote in asking if fines are high',
    "we've got another caller on the line asking whether courts are fair",
    'next caller, go ahead',
    'back home the police beat people',
    "where i'm from nobody votes",
    'people, says my mum, get arrested',
    // Under `iu` the long s and the Kelvin sign match "s" and "k".
    'ſome people say the courts are slow',
    'fol\u212As say the courts are slow',
  ])('lets “%s” be read for its frame', (text) => {
    expect(relayFrameLength(text)).toBeGreaterThan(0);
    expect(mayOpenRelayFrame(text)).toBe(true);
  });

  it('never says a text cannot open with a frame when the relaying pattern finds one', () => {
    const pieces = fc.constantFrom('my', 'My', 'MY', 'our', 'a', 'good', 'friend', 'of', 'mine', 'some', 'ſome', 'people', 'peopleſ', 'folks', 'everyone', 'everybody', 'i', 'we', "we've", 'have', 'heard', 'read', 'saw', 'online', 'on', 'the', 'news', 'one', 'next', 'caller', 'listener', 'viewer', 'reader', 'from', 'in', 'almaty', 'asks', 'says', 'told', 'me', 'that', 'back', 'home', 'where', "i'm", 'am', 'is', 'cousin', 'uncle', 'go', 'ahead', 'how', 'many', '\u212aaren', ',', '?', '2');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 9 }), fc.constantFrom(' ', '  ', '\t', '\u00a0', ''), (words, gap) => {
        const text = words.join(gap);
        if (relayFrameLength(text) > 0) expect(mayOpenRelayFrame(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('does not run the relaying patterns for a question whose first word opens none', () => {
    const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
    const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
    const parsed = parseQuery('how many people were arrested at a rally', vocabulary);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      relayFrameWords(parsed);
      // The relaying patterns are the long ones read here (`RELAY` ~2,300 characters, `RELAY_AFTER` ~600).
      expect(exec.mock.contexts.filter((re) => (re as RegExp).source.length > 500)).toEqual([]);
    } finally {
      exec.mockRestore();
    }
  });
});
