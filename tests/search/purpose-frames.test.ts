import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { purposeFrameWords } from '../../src/search/spoken.js';
import { REPORT_DIR, realService } from '../helpers.js';

// Quality round 142 (docs/search-quality.md): a student's or a writer's reason for asking, said before or after the question
// ("for my civics homework: …", "…, it's for a school project"). The frame's words ("civics", "homework", "dissertation") were
// weighed as the question's, and the long rule refused questions its first passage answers.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const first = (a: SearchAnswer) => a.hits[0]?.paragraphId;

describe('a question asked for a piece of work', () => {
  it.each([
    ["for my media studies essay: which tv channels do the president's relatives own", "which tv channels do the president's relatives own"],
    ['for my sociology coursework: do folks with disabilities struggle to get into buildings', 'do folks with disabilities struggle to get into buildings'],
    ['for my civics homework: how does parliament pick the prime minister', 'how does parliament pick the prime minister'],
  ])('answers “%s” as it answers the question inside', (framed, bare) => {
    const b = search(bare);
    const a = search(framed);
    expect(b.covered).toBe(true);
    expect(a.covered).toBe(true);
    expect(first(a)).toBe(first(b));
  });

  it.each([
    'for my geography essay: which river is the longest and how deep does it get',
    'what toppings do people like best on their pizza, for my cooking class',
    'for my music dissertation: which folk instruments are played at weddings in the villages',
  ])('still refuses an off-topic question in the same frame: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
});

describe('the words of a purpose frame', () => {
  const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
  const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
  const framed = (q: string) => {
    const parsed = parseQuery(q, vocabulary);
    const words = purposeFrameWords(parsed);
    return words === undefined ? [] : [...words].map((i) => parsed.words[i]!.word);
  };

  it('takes the work and what it is of, before the question or after it', () => {
    expect(framed('for my media studies essay: which tv channels do officials own')).toEqual(expect.arrayContaining(['media', 'studies', 'essay']));
    expect(framed('for my media studies essay: which tv channels do officials own')).not.toContain('channels');
    expect(framed('is a class action possible against the state, it’s for my law class')).toEqual(expect.arrayContaining(['law', 'class']));
  });

  it('takes the last of a word the question uses too', () => {
    const parsed = parseQuery('is a class action possible against the state, for my law class', vocabulary);
    const words = [...(purposeFrameWords(parsed) ?? [])];
    const classes = parsed.words.flatMap((w, i) => (w.word === 'class' ? [i] : []));
    expect(words).toContain(classes[classes.length - 1]);
    expect(words).not.toContain(classes[0]);
  });

  it.each([
    'is it a crime for a paper to print the president’s private finances',
    'how much can an NGO be fined for a late or wrong report',
    'for a class action over unpaid wages are group lawsuits allowed',
  ])('takes nothing of a question whose “for” is not set off as a frame: “%s”', (q) => {
    expect(framed(q)).toEqual([]);
  });
});
