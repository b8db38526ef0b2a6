import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

// Questions in everyday words whose answering sentence holds a thesaurus stand-in few sentences hold
// ("LGBTI", "same-sex", "noncommercial"), while another passage's sentence holds a typed everyday word
// ("people", "law", "government"): the sure, rare stand-in now weighs as the word typed in the sentence
// ranking, not its share of it (Quality round 40).
describe('a paraphrase whose answer holds a sure, rare stand-in, on the real report', () => {
  it.each([
    ['why don’t gay people go to the police', 'LGBTI'],
    ['is homosexuality legal in kazakhstan', 'does not criminalize consensual same-sex sexual activity'],
    ['what kinds of abuse do gay people face most often', 'There were no prosecutions of anti-LGBTI violence.'],
    ['do charities have to tell the government where their money comes from', 'Under the 2015 NGO financing law'],
    ['are people fleeing war recognised as refugees', 'The law envisages refugees as individuals fleeing persecution'],
  ])('puts first the passage that answers “%s” in the report’s words', (query, answering) => {
    expect(first(query).text).toContain(answering);
  });

  it('keeps a common stand-in at its share: "kids" and "jail" do not pull a question to any passage on children or prisons', () => {
    // "children" and "prisons" stand in for kids and jail in many sentences; weighed as typed words, the
    // passage on abuse in orphanages outranked the one on school violence, which "school" alone finds.
    expect(first('do kids get hit at school').text).toContain('School violence was a problem');
    expect(first('jail conditions').text).toContain('Prison conditions were generally harsh');
  });

  it('keeps the stand-ins of a typo corrected to a word the report writes at their share', () => {
    // "kinapping" is read as kidnapping, which the report writes: "abductions" is no better a word for it.
    expect(first('bride kinapping').text).toContain('the practice of kidnapping women and girls for forced marriage');
  });

  it('weighs up only a thesaurus line\'s stand-ins, not a vector neighbour or a WordNet sense', () => {
    expect(first('at what age can kids get a job').text).toContain('the general minimum age for employment is 16');
  });
});

// A thesaurus phrase means what its stand-ins say: its own words apart often mean something else in the
// report ("service" of community service in "communication services"), and at a typed word's full weight
// they outweighed the stand-ins (Quality round 44).
describe('a paraphrase holding a thesaurus phrase, on the real report', () => {
  it.each([
    ['do fines and community service actually get used instead of locking people up', 'The 2015 criminal code introduced alternative sentences'],
    ['can inspectors check on children’s homes', 'orphanages, were not on the list of institutions NPM members may visit'],
    ['do university teachers hold back what they say', 'Many academics practiced self-censorship'],
  ])('puts first the passage its stand-ins find for “%s”', (query, answering) => {
    expect(first(query).text).toContain(answering);
  });

  it('keeps at full weight a phrase word that is another form of its stand-in: "married" of "get married"', () => {
    expect(first('how young can a girl get married').text).toContain('The legal minimum age for marriage is 18');
  });
});
