import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 96 (docs/search-quality.md): a formal question on a policy, a procedure, a framework or the extent of something
// ("to what extent is…", "what is the procedure for…", "what safeguards govern…") made of the report's words was answered
// though no sentence of its first three passages held more than a third of it: the passages were found by its words one
// at a time ("National Bank" in a list of confirmations, "interest" in a list of legal interests).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a formal question no sentence of its passages holds is refused (round 96)', () => {
  it.each([
    'To what extent is the National Bank independent of the executive when setting interest rates?',
    'What is the procedure for obtaining a divorce when the spouses own property jointly?',
    'To what extent is the banking sector exposed to bad loans, and how has the regulator responded?',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each([
    'To what extent is the National Preventive Mechanism independent of the government?',
    'What is the procedure for obtaining court approval of an arrest?',
    'To what extent does the constitution concentrate power in the presidency?',
    "What is the government's policy on the integration of labor migrants?",
    'What safeguards govern the judicial approval of arrests?',
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});
