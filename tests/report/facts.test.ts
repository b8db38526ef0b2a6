import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeNearDuplicates, reportRarity, sameMeaning, wordingOf } from '../../src/report/fact-dedup.js';
import { WELL_KNOWN_ACRONYMS } from '../../src/report/fact-glossary.js';
import {
  FACT_MAX_LENGTH, FACT_MIN_LENGTH, factId, hasArtefact, judgeJoined, judgeSentence, MIN_FACT_SCORE, partQuota, selectFacts,
} from '../../src/report/facts.js';
import type { Report } from '../../src/report/model.js';
import { parseReport } from '../../src/report/parse.js';
import { splitSentences } from '../../src/report/sentences.js';
import { FACT_REVIEW_FILE } from '../../src/report/source-files.js';
import { readReportSources } from '../../src/report/sources.js';
import { FIXTURE_DIR, REPORT_DIR, realReportParsed } from '../helpers.js';

const facts = selectFacts(realReportParsed());

/** A one-sentence-per-paragraph report built in the test, for rules that need their own wording. */
const paragraph = (id: string, sectionId: string, text: string) => ({ id, sectionId, ordinal: 1, text, marks: [], citation: `${sectionId} ¶1` });
const report = (paragraphs: Report['paragraphs']): Report => ({ info: { id: 'r', title: 'R', country: 'R', year: 2017 }, sections: [], paragraphs });
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
    // Alone, or joined to a short sentence that goes with it.
    expect([...factTexts].some((t) => t.includes(sentence))).toBe(true);
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
    const words = facts.map((f) => wordingOf(asWritten(f.text)));
    const weight = reportRarity(realReportParsed());
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) expect(sameMeaning(words[i]!, words[j]!, weight), `${facts[i]!.text}\n${facts[j]!.text}`).toBe(false);
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

