import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A thesaurus phrase of three words or more ("enough to live on", "killed on the job") describes the report's term:
// its rare stand-ins ("subsistence", "workplace deaths") in the sentence ranking weigh halfway between their share
// of the phrase's weight and a typed word's, so a passage matching only a typed everyday word ("pay", "people") no
// longer outranks the one the description names. A two-word phrase ("sit in") keeps its share (Quality round 72).
describe('a paraphrase whose description is a thesaurus phrase of three words or more, on the real report', () => {
  it.each([
    ['is the lowest pay a worker can get enough to live on', 'minimum wage was equal to the monthly subsistence income level'],
    ['how many workers were killed on the job', 'workplace deaths'],
    ['how many people got hurt at work', 'injured at their workplaces'],
  ])('puts first the passage that answers “%s” in the report’s words', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it('keeps the stand-ins of a two-word phrase at their share: “sit in” the senate is no sit-in', () => {
    expect(answer('how many people sit in the senate').hits[0]!.text).not.toContain('demonstrations');
  });
});

// "careful what they say / write" is the everyday description of what the reports call self-censorship (round 72).
describe('an everyday description of self-censorship reaches the report’s term through the thesaurus, on the real report', () => {
  it('answers “do journalists watch what they write about the president” with the passage on self-censorship first', () => {
    const a = answer('do journalists watch what they write about the president');
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain('self-censorship');
  });

  it.each(['should i watch what i say around my boss', 'how to be careful what you say on a first date'])(
    'refuses “%s”: the phrase alone does not make an everyday question look covered',
    (query) => {
      expect(answer(query).covered).toBe(false);
    },
  );
});
