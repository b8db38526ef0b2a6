import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWords, nearDuplicates } from '../../src/report/fact-dedup.js';
import { WELL_KNOWN_ACRONYMS } from '../../src/report/fact-glossary.js';
import {
  FACT_MAX_LENGTH, FACT_MIN_LENGTH, factId, hasArtefact, judgeJoined, judgeSentence, MIN_FACT_SCORE, partQuota, selectFacts,
} from '../../src/report/facts.js';
import type { Report } from '../../src/report/model.js';
import { parseReport } from '../../src/report/parse.js';
import { splitSentences } from '../../src/report/sentences.js';
import { FIXTURE_DIR, realReportParsed } from '../helpers.js';

const facts = selectFacts(realReportParsed());
const factTexts = new Set(facts.map((f) => f.text));

describe('selectFacts on the Kazakhstan 2017 report', () => {
  it('finds at least 120 facts', () => {
    expect(facts.length).toBeGreaterThanOrEqual(120);
  });

  it.each([
    'Parliament has never failed to confirm a presidential nomination.',
    'Courts generally ignored allegations by defendants that officials obtained confessions by torture or duress.',
    'Constitutional amendments exempt President Nazarbayev from the two-term presidential term limit and protect him from prosecution.',
    'The NGO Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR) recorded 115 complaints of torture in the first six months of 2016.',
  ])('keeps a finding the old filter turned down or that reads well alone: %s', (sentence) => {
    expect(factTexts).toContain(sentence);
  });

  it('joins a lead-in to the sentence that carries its point', () => {
    const lead = 'On March 15, police detained a 29-year-old resident of Astana, Nikolay Krivenko, for disorderly behavior and vandalism.';
    expect(factTexts).toContain(`${lead} Police took him to a local center for medical and social rehabilitation where he was beaten to death.`);
    expect(factTexts).not.toContain(lead);
  });

  it('spells out every acronym the report defines, and posts none it does not explain', () => {
    for (const { text } of facts) {
      for (const [, acronym] of text.matchAll(/(?<![\p{L}\d])([A-Z]{2,})s?(?![\p{L}\d])/gu)) {
        if (WELL_KNOWN_ACRONYMS.has(acronym!)) continue;
        expect(text, `${acronym} in "${text}"`).toContain(`(${acronym})`);
      }
    }
    const pmc = facts.filter((f) => f.text.includes('PMC'));
    for (const f of pmc) expect(f.text).toContain('Public Monitoring Commission (PMC)');
  });

  it('posts no artefact of the source: no "--", no letters mixed with digits, no repeated figure, no run-in heading', () => {
    for (const { text } of facts) {
      expect(text).not.toContain('--');
      expect(hasArtefact(text), text).toBe(false);
      expect(text).not.toMatch(/^[A-Z][\w'’ ]+(of|to|for) [\w'’ ]+: /);
    }
    expect([...factTexts].some((t) => t.includes('Auy1') || t.includes('340,340'))).toBe(false);
    expect([...factTexts].some((t) => t.includes('maslikhats—local representative bodies—'))).toBe(true);
  });

  it('leaves no two facts saying nearly the same thing', () => {
    // Compared as the report words them: a body's spelled-out name is not shared wording.
    const asWritten = (t: string) => t.replace(/(?:[A-Z][\w'’-]*\s+(?:(?:of|the|for|and|on|in)\s+)*)+\(([A-Z]{2,})\)/g, '$1');
    const words = facts.map((f) => contentWords(asWritten(f.text)));
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) expect(nearDuplicates(words[i]!, words[j]!), `${facts[i]!.text}\n${facts[j]!.text}`).toBe(false);
    }
  });

  it('takes facts from every numbered section and the executive summary, weighted toward the findings', () => {
    const top = (id: string) => (id.startsWith('exec') ? 'exec' : id.split(/[./]/)[0]!);
    const perSection = new Map<string, number>();
    for (const f of facts) perSection.set(top(f.sectionId), (perSection.get(top(f.sectionId)) ?? 0) + 1);
    for (const s of ['exec', '1', '2', '3', '4', '5', '6', '7']) expect(perSection.get(s), s).toBeGreaterThan(0);
    expect(perSection.get('7')!).toBeLessThan(facts.length / 5);
    expect(partQuota('1.c')).toBeGreaterThan(partQuota('7.e'));
  });

  it('keeps every fact chat-sized, ending its sentence, with the citation of its paragraph and its score', () => {
    const paragraphs = new Map(realReportParsed().paragraphs.map((p) => [p.id, p]));
    for (const fact of facts) {
      expect(fact.text.length).toBeGreaterThanOrEqual(FACT_MIN_LENGTH);
      expect(fact.text.length).toBeLessThanOrEqual(FACT_MAX_LENGTH);
      expect(fact.text).toMatch(/[.!?]["”’)]*$/);
      const paragraph = paragraphs.get(fact.paragraphId);
      expect(fact.citation).toBe(paragraph?.citation);
      expect(fact.sectionId).toBe(paragraph?.sectionId);
      expect(fact.score).toBeGreaterThanOrEqual(MIN_FACT_SCORE);
      expect(fact.reason).toMatch(/ of \d+ in /);
    }
  });

  it('gives every fact a distinct id', () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it.each([
    ['There were no reports of politically motivated disappearances.'],
    ['The labor code establishes labor norms and regulates labor relations and practices.'],
  ])('does not post a stock phrase or boilerplate: %s', (sentence) => {
    expect(factTexts).not.toContain(sentence);
  });
});

describe('fact ids', () => {
  it('survive re-indexing the same report', () => {
    const again = selectFacts(structuredClone(realReportParsed()));
    expect(again.map((f) => f.id)).toEqual(facts.map((f) => f.id));
  });

  it('stay put when another paragraph changes, and change when the sentence itself is', () => {
    const fact = facts.find((f) => f.text.startsWith('The NGO Kazakhstan International Bureau'))!;
    const edited = structuredClone(realReportParsed());
    const other = edited.paragraphs.find((p) => p.sectionId === '7.e')!;
    other.text = `The Ministry of Labor registered 12 new inspectors in 2017. ${other.text}`;
    expect(selectFacts(edited).find((f) => f.text === fact.text)?.id).toBe(fact.id);

    const paragraph = edited.paragraphs.find((p) => p.id === fact.paragraphId)!;
    paragraph.text = paragraph.text.replace('115 complaints', '116 complaints');
    const changed = selectFacts(edited).find((f) => f.paragraphId === fact.paragraphId && f.text.includes('116 complaints'));
    expect(changed).toBeDefined();
    expect(changed!.id).not.toBe(fact.id);
  });
});

describe('judgeSentence', () => {
  it.each([
    ['He was arrested on February 10 and charged with money laundering', 'opens-with-reference'],
    ['The next day, an Almaty court sentenced two organizers of the march', 'opens-with-reference'],
    ['Police took him to a local center for medical and social rehabilitation', 'dangling-reference'],
    ['According to human rights activists, these procedures were frequently ignored.', 'dangling-reference'],
    ['See the Department of State’s International Religious Freedom Report', 'pointer'],
    ["Mailybayev was sentenced to five years' imprisonment", 'opens-with-reference'],
    ['Prosecutors reported a significantly smaller number, stating that 36 women died', 'dangling-reference'],
    ['In a separate report, the prosecutor general indicated 89 cases of torture', 'dangling-reference'],
    ['The Public Monitoring Commission (PMC) corroborated that report', 'dangling-reference'],
    ['On November 3, a district court in Astana sentenced Murzabekov to 10 years', 'dangling-reference'],
    ['Additional problems included forced labor', 'opens-with-reference'],
  ])('turns down a sentence of the report that leans on another: %s', (start, reason) => {
    const found = reportSentences().find((s) => s.text.startsWith(start));
    expect(found, `"${start}" should be a sentence of the report`).toBeDefined();
    expect(judgeSentence(found!.text, found!.before)).toEqual({ ok: false, reason });
    expect([...factTexts].some((t) => t.startsWith(start))).toBe(false);
  });

  it('reads "the two-term limit" as a phrase, not as "the two" pointing back', () => {
    expect(judgeSentence('Constitutional amendments exempt the president from the two-term presidential term limit.')).toMatchObject({ ok: true });
    expect(judgeSentence('Police detained the two and fined them under the administrative code in 2019.')).toEqual({ ok: false, reason: 'dangling-reference' });
  });

  it('leaves out a surname, anywhere in the sentence, that the text before gave with a first name', () => {
    const sentence = 'A district court in Oldtown fined Smith 300 dollars for a post in May 2019.';
    expect(judgeSentence(sentence, 'Police detained the journalist John Smith in April. ')).toEqual({ ok: false, reason: 'dangling-reference' });
    expect(judgeSentence(sentence, 'Police detained several journalists in April. ')).toMatchObject({ ok: true });
  });

  it('turns down a word mixing letters and digits and an implausible figure', () => {
    expect(judgeSentence('There were seven political parties registered, including the People’s Patriotic Party “Auy1”.')).toEqual({ ok: false, reason: 'artefact' });
    expect(judgeSentence('The local monitoring group visited approximately 340,340 facilities during the first six months.')).toEqual({ ok: false, reason: 'artefact' });
    expect(judgeSentence('The local monitoring group visited approximately 340 facilities during the first six months.')).toMatchObject({ ok: true });
    expect(hasArtefact('In the 1990s, 21st-century rules and 1,250,000 tenge ($3,700) applied.')).toBe(false);
  });

  it('turns a double hyphen into a dash and strips a run-in heading', () => {
    expect(judgeSentence('Members of maslikhats--local representative bodies--acted as electors for 16 of the 47 senators.')).toEqual({
      ok: true,
      text: 'Members of maslikhats—local representative bodies—acted as electors for 16 of the 47 senators.',
    });
    const judged = judgeSentence("Detainee's Ability to Challenge Lawfulness of Detention before a Court: The law provides detainees 72 hours to appeal.");
    expect(judged).toEqual({ ok: true, text: 'The law provides detainees 72 hours to appeal.' });
  });

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

describe('judgeJoined', () => {
  it('joins a lead-in and a sentence whose pronoun it explains, within the length limit', () => {
    const lead = 'On May 2, police detained the blogger Anna Ivanova in Oldtown.';
    const point = 'She was sentenced to three years in prison for a post about the governor.';
    expect(judgeSentence(point, lead)).toEqual({ ok: false, reason: 'opens-with-reference' });
    expect(judgeJoined(lead, point)).toEqual({ ok: true, text: `${lead} ${point}` });
    expect(judgeJoined(lead, `${point} ${'It was widely reported. '.repeat(12)}`)).toEqual({ ok: false, reason: 'length' });
  });

  it('does not join when the lead-in itself leans on something earlier', () => {
    expect(judgeJoined('He was detained on May 2 in Oldtown.', 'Police beat him during the interrogation that followed.')).toEqual({ ok: false, reason: 'opens-with-reference' });
  });
});

describe('selectFacts on a small report', () => {
  const paragraph = (id: string, sectionId: string, text: string) => ({ id, sectionId, ordinal: 1, text, marks: [], citation: `${sectionId} ¶1` });
  const report = (paragraphs: Report['paragraphs']): Report => ({ info: { id: 'r', title: 'R', country: 'R', year: 2017 }, sections: [], paragraphs });

  it('posts a sentence repeated in two paragraphs only once, citing the first', () => {
    const sentence = 'The Public Monitoring Commission (PMC) reported 72 cases of torture in detention in 2017.';
    expect(selectFacts(report([paragraph('exec#1', 'exec', sentence), paragraph('1.d#1', '1.d', sentence)]))).toEqual([
      expect.objectContaining({ text: sentence, paragraphId: 'exec#1', citation: 'exec ¶1' }),
    ]);
  });

  it('keeps the better-worded of two near-duplicates', () => {
    const plain = 'Police detained 40 protesters in Oldtown on May 1.';
    const better = 'Police detained 40 protesters in Oldtown on May 1, although no one was charged and all were released within hours.';
    const picked = selectFacts(report([paragraph('exec#1', 'exec', plain), paragraph('2.b#1', '2.b', better)]));
    expect(picked.map((f) => f.text)).toEqual([better]);
  });

  it('spells out an acronym the report defines elsewhere, and drops a fact whose acronym it never explains', () => {
    const picked = selectFacts(
      report([
        paragraph('1.c#1', '1.c', 'The Sea Guard Directorate (SGD) runs the island prisons.'),
        paragraph('1.c#2', '1.c', 'In 2019 the SGD held 300 detainees without charge, despite court orders.'),
        paragraph('1.c#3', '1.c', 'In 2019 the XYZ held 200 detainees without charge, despite court orders.'),
      ]),
    ).map((f) => f.text);
    expect(picked).toContain('In 2019 the Sea Guard Directorate (SGD) held 300 detainees without charge, despite court orders.');
    expect(picked.some((t) => t.includes('XYZ'))).toBe(false);
  });

  it('applies the review: a dropped id is never posted, a pinned one always is', () => {
    const r = report([
      paragraph('1.c#1', '1.c', 'In 2019 the coral police held 300 detainees without charge, despite court orders.'),
      paragraph('7.e#1', '7.e', 'Ministry inspectors visited some employers in the capital city of the island.'),
    ]);
    const plain = selectFacts(r);
    expect(plain.map((f) => f.paragraphId)).toEqual(['1.c#1']);
    const dropped = plain[0]!.id;
    const reviewed = selectFacts(r, { drop: new Set([dropped]), pin: new Set([factIdOf(r, '7.e#1')]) });
    expect(reviewed.map((f) => [f.paragraphId, f.reason])).toEqual([['7.e#1', 'pinned by review']]);
  });
});

describe('selectFacts on another report of the same series', () => {
  it('picks stand-alone facts from the Atlantis fixture with no rule written for it', () => {
    const text = readFileSync(join(FIXTURE_DIR, 'atlantis-2019-human-rights-report.txt'), 'utf8');
    const atlantis = selectFacts(parseReport(text, { id: 'atlantis', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019 }));
    expect(atlantis.length).toBeGreaterThan(0);
    for (const f of atlantis) expect(f.text).not.toMatch(/^(He|She|They|This|These|See)\b/);
    expect(atlantis.map((f) => f.text)).toContain("Divers may join unions, but a strike requires notice to the harbor master at least ten days in advance.");
  });
});

/** The id a fact from this paragraph's only sentence gets, whether or not it is picked. */
function factIdOf(report: Report, paragraphId: string): string {
  return factId(paragraphId, report.paragraphs.find((p) => p.id === paragraphId)!.text);
}

/** Every sentence of the report, with the text of its paragraph before it. */
function reportSentences(): Array<{ text: string; before: string }> {
  return realReportParsed().paragraphs.flatMap((p) => splitSentences(p.text).map((s) => ({ text: s.text, before: p.text.slice(0, s.start) })));
}
