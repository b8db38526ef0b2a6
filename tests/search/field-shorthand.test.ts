import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { type SavedThesaurus, Thesaurus } from '../../src/search/thesaurus.js';
import { realService } from '../helpers.js';

const service = realService();
const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// Policy analysts, NGO staff and diplomats type the field's shorthand: acronyms (GBV, SOGI, CSO, PTD, FoE, TIP) and
// jargon (refoulement, custodial deaths, civic space) that the reports spell out in full (docs/search-quality.md, Quality round 112).
describe('the field’s shorthand', () => {
  describe('a thesaurus line written in capitals matches the acronym only as capitals', () => {
    const thesaurus = new Thesaurus('TIP => trafficking in persons\nFoE => freedom of expression\ngbv => gender-based violence\n');
    const expanded = (words: string[], at = 0) => thesaurus.match(words, at)?.expansions;

    it('matches the acronym typed as written, all in capitals, or with a plural s', () => {
      expect(expanded(['TIP', 'prosecutions'])).toEqual(['trafficking in persons']);
      expect(expanded(['FoE', 'restrictions'])).toEqual(['freedom of expression']);
      expect(expanded(['FOE'])).toEqual(['freedom of expression']);
      expect(expanded(['TIPs'])).toEqual(['trafficking in persons']);
    });

    it('leaves the everyday word alone: lower case, or capitalised as the first word of a sentence', () => {
      expect(expanded(['tip', 'for', 'a', 'waiter'])).toBeUndefined();
      expect(expanded(['Tip', 'for', 'a', 'waiter'])).toBeUndefined();
      expect(expanded(['a', 'foe'], 1)).toBeUndefined();
    });

    it('leaves a query shouted in capitals throughout alone', () => {
      expect(expanded(['TIP', 'FOR', 'WAITERS'])).toBeUndefined();
    });

    it('matches a line written in lower case in any case', () => {
      expect(expanded(['GBV'])).toEqual(['gender-based violence']);
      expect(expanded(['gbv'])).toEqual(['gender-based violence']);
    });

    it('keeps the capitals-only lines when saved and read back', () => {
      const reloaded = new Thesaurus('', JSON.parse(JSON.stringify(thesaurus.toSaved())) as SavedThesaurus);
      expect(reloaded.match(['TIP'], 0)?.expansions).toEqual(['trafficking in persons']);
      expect(reloaded.match(['tip'], 0)).toBeUndefined();
    });
  });

  describe('acronyms and jargon against the report', () => {
    it.each([
      ['GBV', 'Rape and Domestic Violence'],
      ['SOGI', 'Sexual Orientation and Gender Identity'],
      ['CSO registration', 'Freedom of Association'],
      ['prolonged PTD', 'Arrest Procedures and Treatment of Detainees'],
      ['FoE restrictions', 'Freedom of Expression'],
      ['FoAA', 'Freedoms of Peaceful Assembly and Association'],
      ['refoulement', 'Freedom of Movement'],
    ])('“%s” is covered and finds %s first', (query, heading) => {
      const a = answer(query);
      expect(a.covered).toBe(true);
      expect(a.hits[0]!.citation).toContain(heading);
    });

    it('reads an acronym typed in capitals only as the acronym, not as the everyday word the report writes too', () => {
      // Every report writes "tip" in the address of the Trafficking in Persons Report (state.gov/j/tip/…).
      const vocabulary: Vocabulary = { documentFrequency: { tip: 2, traffick: 9, convict: 4, waiter: 1 }, senses: () => null, ignored: new Set(), thesaurus: new Thesaurus('TIP => trafficking\n') };
      const terms = (q: string) => parseQuery(q, vocabulary).terms.map((t) => t.term);
      expect(terms('TIP convictions')).toEqual(['traffick', 'convict']);
      expect(terms('tip for a waiter')).toEqual(['tip', 'waiter']);
    });

    it('reads TIP as trafficking in persons', () => {
      expect(answer('TIP prosecutions 2016').hits[0]!.text).toContain('147 criminal cases on human trafficking');
    });

    it('reads no acronym into an everyday word whose stem is the acronym ("Forbes": forb, "oh": ohs)', () => {
      const thesaurus = Thesaurus.load();
      expect(thesaurus.match(['Forbes', 'Kazakhstan'], 0)).toBeUndefined();
      expect(thesaurus.match(['oh', 'thanks'], 0)).toBeUndefined();
      expect(thesaurus.match(['FoRB'], 0)?.expansions).toContain('freedom of religion');
    });

    // Reports write "Ministry of Internal Affairs"; the news writes "interior ministry" (Quality round 173).
    it.each(['what does the interior ministry do', 'what did the interior minister report', 'MVD'])('reads “%s” as the Ministry of Internal Affairs', (query) => {
      const a = answer(query);
      expect(a.covered).toBe(true);
      expect(a.hits[0]!.text).toMatch(/[Mm]inist(?:ry|er) of [Ii]nternal [Aa]ffairs/);
    });

    it.each(['tip for a waiter in restaurants', 'GDPR compliance checklist', 'ACL tear recovery time', 'car interior detailing prices', 'who is the interior minister of Spain'])('still refuses “%s”', (query) => {
      expect(answer(query).covered).toBe(false);
    });
  });
});
