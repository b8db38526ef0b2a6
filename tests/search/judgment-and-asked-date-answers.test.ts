import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { ASSESSMENT_QUESTION } from '../../src/search/query.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A question asking for a judgment is answered by the sentence that judges the topic or says who did, usually after
// the opening that names it; a "when" question by the later sentence dating what its last word names, when the
// narrative's opening dates an earlier event (docs/search-quality.md, quality round 97).
describe('the bold answer to a question asking for a judgment', () => {
  it.each([
    ['is the way .kz domains get registered fair', 'Observers criticized the registration process as unduly restrictive'],
    ['are the staff who handle asylum claims qualified', 'the staff assigned for asylum processing lacked knowledge and qualifications'],
    // "can you trust" asks for a judgment, not a permission: not "Individuals and organizations may seek civil remedies…".
    ['can you really trust the civil courts', 'observers viewed civil courts as corrupt and unreliable'],
  ])('bolds the judging sentence for “%s”', (query, answering) => {
    const answer = search(query).hits[0]!.answer;
    expect(answer).toContain(answering);
    // Alone: not joined to the opening that only names the topic.
    expect(answer.startsWith(answering) || answer.startsWith('According to') || answer.startsWith('Although')).toBe(true);
  });

  it('keeps an opening that judges', () => {
    expect(search('are prison conditions good').hits[0]!.answer).toContain('Prison conditions were generally harsh');
  });

  it('reads a quality word, not a name holding one', () => {
    for (const q of ['is the ombudsman independent', 'is it hard to register a party', 'are judges independent of the president', 'how fair are trials', 'what shape are the prisons in', 'do the police really help'])
      expect(ASSESSMENT_QUESTION.test(q), q).toBe(true);
    for (const q of ['did a court shut down the independent union group', 'is hard labor used', 'why was the reporter arrested'])
      expect(ASSESSMENT_QUESTION.test(q), q).toBe(false);
  });
});

describe('the bold answer to "when did X\'s Y start"', () => {
  it('bolds the later sentence dating the trial, not the opening dating the arrest', () => {
    expect(search("when did the ex-pension fund head's court trial start").hits[0]!.answer).toContain('The court trial began on November 15');
  });

  it('keeps an opening that dates what is asked', () => {
    expect(search('when was the Tribuna editor arrested').hits[0]!.answer).toContain('was arrested on February 10');
  });
});
