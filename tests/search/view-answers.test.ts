import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { VIEW_QUESTION } from '../../src/search/query.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// An analyst's question asking how something is judged is answered by the sentence saying who judged it and how, alone,
// not by the opening that names the topic in the question's words (docs/search-quality.md, quality round 154).
describe('the bold answer to a question asking how something is judged', () => {
  it.each([
    ['How have human rights observers assessed the length of police custody before charges?', 'Human rights observers criticized this period as too lengthy'],
    ['How do NGOs view the consultative advisory body?', 'The NGO community generally was positive regarding the work of the CAB'],
    ['What is the main criticism of the trade union law?', 'Critics charged that the federation was too close to the government'],
  ])('bolds the judging sentence alone for “%s”', (query, judging) => {
    expect(search(query).hits[0]!.answer.startsWith(judging)).toBe(true);
  });

  it('reads the analyst’s forms, not a noun or a degree', () => {
    for (const q of ['how do observers regard the civil courts', 'How did the OSCE characterize the election?', 'what do NGOs make of the advisory body', 'What are the principal concerns about the NGO financing law?', 'what criticisms were raised about the courts'])
      expect(VIEW_QUESTION.test(q), q).toBe(true);
    for (const q of ['how do I become a judge', 'how do I view my case file', 'to what extent are migrants protected', 'what happened to the blogger'])
      expect(VIEW_QUESTION.test(q), q).toBe(false);
  });
});
