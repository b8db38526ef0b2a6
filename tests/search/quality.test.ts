import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { loadOrBuildIndex } from '../../src/search/index-build.js';
import { createQueryService } from '../../src/search/service.js';
import { loadQuestions, score } from '../../bench/quality.js';
import { copyToTemp, FIXTURE_DIR, realService } from '../helpers.js';

const service = realService();
const search = (q: string, limit = 3) => service.search(q, { limit }) as SearchAnswer;
/** What `score` reads of one search: the first ten passages, the first one's answer, the covered verdict. */
const engineAnswer = (q: string) => {
  const a = search(q, 10);
  return { texts: a.hits.map((h) => h.text), answer: a.hits[0]?.answer ?? '', covered: a.covered };
};
/** An off-topic question is refused, and its twin in similar words, which the report answers, is not. */
const refusedBesideTwin = (offTopic: string, inScope: string) => {
  expect(search(offTopic).covered).toBe(false);
  expect(search(inScope).covered).toBe(true);
};
/** How many off-topic and in-scope questions of a file of bench/questions are refused. */
const refusedProbes = (file: string) => {
  const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', file));
  const refused = (off: boolean) => probes.filter((q) => (q.kind === 'offtopic') === off && !search(q.query).covered).length;
  return { offTopic: refused(true), inScope: refused(false) };
};

