import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { type SavedThesaurus, Thesaurus } from '../../src/search/thesaurus.js';
import { realService } from '../helpers.js';

// "X or Y" / "X and Y" share the words around them: "forced to cook or marry" is "forced to cook" or "forced
// to marry", "violent or drunk husband" is "violent husband" or "drunk husband". A thesaurus phrase is read with
// either conjunct in its place, the shared head or tail standing for both (Quality round 76).
describe('a thesaurus phrase read through a coordination (“X or Y”, “X and Y”)', () => {
  const phrases = new Thesaurus('forced to marry => forced marriage\nviolent husband => domestic violence\ncannot see, cannot hear => disabilities\n');

  it('gives the second conjunct the phrase its shared head makes with it', () => {
    // forced to cook or marry: "marry" with the head "forced to"
    expect(phrases.match(['forced', 'to', 'cook', 'or', 'marry'], 4)).toEqual({ length: 1, expansions: ['forced marriage'] });
    expect(phrases.match(['people', 'who', 'cannot', 'walk', 'and', 'hear'], 5)).toEqual({ length: 1, expansions: ['disabilities'] });
  });

  it('gives the first conjunct the phrase it makes with the shared tail', () => {
    expect(phrases.match(['a', 'violent', 'or', 'drunk', 'husband'], 1)).toEqual({ length: 1, expansions: ['domestic violence'] });
  });

  it('reads a coordination whose both conjuncts make a phrase as one query word', () => {
    expect(phrases.match(['cannot', 'see', 'or', 'hear'], 0)).toEqual({ length: 4, expansions: ['disabilities'] });
    const both = new Thesaurus('violent husband, abusive husband => domestic violence\nforced to marry => forced marriage\nforced to work => forced labor\n');
    expect(both.match(['a', 'violent', 'or', 'abusive', 'husband'], 1)).toEqual({ length: 4, expansions: ['domestic violence'] });
    // Two things ("forced labor", "forced marriage"): two query words, the second read with the shared head.
    expect(both.match(['forced', 'to', 'work', 'or', 'marry'], 0)).toEqual({ length: 3, expansions: ['forced labor'] });
    expect(both.match(['forced', 'to', 'work', 'or', 'marry'], 4)).toEqual({ length: 1, expansions: ['forced marriage'] });
  });

  it('still prefers a phrase read straight through, and reads nothing across a word that is no conjunction', () => {
    expect(phrases.match(['cannot', 'see', 'then', 'hear'], 0)).toEqual({ length: 2, expansions: ['disabilities'] });
    expect(phrases.match(['forced', 'to', 'cook', 'then', 'marry'], 4)).toBeUndefined();
    expect(phrases.match(['violent', 'or'], 0)).toBeUndefined();
    expect(phrases.match(['or', 'marry'], 1)).toBeUndefined();
    const reloaded = new Thesaurus('', JSON.parse(JSON.stringify(phrases.toSaved())) as SavedThesaurus);
    expect(reloaded.match(['forced', 'to', 'cook', 'or', 'marry'], 4)).toEqual({ length: 1, expansions: ['forced marriage'] });
  });
});

// A guard, green on main too: reading "marry" with the head "forced to" keeps the forced-marriage passage first.
describe('a coordinated description on the real report', () => {
  const service = realService();
  it('answers “are girls forced to leave school or marry young” with the forced-marriage passage first', () => {
    const a = service.search('are girls forced to leave school or marry', { limit: 3 }) as SearchAnswer;
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toMatch(/forced marriage/);
  });
});

// "mean / bad / nasty things about" is the everyday description of what the reports call insulting, as "rude things
// about" (round 70) is; "decide who is guilty" that of a jury's part (Quality round 76).
describe('everyday descriptions of insulting and of a jury reach the report’s terms, on the real report', () => {
  const service = realService();
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
  it('answers “is it crime to say bad or mean things about president” with the passage on insulting the president first', () => {
    const a = answer('is it crime to say bad or mean things about president');
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain('insulting the president');
  });

  it.each(['how to stop my coworker saying bad things about me', 'how does a referee decide if a foul is guilty'])('refuses “%s”', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});
