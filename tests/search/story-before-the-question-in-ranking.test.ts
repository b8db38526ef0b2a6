import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 144 (docs/search-quality.md): the asker's story before the question (round 141's `storyEndOf`) sets the scene;
// the ranking weighed its words as the question's own, and a paragraph telling a like story ("arrested and detained political
// opponents", a conscript's death) came before the one answering what is asked.
const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]?.text ?? '';

describe('the story told before a question weighs less in the ranking than what is asked (round 144)', () => {
  it.each([
    [
      'my brother was picked up by the police in shymkent after a street protest last month and held overnight; how long can they keep a detainee before charging him',
      'The law allows police to hold a detainee for 72 hours before bringing charges',
    ],
    ["our neighbour's son was beaten by older soldiers during his army service and came home with bruises; is hazing in the army punished", 'military hazing'],
    [
      'my aunt runs a small newspaper and the tax police came to her office twice last year; are journalists harassed by the authorities',
      'authorities prevented reporters from carrying out their duties',
    ],
  ])('puts first what “%s” asks', (q, answer) => {
    expect(first(q)).toContain(answer);
  });

  it('still ranks by a story the question refers back to: its words typed in the question keep their weight', () => {
    // "strike" is the story's and the question's: the strike paragraphs stay on top.
    expect(first('a friend of mine who works at an oil company was fired after joining a strike; can workers strike legally')).toMatch(/strike/);
  });
});
