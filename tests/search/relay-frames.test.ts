import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { relayFrameWords } from '../../src/search/spoken.js';
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
