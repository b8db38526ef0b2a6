import { describe, expect, it } from 'vitest';
import { FACT_MAX_LENGTH, FACT_MIN_LENGTH, judgeSentence, selectFacts } from '../../src/report/facts.js';
import type { Report } from '../../src/report/model.js';
import { splitSentences } from '../../src/report/sentences.js';
import { realReportParsed } from '../helpers.js';

const facts = selectFacts(realReportParsed());
const factTexts = new Set(facts.map((f) => f.text));

describe('selectFacts on the Kazakhstan 2017 report', () => {
  it('finds well over a hundred facts', () => {
    expect(facts.length).toBeGreaterThan(150);
  });

  it.each([
    'The law allows police to hold a detainee for 72 hours before bringing charges.',
    'On March 15, police detained a 29-year-old resident of Astana, Nikolay Krivenko, for disorderly behavior and vandalism.',
    'The NGO Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR) recorded 115 complaints of torture in the first six months of 2016.',
    'The country is a party to the 1980 Hague Convention on the Civil Aspects of International Child Abduction.',
    'Article 49 includes 27 new reasons an employer may fire a worker.',
    'The Presidential Commission on Human Rights is a consultative and advisory body that includes members of the public appointed by the president.',
    'Radio Azattyk reported that Muslim prisoners were not allowed to fast during Ramadan and were punished for violations of the prison internal rules during bedtime.',
  ])('keeps an informative stand-alone sentence: %s', (sentence) => {
    expect(factTexts).toContain(sentence);
  });

  it('drops the run-in topic label and keeps the sentence it introduces', () => {
    // In the report: "Recent Elections: An early presidential election in April 2015 gave …"
    expect(factTexts).toContain('An early presidential election in April 2015 gave President Nazarbayev 97.5 percent of the vote.');
    expect([...factTexts].some((t) => t.startsWith('Recent Elections:'))).toBe(false);
  });

  it('leaves out a sentence opening with a surname the paragraph introduced, whatever the country', () => {
    const sentence = 'Smith was fined 300 dollars by a district court in May 2019.';
    expect(judgeSentence(sentence, 'Police detained the journalist John Smith in April. ')).toEqual({ ok: false, reason: 'opens-with-reference' });
    expect(judgeSentence(sentence, 'Police detained several journalists in April. ')).toMatchObject({ ok: true });
  });

  it.each([
    ['He was arrested on February 10 and charged with money laundering', 'opens-with-reference'],
    ['The next day, an Almaty court sentenced two organizers of the march', 'opens-with-reference'],
    ['Two days later, the magazine\'s website was blocked in Kazakhstan', 'opens-with-reference'],
    ['Police took him to a local center for medical and social rehabilitation', 'dangling-reference'],
    ['According to human rights activists, these procedures were frequently ignored.', 'dangling-reference'],
    ['On August 1, the Almaty court found her guilty of incitement of interethnic discord', 'dangling-reference'],
    ['See the Department of State’s International Religious Freedom Report', 'pointer'],
    ["Also see the Department of State's Trafficking in Persons Report", 'pointer'],
    ['There were no reports of politically motivated disappearances.', 'not-informative'],
    ["Mailybayev was sentenced to five years' imprisonment", 'opens-with-reference'],
    ['Prosecutors reported a significantly smaller number, stating that 36 women died', 'dangling-reference'],
  ])('leaves out a sentence from the report that cannot stand alone: %s', (start, reason) => {
    const found = reportSentences().find((s) => s.text.startsWith(start));
    expect(found, `"${start}" should be a sentence of the report`).toBeDefined();
    expect(judgeSentence(found!.text, found!.before)).toEqual({ ok: false, reason });
    expect([...factTexts].some((t) => t.startsWith(start))).toBe(false);
  });

  it('keeps every fact chat-sized, ending its sentence, with the citation of its paragraph', () => {
    const paragraphs = new Map(realReportParsed().paragraphs.map((p) => [p.id, p]));
    for (const fact of facts) {
      expect(fact.text.length).toBeGreaterThanOrEqual(FACT_MIN_LENGTH);
      expect(fact.text.length).toBeLessThanOrEqual(FACT_MAX_LENGTH);
      expect(fact.text).toMatch(/[.!?]["”’)]*$/);
      const paragraph = paragraphs.get(fact.paragraphId);
      expect(paragraph?.text).toContain(fact.text);
      expect(fact.citation).toBe(paragraph?.citation);
      expect(fact.sectionId).toBe(paragraph?.sectionId);
    }
  });

  it('gives every fact a distinct id', () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });
});

describe('fact ids', () => {
  it('survive re-indexing the same report', () => {
    const again = selectFacts(structuredClone(realReportParsed()));
    expect(again.map((f) => f.id)).toEqual(facts.map((f) => f.id));
  });

  it('stay put when another sentence of the paragraph changes, and change when the sentence itself is', () => {
    const fact = facts.find((f) => f.text.startsWith('The law allows police to hold a detainee for 72 hours'))!;
    const edited = structuredClone(realReportParsed());
    const paragraph = edited.paragraphs.find((p) => p.id === fact.paragraphId)!;
    paragraph.text = `The Ministry of Justice registered 12 new NGOs in 2017. ${paragraph.text}`;
    expect(selectFacts(edited).find((f) => f.text === fact.text)?.id).toBe(fact.id);

    paragraph.text = paragraph.text.replace('72 hours', '48 hours');
    const changed = selectFacts(edited).find((f) => f.paragraphId === fact.paragraphId && f.text.includes('48 hours'));
    expect(changed).toBeDefined();
    expect(changed!.id).not.toBe(fact.id);
  });
});

describe('judgeSentence', () => {
  it('turns down a piece of a sentence cut by a page break', () => {
    expect(judgeSentence("court in Almaty region declined the hospital's petition for release of Ulasik, who remained in a mental hospital.")).toEqual({ ok: false, reason: 'fragment' });
    expect(judgeSentence('The requirement that owners, editors, distributors, publishing houses, and journalists prove the veracity of')).toEqual({ ok: false, reason: 'fragment' });
  });

  it('turns down a sentence too short or too long for a chat message', () => {
    expect(judgeSentence('The law criminalizes rape.')).toEqual({ ok: false, reason: 'length' });
    expect(judgeSentence(`The law ${'prohibits many things, '.repeat(20)}in 2017.`)).toEqual({ ok: false, reason: 'length' });
  });

  it('turns down a quotation that started in an earlier sentence', () => {
    expect(judgeSentence('The government in 2017 said the rules protect “national security and public order for all citizens.')).toEqual({ ok: false, reason: 'unbalanced-quote' });
  });
});

describe('selectFacts on a small report', () => {
  it('posts a sentence repeated in two paragraphs only once, citing the first', () => {
    const sentence = 'The law allows police to hold a detainee for 72 hours before bringing charges.';
    const report: Report = {
      info: { id: 'r', title: 'R', country: 'R', year: 2017 },
      sections: [],
      paragraphs: [
        { id: 'exec#1', sectionId: 'exec', ordinal: 1, text: sentence, marks: [], citation: 'Executive Summary ¶1' },
        { id: '1.d#1', sectionId: '1.d', ordinal: 1, text: sentence, marks: [], citation: '§1.d ¶1' },
      ],
    };
    expect(selectFacts(report)).toEqual([
      expect.objectContaining({ text: sentence, paragraphId: 'exec#1', citation: 'Executive Summary ¶1' }),
    ]);
  });
});

/** Every sentence of the report, with the text of its paragraph before it. */
function reportSentences(): Array<{ text: string; before: string }> {
  return realReportParsed().paragraphs.flatMap((p) => splitSentences(p.text).map((s) => ({ text: s.text, before: p.text.slice(0, s.start) })));
}
