import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 118 (docs/search.md): a long question that tells the asker's situation or purpose before it asks
// ("my brother was arrested last night, …", "for an article on press freedom, …") is judged on the question it asks
// after the comma: the situation, in the report's words, made everyday questions look covered and questions the report
// answers look scattered (`LONG.situation`).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a long question is judged on the question asked after its situation (round 118)', () => {
  it.each([
    "I'm writing an article on press freedom, how do I add footnotes in a word document?",
    'my friend has HIV, what foods help keep the immune system strong?',
    "I'm a reporter looking into bribery, how do I keep my email account safe from hackers?",
  ])('refuses “%s”: the question clause stands alone, and its words are not the report\'s', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['my friend was detained yesterday, can his family visit him', 'my daughter wants to teach at a university there, can she say what she thinks'])(
    'answers “%s”: the first passage holds what the question clause asks',
    (q) => {
      expect(search(q).covered).toBe(true);
    },
  );
});
