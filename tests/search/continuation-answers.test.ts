import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { REPORT_DIR, realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };

// A "who / what / how…" question is often answered by the sentence after the one holding its words, which goes on about
// the same subject ("They received…", "He also serves…"): the two are bolded together (docs/search-quality.md, quality
// round 149). A yes/no question keeps the best sentence alone.
describe('the bold answer to a question word followed by a sentence going on about its subject', () => {
  it.each([
    ['how are the 28 crisis centers paid for', 'there were 28 crisis centers in 2016', 'They received 20 percent of their funding from the government'],
    ['what other role does the ombudsman have', 'the current ombudsman was appointed by the president', 'He also serves as the chair of the Coordinating Council'],
    ['what else is the ombudsman in charge of', 'the human rights ombudsman be selected by the Senate', 'He also serves as the chair of the Coordinating Council'],
  ])('bolds the sentence that goes on for “%s”', (query, best, next) => {
    const answer = search(query).hits[0]!.answer;
    expect(answer).toContain(best);
    expect(answer).toContain(next);
  });

  it.each([
    ['are there crisis centres for women', 'there were 28 crisis centers in 2016', 'They received 20 percent'],
    ['was the ombudsman appointed by the president', 'the current ombudsman was appointed by the president', 'He also serves'],
  ])('keeps the best sentence alone for the yes/no question “%s”', (query, best, next) => {
    const answer = search(query).hits[0]!.answer;
    expect(answer).toContain(best);
    expect(answer).not.toContain(next);
  });

  it('reads a question word at the start of the question', () => {
    for (const q of ['who pays for crisis centers', 'What did the court decide', "what's the fine for striking", 'how are shelters funded', 'why was the blogger charged', 'where do refugees live', 'which city has the most jews'])
      expect(parseQuery(q, vocabulary).asksOpen, q).toBe(true);
    for (const q of ['do crisis centers get money', 'is the ombudsman independent', 'crisis center funding', 'can police hold a detainee for 72 hours', 'tell me who pays for shelters'])
      expect(parseQuery(q, vocabulary).asksOpen, q).toBe(false);
  });
});