describe('search quality on the real report', () => {
  // Expected first paragraphs, checked by hand against the report: README examples and paraphrases in everyday words.
  const firstHits: Array<[string, string]> = [
    ['how long can police hold a detainee', '1.d/arrest-procedures-and-treatment-of-detainees/pretrial-detention#1'],
    ['torture complaints', '1.c#2'],
    ['prison tuberculosis', '1.c/prison-and-detention-center-conditions#1'],
    ['jury size', '1.e/trial-procedures#2'],
    ['how young can a girl get married', '6/children/early-and-forced-marriage#1'],
    ['was facebook blocked', '2.a#2'],
    ['can your boss sack you for going on strike', '7.a#9'],
    ['kids working in cotton fields', '7.c#5'],
    ['who do the spy agencies answer to', '1.d/role-of-the-police-and-security-apparatus#1'],
    ['can disabled people vote', '6/persons-with-disabilities#2'],
    ['do poor suspects get a free lawyer', '1.d/arrest-procedures-and-treatment-of-detainees#8'],
    // "people" is rare in the report's sentences (it writes "persons") but everyday English: it must not outweigh the topic.
    ['are trans people beaten up', '6/acts-of-violence-discrimination-and-other-abuses-based-on-sexual-orientation-and-gender-identity#3'],
    ['can the government read what people do online', '2.a/internet-freedom#6'],
    // "can…" asks what the law allows: the sentence stating the provision outweighs one sharing more words.
    ['can someone convicted of corruption get probation', '4/corruption#4'],
    ['can a soldier or a policeman join a party', '2.b/freedom-of-association#3'],
    // "illegal" frames the question: a paragraph about "illegal interference" must not win on that word.
    ['is it illegal to be a lesbian', '6/acts-of-violence-discrimination-and-other-abuses-based-on-sexual-orientation-and-gender-identity#1'],
    ['is homosexuality illegal', '6/acts-of-violence-discrimination-and-other-abuses-based-on-sexual-orientation-and-gender-identity#1'],
    // Typos corrected word to word, not stem to stem ("stateles" is not "state", "maried" is "married").
    ['stateles persons registered', '2.d/stateless-persons#1'],
    ['can a girl get maried at 16', '6/children/early-and-forced-marriage#1'],
    // Paraphrases with a word the report never uses: the sentence vectors join the ranking.
    ['officials jailed for leaking government secrets', '4/corruption#3'],
    ['how much extra do you get paid for overtime', '7.e#2'],
    // Everyday words for the report's own terms (thesaurus, round 5): "consent" alone leads to committal
    // without consent, "kidnapped" to nothing at all; "porn" as a word keeps "child" at its everyday weight.
    ['what is the age of consent', '6/children/sexual-exploitation-of-children#1'],
    ['how many people were kidnapped', '6/women/other-harmful-traditional-practices#1'],
    ['is child porn illegal', '6/children/sexual-exploitation-of-children#2'],
    // Round 6: slang, idioms and British spellings. Before it, critics "rounded up" found §2.a on criticism,
    // "rapists" the domestic violence law, "living wage" anti-Semitism, "criminal record" child labour.
    ['are critics rounded up', '1.d/arrest-procedures-and-treatment-of-detainees/arbitrary-arrest#2'],
    ['how long do rapists get', '6/women/rape-and-domestic-violence#1'],
    ['is there a living wage', '7.e#1'],
    ['criminal record and job discrimination', '7.d#2'],
    // Round 9: soft word alignment (each query word's closest word in a sentence, by word vectors).
    // "bosses pay women less" found the paragraph saying the law does not require equal pay; the
    // answer is the salary gap ("Significant salary gaps between men and women (67 percent)").
    ['do bosses pay women less', '6/women/discrimination#1'],
    // Round 12: a figure question gives the heading's overview no vote; the count is in a later paragraph.
    ['how many political parties are registered', '3/elections-and-political-participation/political-parties-and-political-participation#2'],
    // Round 16: a thesaurus phrase matches with or without articles and possessives ("before your trial"
    // is "before trial": pretrial detention; "hit their kids" is "hit the kids").
    ['how long can police keep you before your trial', '1.d/arrest-procedures-and-treatment-of-detainees/pretrial-detention#1'],
    ['do they hit their kids', '6/children/child-abuse#2'],
    // Round 16: idioms for what every report describes ("take away" is deprive or revoke, "step in"
    // intervene, "shut down" block, "say bad things about" criticize).
    ["can the government take away someone's citizenship", '2.d/stateless-persons#2'],
    ['do police step in when husbands beat their wives', '6/women/rape-and-domestic-violence#4'],
    ['can the government shut down websites', '2.a/internet-freedom#1'],
    ['is it a crime to say bad things about the president', '2.a/freedom-of-expression#1'],
    // Round 16: "stuff" (14 WordNet senses) searched its vector neighbours "else", "know", "sort", and the
    // domestic violence law's "all sorts of" came first; an everyday word of many senses has no stand-ins.
    ['are opposition people rounded up over petty stuff', '1.d/arrest-procedures-and-treatment-of-detainees/arbitrary-arrest#2'],
    // Round 16: "take" (44 senses) counts half: the ethics panel's chair, whose judges "took" part, came first.
    ['do judges take bribes', '1.e#3'],
    // Round 22: "are X allowed to…" asks what the law allows X; "allowed" frames it and counts 0.3. At full
    // weight the refugee certificate "that allows them to stay" came first, above "refugees have the right to work".
    ['are refugees allowed to get a job', '2.d/protection-of-refugees/employment#1'],
    // Round 22: idioms for what every report describes ("get away with" is impunity, "gone missing" a
    // disappearance, "let you go" release).
    ['do people with connections get away with abuses', 'exec#4'],
    ['how soon must they let you go if no judge signs off on your arrest', '1.d/arrest-procedures-and-treatment-of-detainees#2'],
    // Round 22: "a judge's OK" is the court's approval; "kids" stands for "child" as well as "children",
    // which Porter stemming leaves apart ("Commissioner for Child Rights").
    ["do cops need a judge's OK to arrest someone", '1.d/arrest-procedures-and-treatment-of-detainees#2'],
    ["is there a watchdog for kids' rights", '6/children#1'],
    // Round 28: everyday verbs for the register's acts ("locked in" is confinement, "slamming" criticism).
    // Before, each reached the report through WordNet alone, and the censorship paragraph came first.
    ['was a blogger locked in a psych ward for slamming the government online', '1.c#4'],
    // "get out of jail" is a release: the political prisoners' paragraph (union, prison) came first.
    ["when did the head of the reporters' union get out of jail", '2.a/violence-and-harassment#3'],
    // Round 38: everyday phrases for what every report describes ("id papers" are identity documents,
    // a damaged reputation libel, "forcing yourself on" rape, "without permission" unsanctioned, "running
    // from persecution" a refugee). Before, each put its answer second to sixth.
    ['can people with no id papers legally get a job', '2.d/stateless-persons#6'],
    ["how many times were reporters sued for damaging someone's reputation", '2.a/libel-slander-laws#3'],
    ['how long do you get for forcing yourself on your wife', '6/women/rape-and-domestic-violence#1'],
    ['what happens to people who organize a protest without permission', '2.b/freedom-of-peaceful-assembly#4'],
    ['how many people running from persecution were taken in during the first half of the year', '2.d/protection-of-refugees#1'],
  ];
  it.each(firstHits)('puts the answering paragraph first for “%s”', (query, id) => {
    expect(search(query).hits[0]?.paragraphId).toBe(id);
  });

  // The bold answer, checked by hand, with the paragraph it belongs to.
  const boldAnswers: Array<[string, string, string]> = [
    // A penalty question's answer often names the case only by a surname or "the organizers": the sentence
    // stating the penalty is bolded although it shares few words, or none, with the question.
    ['what punishment did the three rehabilitation center employees get', '1.a#2', 'Temirgaliev to eight years of imprisonment'],
    ['what punishment for organizers of the Gandhi Park march', '2.b/freedom-of-peaceful-assembly#5', "sentenced two organizers of the march to three and five days' administrative arrest"],
    // "X's sentence" and "what was the sentence…" ask for a penalty too (round 91): not the opening naming both convicts.
    ['what was Nikolay Galikhin\'s prison sentence', '4/corruption#3', "Galikhin was sentenced to four years' probation"],
    ['what was the sentence Nikolay Galikhin got', '4/corruption#3', "Galikhin was sentenced to four years' probation"],
    ['Nikolay Galikhin\'s sentence', '4/corruption#3', "Galikhin was sentenced to four years' probation"],
    // "answer to" / "accountable to" is the report's "report directly to" (thesaurus).
    ['who are the security services accountable to', '1.d/role-of-the-police-and-security-apparatus#1', 'all report directly to the president'],
    // A heading's title asks for its overview, which the opening sentence states; a later sentence may share
    // the title's words more often ("2,000-3,000 early and forced marriages"), but it is a detail.
    ['child abuse', '6/children/child-abuse#1', 'School violence was a problem'],
    ['early and forced marriage', '6/children/early-and-forced-marriage#1', 'The legal minimum age for marriage is 18'],
    ['pretrial detention', '1.d/arrest-procedures-and-treatment-of-detainees/pretrial-detention#1', 'hold a detainee for 72 hours'],
    // "how many X": the report states a count as a figure right before the noun ("258 labor inspectors");
    // a sentence with the same words and some other figure is not the answer.
    ['how many inspectors enforce labor law', '7.e#5', '258 labor inspectors'],
    // "can…" asks what the law provides: a sentence naming a code ("use the same criminal code") states no provision.
    ['can civilians face military courts', '1.e#6', 'Military courts have jurisdiction over civilian criminal defendants'],
    // "how soon" asks for a time span, a figure: the 72-hour limit, not the short opening "The arrest must be approved by the court".
    ['how soon is a detainee freed if the court does not approve the arrest', '1.d/arrest-procedures-and-treatment-of-detainees#2', 'If within 72 hours of the arrest'],
    // A comparison ("paid less than") is answered by a figure: the 67 percent salary gap, not "The constitution and law provide for equal rights".
    ['are women paid less than men', '6/women/discrimination#1', 'Significant salary gaps between men and women'],
    // "when is…" in the present asks for a condition ("from the moment of detention"), not a date ("The 2015 code…").
    ['when is a detainee entitled to a lawyer', '1.d/arrest-procedures-and-treatment-of-detainees#7', 'from the moment of detention'],
    // A sentence opening by referring back ("This requirement…") is bolded with the sentence it refers to.
    ['what discouraged citizens from joining political parties', '3/elections-and-political-participation/political-parties-and-political-participation#1', 'must register members’ personal information, including date and place of birth, address, and place of employment. This requirement discouraged'],
    // From bench/questions/answer-probes.jsonl (questions on one sentence of a randomly drawn paragraph):
    // one paragraph, two questions, two sentences. "when" asks for the date of the verdict, "what…fined"
    // for the fine, although both sentences name the activist and the verdict.
    ['when was Zhanar Akhmet found guilty', '2.a/censorship-or-content-restrictions#4', 'On January 10, a court in Almaty found activist Zhanar Akhmet guilty'],
    ['what was Zhanar Akhmet fined', '2.a/censorship-or-content-restrictions#4', 'punished by an administrative fine of 113,450 tenge'],
    // The third of nine sentences on stateless persons: the one with the figure the question asks for.
    ['after how many years can stateless people apply for citizenship', '2.d/stateless-persons#3', 'after five years of residence in the country, stateless persons are eligible to apply for citizenship'],
    // "is there a law…" is answered by the sentence saying there is none, not by the inline heading's "remained a problem".
    ['is there a law against sexual harassment', '6/women/sexual-harassment#1', 'No law protects women from sexual harassment'],
    // Round 14: "what happened to…" / "what happens if…" asks for the outcome, a penalty in a narrative: the
    // sentence handed down, not the opening that names the person ("was charged", "Police officer … was charged").
    ['what happened to Berik Murzabekov', '1.a#2', 'sentenced Murzabekov to 10 years'],
    ['what happened to the Young Professionals Society leader', '2.b/freedom-of-peaceful-assembly#6', 'found her guilty of incitement of interethnic discord'],
    // Round 14: "who…" asks for someone the opening sentence, which sets out the case, does not name yet.
    ['who imposed fines on striking OCC workers', '7.a#4', 'the government fined 11 striking workers'],
    // Round 20: a date is not the figure a count asks for ("On January 5", "the January 4 decision").
    ['how large did the OCC hunger strike grow', '7.a#4', 'growing to 400'],
    ['how many people took part in the OCC strike', '7.a#4', 'growing to 400'],
    // Round 20: "who <verb>…" asks who did that: the sentence with the verb, not the one naming the case.
    ['who was charged after Nikolay Krivenko was beaten to death', '1.a#2', 'Police officer Berik Murzabekov was charged'],
    ['who investigated the pension fund chairman', '4/corruption#2', 'The KNB began investigation'],
    // Round 26: the most asked for is the larger figure, stated by the sentence that extends the rule.
    ['how far can pretrial detention be extended', '1.d/arrest-procedures-and-treatment-of-detainees#5', 'extended up to 18 months'],
    // Round 26: "how long" asks for a span of time, not for the sentence naming the case and its date.
    ['how long did police keep Sania Toiken', '2.a/freedom-of-expression#3', 'Police held her in the station for two hours'],
    ['how long was the probation of the Young Professionals Society leader', '2.b/freedom-of-peaceful-assembly#6', 'sentenced her to two years of probation'],
    // Round 26: "what does X do" asks for X acting, not for a sentence mentioning or describing it.
    ['what do tripartite commissions do', '7.a#11', 'responsible for developing and signing annual agreements'],
    ['what does the presidential human rights commission do', '5/government-human-rights-bodies#1', 'The commission reviews and investigates complaints'],
    ['what did the attorney do about the listening device', '1.d/arrest-procedures-and-treatment-of-detainees#7', 'The attorney filed an official complaint'],
    // Round 32: "is…/was…/did…/why…" asks a fact about the topic the opening sentence sets out; the
    // sentence holding the question's last word, which the opening lacks, states it.
    ['was the death of Aset Zhusupov a suicide', '1.a#4', 'Investigators were looking into the possibility of forced suicide'],
    ['is there any anti-Semitism in Kazakhstan', '6/anti-semitism#1', 'reported no incidents of anti-Semitism'],
    ['why did police take Sania Toiken to the station', '2.a/freedom-of-expression#3', 'in regards to the oil workers’ hunger strike'],
    // Round 35: a word as common as "independent" (sentence value 3.3) still names what is asked.
    ['is the torture prevention body independent', '1.c#2', 'thus is not independent of the government'],
    ['is the NPM against torture independent', '1.c#2', 'thus is not independent of the government'],
    // Round 35: the opening sentence is not preferred over a later one holding more of the question's words.
    ['did voters have a real choice in the presidential election', '3/elections-and-political-participation/recent-elections#1', 'voters were not given a choice'],
    ['were voters given real alternatives in the 2015 presidential vote', '3/elections-and-political-participation/recent-elections#1', 'voters were not given a choice'],
    // Round 46: an age ("a 29-year-old resident") is no span of time for "how long".
    ["how long did the court send the center employees to prison for Krivenko", '1.a#2', 'Satyn, Kambetov, and Temirgaliev to eight years of imprisonment'],
    // Round 46: "why…" asks for the sentence stating a cause ("due to", "because"), not the one naming the topic.
    ['why does the defense ministry say so little about hazing deaths', '1.a#5', 'Due to the sensitivity of such cases'],
    ['why do refugees have trouble finding jobs', '2.d/protection-of-refugees/employment#1', "due to local employers' lack of awareness of refugee rights"],
    // Round 46: a fine or "how much" asks for a sum of money, not a count or a share sharing the words.
    ['what is the fine for employing a minor without a contract', '7.c#3', 'punishable by up to 425,000 tenge'],
    ['fine for a charity that sends wrong financial information', '2.b/freedom-of-association#5', 'may carry fines up to 53,025 tenge'],
    ['how much did Arcelor Mittal Temirtau invest in safety', '7.e#7', 'the investment of 51 billion tenge'],
    ['how many employers were fined for labor violations in 2016', '7.c#3', 'at least 10 employers were fined'],
    // Round 46: for a date or a figure the question's typed need decides; the opening is not preferred for
    // stating the case's first date or figure.
    ["when did Yerdenayev's trial begin", '4/corruption#2', 'The court trial began on November 15'],
    ["how many workers joined the oil workers' hunger strike", '7.a#4', 'growing to 400'],
    // Round 51: the best sentence names the topic; its neighbour holding a question word it lacks states
    // what was asked of it, and the bold answer spans the two.
    ['what kind of treatment do central asian migrant workers face', '2.d#2', 'They were exposed to dangerous work and often faced abusive practices.'],
    ['which stations were burdened by the limit on foreign programming', '2.a/press-and-media-freedom#2', 'This provision burdened smaller, less-developed regional television stations'],
    ['can prisoners in wheelchairs get around', '1.c/prison-and-detention-center-conditions/physical-conditions#3', 'problems of mobility for prisoners with disabilities'],
  ];
  it.each(boldAnswers)('bolds the sentence that answers “%s”', (query, id, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.paragraphId).toBe(id);
    expect(hit?.answer).toContain(sentence);
  });

  // Round 55: a question about a past case names an event in a clause it takes as given ("who hit…",
  // "after he found…"); the narrative tells the event first and what came of it later.
  const afterEvents: Array<[string, RegExp, string]> = [
    ['was anything done about the sergeant who hit the private', /Sergeant Ramadin/, 'Sergeant Ramadin was arrested'],
    ['what happened to the private after his sergeant hit him', /Sergeant Ramadin/, 'Urazgaliyev lost consciousness'],
    ['did the attorney get an answer after he found a wiretap in the meeting room', /wiretapping device/, 'had not received a response'],
    ['what happened after the Foreign Policy reporter wrote about Expo spending', /Foreign Policy/, "the magazine's website was blocked"],
    // The event is the opening sentence, which states the case's first outcome too: it stays the answer.
    ['what happened to the woman who sued the finance ministry', /Belousova/, "declined to hear Anna Belousova's lawsuit"],
  ];
  it.each(afterEvents)('bolds what followed the event named in the clause of “%s”', (query, passage, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.text).toMatch(passage);
    expect(hit?.answer).toContain(sentence);
  });

  // Round 74: "can X…?" is answered by the sentence saying what may or may not be done ("may be committed",
  // "has broad authority to deport", "have the right to work"), not by one that only shares the topic's words.
  const permissions: Array<[string, RegExp, string]> = [
    ['can mentally ill people be put in institutions against their will', /mental hospitals/, 'may be committed to state-run institutions without their consent'],
    ['can authorities send home foreigners who break the migration rules', /migration police/, 'The government has broad authority to deport'],
    ['can the presidential human rights commission enforce its recommendations', /Presidential Commission/, 'does not have legal authority to remedy'],
    ['can refugees get a job', /right to work/, 'By law refugees have the right to work'],
  ];
  it.each(permissions)('bolds the sentence stating what may be done for the "can" question “%s”', (query, passage, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.text).toMatch(passage);
    expect(hit?.answer).toContain(sentence);
  });

  // Round 75: when the second sentence is the best, the opening's preference does not choose its partner: the sentence
  // after it, scoring more than the opening does unpreferred, continues the answer ("… does not provide accommodation,
  // allowances…"), the opening only sets the topic ("A legislative framework does not exist…").
  const partners: Array<[string, string]> = [
    ['does the state pay asylum seekers anything', 'does not provide accommodation, allowances'],
    ['is there any support for asylum seekers', 'does not provide accommodation, allowances'],
    ['do asylum seekers get help from the state', 'does not provide accommodation, allowances'],
  ];
  it.each(partners)('joins the best second sentence to the one after it, not to the preferred opening, for “%s”', (query, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.answer).toContain(sentence);
    expect(hit?.answer).not.toContain('legislative framework');
  });

  // Round 82: the opening sets out the topic with one or two of the question's words and outscores the rest on them; a
  // later sentence holding two or more typed words of the question the opening lacks, and more of its words, states what
  // is asked, and is bolded alone.
  const furtherWords: Array<[string, RegExp, string]> = [
    ['what happens to people found guilty of sexual offenses against minors', /child pornography/, 'receive a lifetime ban on working with children'],
    ['can mentally ill people be locked in a hospital without a judge or their consent', /mental hospitals/, 'may be committed to state-run institutions without their consent'],
    ['can people with mental illness be sent to hospital without their consent or a court', /mental hospitals/, 'may be committed to state-run institutions without their consent'],
  ];
  it.each(furtherWords)('bolds the later sentence holding the question words the opening lacks for “%s”', (query, passage, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.text).toMatch(passage);
    expect(hit?.answer).toContain(sentence);
  });

  it('takes the README\'s paraphrase example "kids picking cotton" as covered, with §7.c ¶5 first', () => {
    // "picking" is how people say harvesting; the report writes "cotton farming".
    const answer = search('kids picking cotton');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.paragraphId).toBe('7.c#5');
  });

  it('puts a heading\'s overview first when the query is made of that heading\'s own title words', () => {
    // §2.b ¶5 mentions "political prisoners" in passing, but the query asks for §1.e's heading.
    expect(search('were there any political prisoners').hits[0]?.paragraphId).toBe('1.e/political-prisoners-and-detainees#1');
    expect(search('freedom of religion').hits[0]?.paragraphId).toBe('2.c#1');
    // A figure is a detail, not an overview: "max pretrial detention" stays with the paragraph stating the limit.
    expect(search('max pretrial detention').hits[0]?.text).toMatch(/pretrial detention for up to two months/);
  });

  it('does not let a heading that shares words with the query outrank the paragraph that answers it', () => {
    // The README's example: §7.c "Prohibition of Child Labor and Minimum Age for Employment" shares two words.
    expect(search('minimum age for marriage').hits[0]?.paragraphId).toBe('6/children/early-and-forced-marriage#1');
    expect(search('minimum age for employment').hits[0]?.paragraphId).toBe('7.c#1');
  });

  it.each(['filthy prison toilets', 'can police frisk a suspect', 'kangaroo courts', 'is there antisemitism', 'CCTV in internet cafes', 'can you be locked up for criticising the president', 'govt corruption officials', 'journo harassment', 'can ur boss fire u for joining a union', 'do ppl get tortured in prison'])(
    'takes “%s” as covered: everyday words, slang, abbreviations, chat spellings and British spellings for the report\'s own terms',
    (query) => {
      expect(search(query).covered).toBe(true);
    },
  );

  // Round 28's candidates dropped for the last four ("get rid of", "drag on", "brothels", "redress").
  it.each(['how to become a firefighter', 'how to get a pay rise', 'how to walk out of a bad date politely', 'how much does a steel mill cost to build', 'should i get rid of my old car', 'why do work meetings always drag on', 'famous brothels in history', 'how to redress a bed quickly'])(
    'refuses “%s”: an everyday word with a life outside human rights stays off the thesaurus\'s left side',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it.each(['pizza recipe', 'who painted the Mona Lisa', 'how tall is Mount Everest', 'how do I bake sourdough bread', 'lyrics of bohemian rhapsody'])(
    'says the report does not cover “%s”, and still offers the closest passages',
    (query) => {
      const answer = search(query);
      expect(answer.covered).toBe(false);
      expect(answer.confidence).toBeLessThan(0.5);
      expect(answer.hits.length).toBeGreaterThan(0);
    },
  );

  it.each(['what is the minimum wage in France', 'what language do they speak in Brazil', 'is the food good in Tokyo'])(
    'refuses “%s”: a place the report never mentions has no stand-in, however close its neighbours',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it.each(['torture in germany', 'human rights in france', 'are journalists jailed in iran', 'freedom of religion in pakistan', 'prison conditions in mexico'])(
    'refuses “%s”: a country the report never mentions, typed in lower case, is still a name (WordNet knows it as one)',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it.each(['torture in Uzbekistan prisons', 'who won the presidential election in kyrgyzstan', 'police brutality in the United States', 'Astana population growth'])(
    'refuses “%s”: the report names the place, but the passages that would answer say nothing of it',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it.each([
    ['how are prisoners treated in uzbekistan', 'where do most labor migrants come from'],
    ['death penalty in china', 'what agreement does the government have with china about separatists'],
    ['political prisoners in belarus', 'can citizens of russia or belarus get citizenship more easily'],
    ['how many hospitals are in Astana', 'which court in Astana sentenced Murzabekov'],
    ['what were prison conditions like in 2010', 'who installed the dpi surveillance system in 2010'],
    ['torture in 2012', 'how many torture complaints did the ombudsman receive in 2016'],
  ])('refuses “%s”: the passages naming its place or year say nothing else of it; answers its twin “%s”', refusedBesideTwin);

  it.each([
    ['freedom of the press in china', 'uighur refugees china'],
    ['press freedom in ukraine', 'what happened to asylum seekers from ukraine'],
  ])('refuses “%s”: only a heading of the passage naming its place holds its other words; answers its twin “%s”', refusedBesideTwin);

  it.each([
    ['human rights in the united states', 'did the government invite united nations special rapporteurs'],
    ['who was the first president of the soviet union', 'which labor federation succeeded the soviet-era unions'],
  ])('refuses “%s”: a two-word name the report never writes, though it writes each word; answers its twin “%s”', refusedBesideTwin);

  it('covers a question naming the report\'s country in another spelling WordNet knows ("kazakstan")', () => {
    expect(search('how many jews live in kazakstan').covered).toBe(true);
  });

  it.each(['pre-trial detention limits', 'co-workers harassment'])('is confident of “%s”: a hyphenated word is read as the report writes it, a bare prefix left out', (query) => {
    expect(search(query).confidence).toBeGreaterThan(0.9);
  });

  it.each(['conscript death gunshot', 'healthcare workers strike rules'])('covers “%s”: a compound word the report writes in two (gun-shot, health care)', (query) => {
    expect(search(query).confidence).toBeGreaterThan(0.9);
  });

  it.each(['soldier gunshot wound', 'can immigrant workers join a union', 'is the govt allowed to read ur emails'])('covers “%s”: an everyday word the thesaurus maps to the report’s (injury, migrants, correspondence)', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each([
    'is it true that lots of private newspapers and tv channels get money from the government to keep running',
    'how long can someone be held while the investigation drags on',
  ])('covers “%s”: the words that put the question (is it true that, how long) are not its topic', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each(['can 14 year olds have a part-time job'])('covers “%s”: an age typed as “N year olds” need not be in the passage, which gives ages as a range', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each(['how did Aset Zhusupov die', 'how did the soldier die'])('covers “%s”: the first passage holds the unknown verb in another form (died)', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each(['how many workers died in workplace accidents'])('covers “%s”: the report counts the verb’s event (deaths), not who it befell', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each(['how did Elvis die', 'die hard movies', 'how many dogs die each year', 'how many soldiers died in the american army'])('refuses “%s”: a verb held in another form is no topic when its passage is not on the question', (query) => {
    expect(search(query).covered).toBe(false);
  });

  it('still refuses a long question whose first passage lacks its year: the year is its topic', () => {
    expect(search('how much did the economy of Kazakhstan grow in 2017 compared with last year').covered).toBe(false);
  });

  it.each(['I was wondering what the best way is to get from Almaty airport to the city centre late at night'])('refuses “%s”: advice asked after an opening that asks for an answer', (query) => {
    expect(search(query).covered).toBe(false);
  });

  it.each(['kids birthday party games', 'what is the speed limit on highways'])('refuses “%s”: a compound whose parts the report writes apart only (birth, day; high, ways)', (query) => {
    expect(search(query).covered).toBe(false);
  });

  it('covers "how many stateless people are there": the report counts persons, not people', () => {
    expect(search('how many stateless people are there').covered).toBe(true);
  });

  it('is confident of a keyword query with a word the report writes in another form ("sanitation": sanitary)', () => {
    expect(search('prison sanitation problems').confidence).toBeGreaterThan(0.9);
  });

  it('takes a question on the report\'s own year as covered, though the report writes "during the year"', () => {
    expect(search('how many people were tortured in 2017').covered).toBe(true);
  });

  it.each(['can Muslim prisoners fast during Ramadan', 'uighur refugees china', "who was charged over Nikolay Krivenko's death", 'when did the 18-year-old soldier Aset Zhusupov die'])(
    'covers “%s”: the names it asks about are in the passage that answers it',
    (query) => {
      expect(search(query).covered).toBe(true);
    },
  );

  it.each(['can cops beat people', 'do kids get hit at school', 'is the internet censored', 'are people with HIV looked down on'])(
    'keeps an everyday paraphrase like “%s” covered: its words are not the report\'s, its topic is',
    (query) => {
      expect(search(query).covered).toBe(true);
    },
  );

  it.each([
    ['how many soldiers are in the army', 'how many persons were recognized as refugees'],
    ['how many universities are in kazakhstan', 'how many cases of child labor did police investigate'],
  ])('refuses “%s”, whose first passages state no figure of what it counts, and answers its twin “%s”', refusedBesideTwin);

  it.each([
    // "the main goal of which…" first, "religion" in two other sections' lists: the words are found one by one.
    ['what is the main religion', 'is discrimination based on religion prohibited'],
    ['which religion do most people follow', 'which religious groups must register'],
    ['what is the main religion', 'what is the main cause of mistreatment in detention'],
  ])('refuses “%s”, whose words the first passages hold one by one across the report, and answers its twin “%s”', refusedBesideTwin);

  it('does not refuse a count whose counted noun is a typo it had to guess ("refgues" corrects to refugees, meant refuges)', () => {
    expect(search('how many refgues for abused women are there').covered).toBe(true);
  });

  it.each(['how do I renew my driving licence', 'best hotels in Almaty', 'can you recommend a good film'])(
    'refuses a request for advice like “%s”: the report describes, it does not advise',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it.each([
    ['how to appeal a court decision', 'how can a defendant appeal a court decision'],
    ['what is the punishment for murder', 'what is the penalty for spousal assault'],
    ['what does the word ombudsman mean', 'what does the human rights ombudsman do'],
  ])('refuses “%s”, asking for a procedure, a penalty or a definition the report does not state; answers its twin “%s”', refusedBesideTwin);

  it.each(['hello there', 'thanks!', 'good morning', 'who are you'])('answers small talk like “%s” with a pointer to help, not passages', (query) => {
    const answer = search(query);
    expect(answer).toMatchObject({ kind: 'search', smallTalk: true, covered: false, hits: [] });
  });

  it.each(["what's your name", 'how old are you?', 'where do you live', 'who made you', 'are you human', 'can you help me', 'what do you know', 'see you later', 'what time is it', 'do you speak russian', 'help', 'what can I ask you', 'tell me something interesting', "how's your day going", "what's the date today", 'what is your purpose'])(
    'answers a question to the bot itself like “%s” with a pointer to help, though its words are the report’s',
    (query) => {
      expect(search(query)).toMatchObject({ kind: 'search', smallTalk: true, covered: false, hits: [] });
    },
  );

  it.each(['what commands do you have', 'how do I use this', 'where does your information come from', 'which report is this', 'what year is the report from', "what's new", 'is anyone there', "that's not what I asked", 'wrong answer', 'try again', 'how do you work', 'give me a list of commands', 'is the report from this year', 'you got that wrong'])(
    'answers a question about the bot, its commands or its source, or a reaction to an answer, like “%s” with a pointer to help',
    (query) => {
      expect(search(query)).toMatchObject({ kind: 'search', smallTalk: true, covered: false, hits: [] });
    },
  );

  it.each(['what does the report say about police torture', 'where do most refugees come from', 'what year was the new religion law passed', 'what is new in the labor code', 'who reported the abuse', 'where does the information on torture come from', 'what does this report say about child labor', 'what do you know about religious freedom', 'can you tell me about child labor', 'what is new about the religion law this year'])(
    'still answers a question made of the same words as talk about the bot, like “%s”',
    (query) => {
      expect(search(query)).toMatchObject({ kind: 'search', smallTalk: false, covered: true });
    },
  );

  it.each(['can you be arrested for protesting', 'can police search your house', 'are you allowed to criticize the president', 'do you need a permit to hold a rally', 'how long can they hold you without charge', 'what are your rights if arrested', 'tell me about torture in prisons', 'help for victims of domestic violence'])(
    'still answers a question using an impersonal “you” like “%s”',
    (query) => {
      expect(search(query)).toMatchObject({ kind: 'search', covered: true });
      expect(search(query).smallTalk).toBeFalsy();
    },
  );

  it('is confident about questions the report answers in its own words', () => {
    for (const query of ['prison conditions', 'minimum wage', 'freedom of assembly']) expect(search(query)).toMatchObject({ covered: true });
    expect(search('prison conditions').confidence).toBeGreaterThan(0.9);
  });

  it('does not cover a question on the strength of a city the report names: a place is a setting, not a topic', () => {
    expect(search('what is the weather in Astana in July').covered).toBe(false);
    for (const query of ['were protesters arrested in Almaty', 'did Nazarbayev win the election']) expect(search(query)).toMatchObject({ covered: true });
  });

  it('refuses a question asking how many of something there are when the report states no such count, and answers one it states', () => {
    for (const query of ['how many lawyers are in the country', 'how many police officers does the country employ']) expect([query, search(query).covered]).toEqual([query, false]);
    for (const query of ['how many labor inspectors does the ministry have', 'how many political parties are there', 'how many jews live in the country', 'how many crisis centers were there in 2016'])
      expect([query, search(query).covered]).toEqual([query, true]);
  });

  it('refuses a question asking when something happened that the report dates nowhere, and answers one it dates', () => {
    for (const query of ['when was the constitution of kazakhstan adopted', 'when was the death penalty abolished']) expect([query, search(query).covered]).toEqual([query, false]);
    for (const query of ['when did the oil workers start their hunger strike', 'when was the last presidential election held', 'when was Larissa Kharkova found guilty', 'when did the trade union law enter into force'])
      expect([query, search(query).covered]).toEqual([query, true]);
  });

  it('refuses chit-chat made of the report\'s words (the bot\'s opinion, tomorrow, a timetable) and still shows the closest passages', () => {
    for (const query of ['what do you think about the prison system', 'what is your opinion on the elections', 'what time does the court open on monday', 'when is the next presidential election']) {
      expect([query, search(query).covered]).toEqual([query, false]);
      expect(search(query).hits.length).toBeGreaterThan(0);
    }
    for (const query of ['what do you know about religious freedom', 'when was the last presidential election held', 'what did the court decide the next day after the march in almaty'])
      expect([query, search(query).covered]).toEqual([query, true]);
  });

  it('refuses a question about a rate the report states no figure for, and answers one it states', () => {
    for (const query of ['what is the tax rate on income', 'inflation rate of the tenge']) expect([query, search(query).covered]).toEqual([query, false]);
    for (const query of ['tuberculosis rate in prisons', 'what share of suspects were released on bail']) expect([query, search(query).covered]).toEqual([query, true]);
  });

  it('does not refuse a question for its "can\'t": a function word, not an unknown topic', () => {
    expect(search("what can't journalists write about the president")).toMatchObject({ covered: true });
  });

  it('does not refuse a question for its "you\'re" or "they\'d": pronouns, not unknown topics', () => {
    expect(search("can you get a lawyer as soon as you're arrested")).toMatchObject({ covered: true });
    expect(search("how many people complained that they'd been tortured")).toMatchObject({ covered: true });
  });

  it('does not refuse a question for its framing words ("actually", "really", "guy"): they say how it is asked, not what', () => {
    expect(search('do sick inmates actually get treated').covered).toBe(true);
    expect(search('what really happened to the guy who was beaten to death at the rehab center').covered).toBe(true);
    // A long question's first passage need not hold them either.
    expect(search('do young guys in the army get bullied by older soldiers').covered).toBe(true);
    // "forever" of "takes forever", "totally" are intensifiers as "really" is (round 64).
    expect(search('does it take forever to get citizenship').covered).toBe(true);
    expect(search('are judges totally corrupt').covered).toBe(true);
    expect(search('why does my laptop take forever to start').covered).toBe(false);
  });

  it('does not refuse a short question for an adjective the report never writes when its first passage is on the topic', () => {
    expect(search('are mental hospitals understaffed').covered).toBe(true);
    // A noun or verb the report never writes names what is asked: still refused.
    expect(search('what is the legal drinking age').covered).toBe(false);
    expect(search('is torture common in egyptian prisons').covered).toBe(false);
  });

  it.each([
    'can you sue in an ordinary court when your rights are trampled',
    'was a blogger locked in a psych ward for slamming the government online',
    "what happens if you belong to a group that isn't registered",
    'how long do you get in prison for pimping out teenagers',
    'is there a cap on how much foreign TV a channel can show',
  ])('covers “%s”: its everyday verb names an act the report describes in its own register (thesaurus, round 28)', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each([
    'can nurses and train drivers walk out',
    'is it clear what counts as stirring up trouble between groups',
    'did the cops rough him up',
  ])('covers “%s”: its everyday phrase names what the report describes in its own register (thesaurus, round 38)', (query) => {
    expect(search(query).covered).toBe(true);
  });

  it.each(['night clubs in berlin', 'how do i sign up for netflix', 'good restaurants nearby', 'is it rude to walk out of a movie early', 'how do i check on my parcel delivery'])(
    'refuses “%s”: an everyday phrase the thesaurus maps only in the register of a report',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it('does not refuse a question for a misspelt word the report uses ("maried")', () => {
    expect(search('legal age to get maried')).toMatchObject({ covered: true });
  });

  it('keeps hit@1 on the repository question set within 0.03 of the figure in the README', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const recorded = Number(/<!-- hit@1 bench\/questions: ([\d.]+) -->/.exec(readme)?.[1]);
    expect(recorded).toBeGreaterThan(0.5);
    // The marker is for this test; the sentence below it is what a reader sees, and must agree.
    expect(readme).toContain(`**${recorded.toFixed(3)}**`);
    const questions = loadQuestions(join(packageRoot(), 'bench', 'questions', 'in-scope.jsonl'));
    const quality = score(questions, engineAnswer);
    expect(quality.hit1).toBeGreaterThanOrEqual(recorded - 0.03);
  });

  // Plain questions in or near the report's words (bench/questions/rank-probes.jsonl, round 24): the
  // answering passage was first for 151 of 158 and in the first three for 155 (docs/search-quality.md). A
  // ranking change that gives up first places on such questions shows here, one question of slack.
  it('puts the answering passage first for plain questions in the report\'s words as often as recorded', () => {
    const questions = loadQuestions(join(packageRoot(), 'bench', 'questions', 'rank-probes.jsonl'));
    const quality = score(questions, engineAnswer);
    expect(quality.questions).toBe(158);
    expect(Math.round(quality.hit1 * quality.questions)).toBeGreaterThanOrEqual(150);
    expect(Math.round(quality.hit3 * quality.questions)).toBeGreaterThanOrEqual(154);
  });

  // The coverage probes (bench/questions/coverage-probes*.jsonl): general-knowledge questions the
  // report does not answer, each with a twin in similar words that it does. Every twin must stay
  // covered, and no fewer of the off-topic ones refused than docs/search-quality.md records (113 of 152 after
  // round 29, 108 after round 19, 102 after round 15, 49 of the first 82 after round 11): a coverage rule that refuses real
  // questions, or loses one it refused, shows here.
  it('answers every in-scope twin of the coverage probes and refuses at least as many off-topic probes as recorded', () => {
    const sets = ['coverage-probes.jsonl', 'coverage-probes-2.jsonl', 'coverage-probes-3.jsonl', 'coverage-probes-4.jsonl'];
    const probes = sets.flatMap((f) => loadQuestions(join(packageRoot(), 'bench', 'questions', f)));
    const refused = (kind: 'offtopic' | 'inscope') =>
      probes.filter((q) => (q.kind === 'offtopic') === (kind === 'offtopic') && !search(q.query).covered).map((q) => q.id);
    expect(refused('inscope')).toEqual([]);
    expect(refused('offtopic').length).toBeGreaterThanOrEqual(113);
  });
  // Questions in everyday words and plain phrasing (bench/questions/plain-probes.jsonl, round 23): 5 of
  // the 65 were refused before framing words stopped counting against them (3 while a long question's
  // passages still had to hold its framing words).
  it('answers the plain-words probes as recorded', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'plain-probes.jsonl'));
    expect(probes.filter((q) => !search(q.query).covered).length).toBeLessThanOrEqual(2);
  });
  // Keyword queries and paraphrases with hyphens, abbreviations and chat spellings, and off-topic twins
  // with the same (bench/questions/cover-probes-2.jsonl, round 30): 6 of the 23 were refused before
  // round 30 read them as meant; the twins' verdicts did not move.
  it('answers the keyword probes with hyphens, abbreviations and chat spellings as recorded, and still refuses their twins', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'cover-probes-2.jsonl'));
    const refused = (offTopic: boolean) => probes.filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
    expect(refused(false)).toBeLessThanOrEqual(1);
    expect(refused(true)).toBeGreaterThanOrEqual(7);
  });
  // Long questions (bench/questions/coverage-probes-5.jsonl, round 17): everyday paraphrases of 8–18
  // words the report answers, and near-domain questions of 8–16 words it does not. Without the
  // long-question rule, 4 of the 90 were refused and 24 of the 57 answered; docs/search-quality.md records the figures.
  // 42 were refused until round 25; one of them ("what did the 2020 human rights report say about
  // torture in Kazakh prisons") only because the country's adjective counted as a name its passages lack;
  // 42 since round 29 ("how much does the government spend on the army…": no sum of money with the army).
  // 3 in scope refused since round 161: "why was the website of an american magazine blocked after it wrote about Expo" (the
  // report never calls *Foreign Policy* American: `otherNationality` reads the question as set in the United States).
  it('answers long everyday questions and refuses long near-domain ones as recorded', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'coverage-probes-5.jsonl'));
    const refused = (offTopic: boolean) => probes.filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
    expect(refused(false)).toBeLessThanOrEqual(3);
    expect(refused(true)).toBeGreaterThanOrEqual(42);
  });
  // Near-domain questions and chit-chat made of the report's words (coverage-probes-7, written before
  // round 19's rules; coverage-probes-8, written after them as a check), each with in-scope twins.
  // Before round 19: 23 of 45 and 14 of 28 refused; 29 and 20 before round 29; one twin refused before and after ("how many people
  // died at their workplaces": the report writes "workplace deaths"); docs/search-quality.md records the figures.
  it('refuses near-domain questions and chit-chat made of the report\'s words as recorded, and answers their twins', () => {
    for (const [file, offTopic, inScope] of [['coverage-probes-7.jsonl', 37, 1], ['coverage-probes-8.jsonl', 23, 0]] as const) {
      const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', file));
      const refused = (off: boolean) => probes.filter((q) => (q.kind === 'offtopic') === off && !search(q.query).covered).length;
      expect(refused(true), file).toBeGreaterThanOrEqual(offTopic);
      expect(refused(false), file).toBeLessThanOrEqual(inScope);
    }
  });
  // Questions about the report's country that it does not answer (bench/questions/coverage-probes-9.jsonl,
  // round 25): the weather, the time zone, the capital's history, with the report's cities typed in
  // lower case. Before round 25: 37 of 47 refused, and 3 of 32 twins ("is torture common in kazakh
  // prisons": the adjective counted as a name its passages lack); docs/search-quality.md records the figures.
  it.each([
    ['how cold is astana in january', 'were protesters detained in astana'],
    ['what is the time zone of astana', 'can people protest in almaty'],
    ['why was the capital moved from almaty to astana', 'were journalists arrested in almaty'],
  ])('refuses “%s”, made of the report\'s names and everyday words, and answers “%s”', refusedBesideTwin);
  it('takes the country\'s adjective for the country, not a name its passages lack', () => {
    const queries = ['is torture common in kazakh prisons', 'what share of the vote did nazarbayev get in the kazakh election', 'is fluency in kazakh required to run for president'];
    for (const query of queries) expect([query, search(query).covered]).toEqual([query, true]);
  });
  it('refuses questions about the country that the report does not answer as recorded, and answers their twins', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'coverage-probes-9.jsonl'));
    const refused = (off: boolean) => probes.filter((q) => (q.kind === 'offtopic') === off && !search(q.query).covered).length;
    expect(refused(true)).toBeGreaterThanOrEqual(39);
    expect(refused(false)).toBeLessThanOrEqual(1);
  });
});

