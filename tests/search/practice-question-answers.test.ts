import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { STATES_LAW } from '../../src/search/answer-kinds.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { REPORT_DIR, realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };

// A yes/no question about what happens ("do police beat detainees…") is often answered, in these reports, by the law's
// sentence on the topic followed by one saying how it works out: the two are bolded together (docs/search-quality.md,
// quality round 135).
describe('the bold answer to a yes/no question about practice', () => {
  it.each([
    ['do police beat detainees during the 72 hours before charges', 'The law allows police to hold a detainee for 72 hours', 'authorities often used this phase of detention to torture, beat, and abuse inmates'],
    ['do people with HIV get treated without charge', 'The law prohibits discrimination against persons with HIV', 'The National Center for AIDS provides free diagnosis and treatment'],
    ['does the state actually send enough inspectors to workplaces', 'The law codifies the right of government labor inspectors', 'Ministry inspectors conducted random inspections of employers'],
  ])('bolds the law with what happens for “%s”', (query, law, practice) => {
    const answer = search(query).hits[0]!.answer;
    expect(answer).toContain(law);
    expect(answer).toContain(practice);
  });

  it('leaves the law alone for a question about the law', () => {
    const answer = search('is it legal for police to hold someone 72 hours without charge').hits[0]!.answer;
    expect(answer).toContain('The law allows police to hold a detainee for 72 hours');
    expect(answer).not.toContain('Human rights observers criticized');
  });

  it('reads a question about practice from its form', () => {
    for (const q of ['do police beat detainees', 'are journalists harassed', 'did the court release him', 'is HIV treatment free'])
      expect(parseQuery(q, vocabulary).wantsPractice, q).toBe(true);
    for (const q of ['can police hold a detainee for 72 hours', 'is it legal to strike', 'do foreign channels have to follow the limit', 'does the law protect whistleblowers', 'is rape a crime', 'how long can police hold a detainee'])
      expect(parseQuery(q, vocabulary).wantsPractice, q).toBe(false);
  });

  it('reads a sentence stating the law from its opening', () => {
    for (const s of ['Pretrial Detention: The law allows police to hold a detainee for 72 hours.', 'By law refugees have the right to work.', 'According to the law, stateless persons are eligible.', 'The 2014 law requires independent labor unions to affiliate.', 'Under the administrative code, employment of a minor is punishable.', 'The new criminal code toughened criminal liability.'])
      expect(STATES_LAW.test(s), s).toBe(true);
    for (const s of ['The government did not implement the law effectively.', 'Law enforcement agencies often advised abductees to sort it out.', 'The law enforcement officials dissuaded detainees.', 'Human rights observers criticized this period as too lengthy.'])
      expect(STATES_LAW.test(s), s).toBe(false);
  });
});
