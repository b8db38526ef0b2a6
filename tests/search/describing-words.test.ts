import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 157 (docs/search-quality.md): a long question whose words the report lacks only say how things stand ("grim",
// "gloomy") names its topic in the report's words; a noun the report lacks names another topic.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a question whose unknown words are all verbs or modifiers (round 157)', () => {
  it.each([
    ['are the cells where detainees are held grim and gloomy', 'are the cells where detainees are held full of rats and cockroaches'],
    ['are the cells where detainees are held grim and gloomy', 'are the prison cells full of rats and cockroaches for the inmates'],
  ])('answers “%s” and still refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });
});