describe('coverage by the kind of answer a question asks for (round 29)', () => {
  // A person, an age, a sum, a founding: the report states each beside what it is of; a near-domain
  // question asking for one finds passages that hold its words and state no such answer.
  it.each([
    ['how many members does the mazhilis have', 'how many members does the senate have'],
    ['what is the minimum voting age', 'what is the minimum age for marriage'],
    ['how old is president nazarbayev', 'how old was nikolay krivenko'],
    ['how much do teachers earn', 'how much was each striking worker fined'],
    ['who is the current prime minister', 'who was the chairman of the state pension fund'],
    ['who founded the nur otan party', 'when was the tribuna newspaper founded'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // bench/questions/coverage-probes-10.jsonl, written before round 29's rules: 20 of 44 refused and 1
  // of 28 twins before ("how old was the soldier who died of a gunshot wound in the army"); docs/search-quality.md.
  it('refuses the answer-type probes as recorded, and answers their twins', () => {
    const { offTopic, inScope } = refusedProbes('coverage-probes-10.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(32);
    expect(inScope).toBeLessThanOrEqual(1);
  });
});

describe('near-domain questions whose answer type the report never states beside their topic (round 34)', () => {
  it.each([
    ['when was almaty founded', 'when was the investment dispute panel established'],
    ['when was astana founded', 'when was the tribuna newspaper founded'],
    ['what is the function of the world bank', 'what is the role of the knb'],
    ['what is the role of the united nations security council', 'what is the role of the national preventive mechanism'],
    ['human rights in russia', 'can citizens of russia or belarus get citizenship more easily'],
    ['human rights in russia', 'were protesters detained in astana'],
    // A city of the report's own country sets the scene, and the next sentence tells what happened there.
    ['human rights in russia', 'who beat a man to death at a rehab centre in astana'],
    ['how far is almaty from astana', 'how far was the prison from the activists hometown'],
    ['what is the population of kazakhstan', 'what share of the population had internet access'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // bench/questions/near-probes-2.jsonl, written before round 34's rules: 31 of 44 refused and 0 of 42 twins before.
  it('refuses the near-domain probes of round 34 as recorded, and answers their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-2.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(RECORDED_NEAR_2);
    expect(inScope).toBe(0);
  });
});

/** Off-topic questions of near-probes-2.jsonl refused after round 34 (31 before). */
const RECORDED_NEAR_2 = 37;

describe('near-domain questions asking a time, or naming a procedure, the report never states beside their topic (round 42)', () => {
  it.each([
    ['how long does it take to register a company in kazakhstan', 'how long can police hold a detainee before charges'],
    ['how long does it take to open a bank account', 'how long do detainees have to submit complaints'],
    ['how long is the border with china', 'how long was Olesya Halabuzar\'s probation'],
    ['when must a visa be renewed', 'when must organizations apply for a demonstration permit'],
    ['when can a child get a passport', 'when can children start working'],
    // A keyword query naming a procedure or a document needs a sentence holding all its words.
    ['work permit kazakhstan', 'demonstration permit'],
    ['income tax filing', 'exit visas'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // bench/questions/near-probes-3.jsonl, written before round 42's rules: 14 of 34 refused and 0 of 33 twins before.
  it('refuses the near-domain probes of round 42 as recorded, and answers their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-3.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(RECORDED_NEAR_3);
    expect(inScope).toBe(0);
  });
});

/** Off-topic questions of near-probes-3.jsonl refused after round 42 (14 before). */
const RECORDED_NEAR_3 = 22;

describe('near-domain questions asking a name, a share, the most, a sum or a membership the report never states (round 45)', () => {
  it.each([
    // "the X of Y" needs X and a word of Y beside a name.
    ['who is the chairman of the senate', 'who was the chairman of the state single pension fund'],
    ['who is the un special rapporteur on torture', 'which un rapporteur visited kazakhstan in 2015'],
    ['what is the name of the prime minister', 'who appoints the prime minister'],
    // A share needs a stated share beside its words; the most, its superlative beside one.
    ['what percentage of kazakhstan is muslim', 'what percentage of parents use corporal punishment'],
    ['what is the largest oblast in kazakhstan', 'which city has the largest jewish community'],
    ['which central asian country has the most political prisoners', 'what are the most common kinds of abuse against gay people'],
    // "the most" a law allows is stated as a limit ("the maximum sentence … at 10 years"), not a ranking.
    ['what is the highest fine for littering in singapore', 'what is the most time in prison for hitting your wife'],
    // A sum needs a stated sum beside what it is for; a currency names none.
    ['what is the minimum wage in kazakhstan in tenge', 'what was the minimum wage equal to'],
    ['how much does the government spend on prisons', 'how much were employers fined for paying salaries late'],
    // Belonging needs a sentence of belonging holding the body.
    ['is kazakhstan a member of the world trade organization', 'how many members does the senate have'],
    // An abbreviation is answered by the sentence spelling it out.
    ['what does sco stand for', 'what does odihr stand for'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // bench/questions/near-probes-4.jsonl, written before round 45's rules: 25 of 48 refused and 4 of 37 twins before.
  it('refuses the near-domain probes of round 45 as recorded, and no more of their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-4.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(RECORDED_NEAR_4);
    expect(inScope).toBeLessThanOrEqual(1);
  });
});

/** Off-topic questions of near-probes-4.jsonl refused after round 45 (25 before). */
const RECORDED_NEAR_4 = 38;

describe('near-domain questions asking what will happen, what a body the report never describes does, or a report of another year (round 54)', () => {
  it.each([
    // A report of one year states no prediction: "will … ever / next / stop", "likely to become", "do you think".
    ['will the next election in kazakhstan be free and fair', 'will refugees be able to become citizens'],
    ['is kazakhstan likely to become a democracy', 'are the courts independent in kazakhstan'],
    ['do you think torture will stop in kazakh prisons', 'how many complaints of torture did the ombudsman get in 2016'],
    ['will the death penalty ever be brought back', 'if you are poor and charged with a crime will the state give you a lawyer'],
    // A consequence ("what will happen if…") is a penalty or a rule, not a prediction.
    ['will torture in prisons ever end', 'what will happen if I protest without a permit'],
    // "what does X do", "how does X work" ask a body's role: a sentence must hold the body's words.
    ['what does amnesty international do', "what does the ombudsman's office do"],
    ['what does the un committee against torture do', 'what does the KNB do'],
    ['how does the international criminal court work', 'how does the asylum procedure work'],
    // A system, a process or a procedure is how a role is asked, not the body: "jury" alone must be held.
    ['how does the un human rights council work', 'how does the jury system work'],
    // "what year" names the kind of answer: the dated sentence must hold two other words of the question.
    ['in what year did kazakhstan gain independence', 'in what year did the un special rapporteur visit kazakhstan'],
    // Another year's report is another report: only a sentence naming that year's report answers.
    ['what did the 2012 human rights report say about torture', 'what did freedom house say in its 2016 report about the courts'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // bench/questions/near-probes-5.jsonl, written before round 54's rules: 30 of 45 refused and 2 of 42 twins before.
  it('refuses the near-domain probes of round 54 as recorded, and no more of their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-5.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(38);
    expect(inScope).toBeLessThanOrEqual(2);
  });
});

describe('near-domain questions asking how big or strong something is that the report gives no figure for, or which is the largest (round 60)', () => {
  it.each([
    // A size is answered by a figure beside what it measures: the army is named only in cases ("Army Unit 32363", "two months in military service").
    ['how large is the military', 'how large was the president\'s vote'],
    ['how strong is the kazakh military', 'how big is the informal economy'],
    ['how big is the army', 'how big is the jewish community in almaty'],
    // The year asked is a time, not what is measured: "during the year" beside a figure holds nothing of inflation.
    ['how high is inflation this year', 'how big was the fine against forbes'],
    // The superlative after its noun is the same question as before it ("what is the largest city"): a sentence must rank the noun.
    ['which city is the largest', 'which jobs are the most dangerous'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // bench/questions/near-probes-6.jsonl, written before round 60's rule: 18 of 44 refused and 1 of 42 twins before.
  it('refuses the near-domain probes of round 60 as recorded, and no more of their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-6.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(21);
    expect(inScope).toBeLessThanOrEqual(1);
  });
});

describe('short questions with one word no source knows, a name, a year or a newer thing the report never mentions (round 63)', () => {
  it.each([
    // Four words of the report and a country it never names: the question is set there, and the passages found are about here.
    ['are independent journalists often harassed in turkmenistan', 'are independent journalists harassed'],
    ['do corrupt judges in estonia take bribes', 'do corrupt judges take bribes'],
    // A word neither the report, WordNet nor general English's commonest words know names a thing the report never wrote of.
    ['did covid restrictions limit peaceful protests', 'did authorities limit peaceful protests'],
  ])('refuses “%s” and answers “%s”', refusedBesideTwin);
  // A closed compound of two English words is read through its parts, a paraphrase: it keeps the weight of an unknown word.
  it('still answers “can stateless jobseekers sign labor contracts”', () => {
    expect((service.search('can stateless jobseekers sign labor contracts') as SearchAnswer).covered).toBe(true);
  });
  // bench/questions/near-probes-7.jsonl: 46 off-topic and 43 twins written before round 63's rule (27 and 4 refused before,
  // 31 and 4 after), then 15 look-alikes and 15 in-scope questions of the unknown-word shape written after it (13 and 8
  // refused before, 14 and 8 after).
  it('refuses the near-domain probes of round 63 as recorded, and no more of their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-7.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(45);
    expect(inScope).toBeLessThanOrEqual(12);
  });
  // bench/questions/near-probes-8.jsonl: 47 off-topic and 25 twins in everyday long shapes written before round 71's rules
  // (37 and 2 refused before, 38 and 2 after), then 8 look-alikes set in another country or year and 6 in-scope twins
  // naming ones the report states written after them (5 and 0 refused before, 7 and 0 after).
  it('refuses the long everyday and near-domain probes of round 71 as recorded, and no more of their twins', () => {
    const { offTopic, inScope } = refusedProbes('near-probes-8.jsonl');
    expect(offTopic).toBeGreaterThanOrEqual(45);
    expect(inScope).toBeLessThanOrEqual(2);
  });
});

describe('coverage on another report in the same format', () => {
  it('works for the Atlantis fixture without anything specific to Kazakhstan', () => {
    const atlantis = createQueryService(loadOrBuildIndex(copyToTemp(FIXTURE_DIR)));
    const answer = atlantis.search('prison conditions') as SearchAnswer;
    expect(answer.kind).toBe('search');
    expect(typeof answer.covered).toBe('boolean');
    expect(answer.confidence).toBeGreaterThanOrEqual(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    expect((atlantis.search('chocolate cake recipe') as SearchAnswer).covered).toBe(false);
  });
});