describe("the repository's review of the Kazakhstan facts", () => {
  const source = readReportSources(REPORT_DIR)[0]!;
  const entries = JSON.parse(readFileSync(join(REPORT_DIR, FACT_REVIEW_FILE), 'utf8')).reports[source.info.id] as { pin: Array<{ id: string; note: string }>; drop: Array<{ id: string; note: string }> };

  it('names only facts the rules offer, each with a note saying why', () => {
    const all = [...entries.pin, ...entries.drop];
    for (const e of all) expect(e.note, e.id).toMatch(/\w{3,}/);
    // Pinned, every entry's id is posted: an id the rules no longer produce (a stale entry) would be missing.
    const offered = new Set(selectFacts(realReportParsed(), { pin: new Set(all.map((e) => e.id)), drop: new Set() }).map((f) => f.id));
    expect(all.map((e) => e.id).filter((id) => !offered.has(id))).toEqual([]);
  });

  it('leaves at least 120 facts once applied, none of them dropped', () => {
    const reviewed = selectFacts(realReportParsed(), source.review);
    expect(reviewed.length).toBeGreaterThanOrEqual(120);
    expect(reviewed.filter((f) => source.review.drop.has(f.id))).toEqual([]);
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

describe('leaning on the sentence before', () => {

  it('turns down a sentence opening on a name the sentence before introduced, for people, groups and bodies alike', () => {
    const before = 'Consistent with a regional convention, the government did not recognize Lemurians as refugees. ';
    expect(judgeSentence('Lemurians are eligible for temporary resident status for up to 180 days under the 2019 rules.', before)).toEqual({ ok: false, reason: 'opens-with-reference' });
    expect(judgeSentence('Lemurians are eligible for temporary resident status for up to 180 days under the 2019 rules.', 'Police detained 40 protesters in 2019. ')).toMatchObject({ ok: true });
    const ngo = 'According to the NGO Free Pen, authorities prevented reporters from working in 30 instances. ';
    expect(judgeSentence('Free Pen found that authorities denied journalists access to public information 138 times.', ngo)).toEqual({ ok: false, reason: 'opens-with-reference' });
  });

  it('turns down a sentence using an acronym its paragraph defined in the sentence before', () => {
    const before = 'In August, 400 workers of Coral Steel Works (CSW) threatened to strike unless their wages rose by 30 percent. ';
    expect(judgeSentence('On August 15, CSW management announced an investment of 51 billion dollars in safety equipment.', before)).toEqual({ ok: false, reason: 'dangling-reference' });
    // Defined in another paragraph: the glossary spells it out, and the sentence stands alone.
    expect(judgeSentence('On August 15, CSW management announced an investment of 51 billion dollars in safety equipment.', `${before}\nPolice detained 40 protesters in 2019. `)).toMatchObject({ ok: true });
  });

  it('turns down "also", "as are" and "as well" anywhere in the sentence', () => {
    expect(judgeSentence('Divers are eligible for temporary resident status for up to 180 days, as are any other island citizens.')).toEqual({ ok: false, reason: 'dangling-reference' });
    expect(judgeSentence('In 2019 the harbor police also detained 12 divers without charge in Oldtown.')).toEqual({ ok: false, reason: 'dangling-reference' });
    expect(judgeSentence('In 2019 the harbor police detained not only 12 divers but also their lawyers in Oldtown.')).toMatchObject({ ok: true });
  });

  it('turns down a sentence opening on a named body’s mission, trial or case that it does not date', () => {
    expect(judgeSentence('The Organization for Security and Cooperation in Europe (OSCE) observation mission judged that the vote fell short of commitments.')).toEqual({ ok: false, reason: 'opens-with-reference' });
    expect(judgeSentence('The Organization for Security and Cooperation in Europe (OSCE) said on May 3, 2019, that the vote fell short of commitments.')).toMatchObject({ ok: true });
  });

  it('joins a lead-in to a short sentence after it that says what it was about', () => {
    const lead = 'On January 6, after two months in military service, 18-year-old Tom Reef died of a gunshot wound to the head.';
    const point = 'Investigators were looking into the possibility of forced suicide.';
    const picked = selectFacts(report([paragraph('1.a#1', '1.a', `${lead} ${point}`)])).map((f) => f.text);
    expect(picked).toEqual([`${lead} ${point}`]);
  });

  it('joins a lead-in to the sentence after it that names its person by surname alone, and posts neither when the pair is too long', () => {
    const lead = 'In July police opened a criminal investigation against blogger Tom Reef for allegedly disseminating false information.';
    const point = 'On Facebook, Reef posted his criticism of the city spending 25 million on a pyramid of flowers.';
    expect(selectFacts(report([paragraph('2.a#1', '2.a', `${lead} ${point}`)])).map((f) => f.text)).toEqual([`${lead} ${point}`]);
    const longLead = lead.replace('information.', 'information presenting a danger to the public order or the rights and legal interests of citizens or organizations across the whole of the western region of the country.');
    expect(`${longLead} ${point}`.length).toBeGreaterThan(FACT_MAX_LENGTH);
    expect(selectFacts(report([paragraph('2.a#1', '2.a', `${longLead} ${point}`)])).map((f) => f.text)).toEqual([]);
  });

  it('does not post "the law does not prohibit X" when its own paragraph says the law prohibits X', () => {
    const denies = 'The law does not specifically prohibit discrimination in employment based on disability, age, or HIV status in 2019.';
    const affirms = 'Law and regulations prohibit discrimination in employment based on gender, age, disability, race, or religion.';
    expect(selectFacts(report([paragraph('7.d#1', '7.d', denies)])).map((f) => f.text)).toEqual([denies]);
    for (const text of [`${affirms} ${denies}`, `${denies} ${affirms}`]) {
      expect(selectFacts(report([paragraph('7.d#1', '7.d', text)])).map((f) => f.text)).not.toContain(denies);
    }
  });

  it('does not join a rule to a short sentence after it that starts another point', () => {
    const rule = 'The law does not specifically prohibit discrimination in employment based on disability, age, or HIV status in 2019.';
    const other = 'The government effectively enforced the law and regulations.';
    const picked = selectFacts(report([paragraph('7.d#1', '7.d', `${rule} ${other}`)])).map((f) => f.text);
    expect(picked.some((t) => t.includes(other))).toBe(false);
  });

  it.each([
    ['Similar regulations exist for members of parliament and judges, who filed 300 declarations.', 'opens-with-reference'],
    ['Despite some regulatory restrictions, the government generally respected these rights in 2019.', 'dangling-reference'],
    ['Human rights activists and international organizations condemned the trials as politically motivated.', 'dangling-reference'],
    ['Observers criticized the registration process as unduly restrictive and vulnerable to abuse in 2019.', 'dangling-reference'],
  ])('turns down a comparison or a demonstrative the sentence itself does not explain: %s', (sentence, reason) => {
    expect(judgeSentence(sentence)).toEqual({ ok: false, reason });
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

describe('duplicates by meaning', () => {
  const same = (a: string, b: string) => sameMeaning(wordingOf(a), wordingOf(b));

  it('reads one person spelled two ways, in two different sentences, as one fact', () => {
    const a = 'On May 5, labor movement activist Amin Yeleusinov was sentenced to two years in prison for alleged embezzlement of the labor union funds.';
    const b = 'The government sentenced the chair of the OCC Trade Union, Amin Yeleussinov, to two years imprisonment for allegedly embezzling trade union funds.';
    expect(same(a, b)).toBe(true);
    const other = 'On April 7, Aktau labor movement activist Nurbek Kushakbayev was sentenced to two-and-one-half years in prison for calls to continue a labor strike.';
    expect(same(a, other)).toBe(false);
  });

  it('reads the same figures about the same event as one fact, however differently worded', () => {
    const summary = 'On June 26, Kazakhstan selected 16 of 47 senators, members of the upper house, in an indirect election tightly controlled by local governors.';
    const body = 'On June 28, of the 47 members of the Senate, 16 were selected by members of local representative bodies acting as electors.';
    expect(same(summary, body)).toBe(true);
    expect(same(summary, 'Police detained 16 activists and 47 journalists during the May protests in the capital.')).toBe(false);
    const election = 'The April 2015 presidential election, in which the president received 97.5 percent of the vote, was marked by irregularities.';
    expect(same(election, 'An early presidential election in April 2015 gave the president 97.5 percent of the vote.')).toBe(true);
  });

  it("does not take a body's name for a person's", () => {
    const stateless = 'Officially recognized stateless persons have access to free medical assistance, but it is limited to emergency care and 21 diseases on a list approved by the Ministry of Healthcare and Social Development.';
    const labor = 'The Ministry of Healthcare and Social Development enforces the minimum wage, work-hour restrictions, and safety standards.';
    expect(same(stateless, labor)).toBe(false);
  });

  it('compares words without their endings', () => {
    const a = 'The government selectively prosecuted officials who committed abuses; impunity existed for those in positions of authority, especially where corruption was involved.';
    const b = 'Although the government took some steps to prosecute officials who committed abuses, impunity existed, especially where corruption was involved or personal relationships were established.';
    expect(same(a, b)).toBe(true);
  });

  it('keeps the better-scored of two duplicates', () => {
    const items = [{ text: 'Police detained 40 protesters in Oldtown on May 1.', score: 1 }, { text: 'Police detained 40 protesters in Oldtown on May 1 and beat them.', score: 3 }];
    expect(removeNearDuplicates(items, (i) => i.score).map((i) => i.score)).toEqual([3]);
  });
});

describe('selectFacts on a small report', () => {

  it('posts a sentence repeated in two paragraphs only once, citing the first', () => {
    const sentence = 'The Public Monitoring Commission (PMC) reported 72 cases of torture in detention in 2017.';
    expect(selectFacts(report([paragraph('exec#1', 'exec', sentence), paragraph('1.d#1', '1.d', sentence)]))).toEqual([
      expect.objectContaining({ text: sentence, paragraphId: 'exec#1', citation: 'exec ¶1' }),
    ]);
  });

  it("keeps the body's version of an event the executive summary also tells, the summary's score being no better", () => {
    const summary = 'In April 2019 police detained 40 protesters in Oldtown, and a court fined 12 of them.';
    const body = 'On April 3, 2019, police detained 40 protesters in Oldtown; a court later fined 12 of them for an unsanctioned rally.';
    const picked = selectFacts(report([paragraph('exec#1', 'exec', summary), paragraph('2.b#1', '2.b', body)]));
    expect(picked.map((f) => f.paragraphId)).toEqual(['2.b#1']);
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

  it('posts two pinned facts even when they say nearly the same thing', () => {
    const plain = 'Police detained 40 protesters in Oldtown on May 1.';
    const better = 'Police detained 40 protesters in Oldtown on May 1, although no one was charged and all were released within hours.';
    const r = report([paragraph('exec#1', 'exec', plain), paragraph('2.b#1', '2.b', better)]);
    const pin = new Set([factIdOf(r, 'exec#1'), factIdOf(r, '2.b#1')]);
    expect(selectFacts(r, { pin, drop: new Set() }).map((f) => f.text)).toEqual([plain, better]);
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
