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

// Everyday and slang words with no stand-in in the report's register reached it only through weak vector
// neighbours: the question was refused or another passage came first (Quality round 48).
describe('everyday and slang words reach the report’s register through the thesaurus, on the real report', () => {
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['do men and women have to get the same money for the same job', 'The law does not require equal pay for equal work'],
    ['can a 16 year old get hitched if she’s expecting', 'it may be reduced to 16 in the case of pregnancy'],
    ['what chunk of the workforce carries a union card', 'one-third of the country\'s working population was unionized'],
    ['did the president win by a landslide', 'gave President Nazarbayev 97.5 percent of the vote'],
    ['who do the spooks answer to', 'all report directly to the president'],
  ])('answers “%s” with the passage that says it in the report’s words', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it.each([
    'top tips for fellas starting at the gym',
    'should i keep quiet at a job interview',
    'why do my kids knock around the house all day',
    'is the gig economy good for students',
    'movies about dictators',
    'hush money payments in the trump case',
  ])('still refuses “%s”: the everyday word has a life outside human rights, so no line maps it', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});

// Everyday verbs and phrasal verbs where the report writes a formal verb or a noun made from one: the
// passage that answers was not first, or the question was refused (Quality round 52).
describe('everyday verbs reach the report’s formal verbs through the thesaurus, on the real report', () => {
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['how often did officials stonewall journalists asking for public information', 'denied or significantly restricted journalists\' access to public information 138 times'],
    ['if you get the boot for union activity can a court put you back in your job', 'a court may order reinstatement of a worker fired for union activity'],
    ['did deaths behind bars go down', 'the number of deaths in prisons declined 17 percent'],
    ['can the ombudsman look into complaints about the president', 'did not have the authority to investigate complaints concerning decisions of the president'],
    ['can the UN step in to stop someone being sent back', 'UNHCR legally may appeal to the government and intervene on behalf of individuals facing deportation'],
  ])('answers “%s” with the passage that says it in the report’s words', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it.each([
    'did the stock market go down today',
    'how do i turn down the heating',
    'should i look into a career in nursing',
    'how do i send back a parcel to amazon',
  ])('still refuses “%s”: the phrasal verb has a life outside human rights', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});

// Quality round 62: an uncommon everyday word for a person, an object or an act every report names in its own word
// (firemen: "emergency medical, fire, and rescue crews"; radiators: "heating"; revolts: "disobedience").
describe('uncommon everyday words reach the report’s word for the same thing through the thesaurus, on the real report', () => {
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['can firemen go on strike', 'emergency medical, fire, and rescue crews'],
    ['are prison radiators working', 'widespread lack of heating and adequate ventilation in prisons'],
    ['how many prison revolts were registered', 'cases of disobedience by prisoners'],
  ])('answers “%s” with the passage that says it in the report’s words', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it.each([
    'why is my car radiator leaking',
    'why did the peasants revolt in 1381',
    'how much does a firefighter earn in california',
    'how much do nurses earn in the uk',
    'what was the garrison of a roman fort',
  ])('still refuses “%s”: the word alone does not make an everyday question look covered', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});

describe('casual words and phrasal verbs of members of the public reach the report’s word through the thesaurus, on the real report (round 64)', () => {
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['can you get in trouble for dissing the president', 'The law prohibits insulting the president'],
    ['do professors keep their mouths shut', 'Many academics practiced self-censorship.'],
    ['can refugees start their own business', 'with the exception of engaging in individual entrepreneurship'],
    ['did a union boss get off with probation', 'placing her on probation for four years'],
  ])('answers “%s” with the passage that says it in the report’s words', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it.each([
    'why do rappers diss each other',
    'how do i start a business with no money',
    'best hidden mic for recording a podcast',
    'how do i make handouts for a presentation',
    'how do you pull over safely when an ambulance comes',
  ])('still refuses “%s”: the casual word alone does not make an everyday question look covered', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});

describe('an everyday phrase for "arbitrary" — done for no reason — reaches the report’s word through the thesaurus, on the real report (round 68)', () => {
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['can the police lock you up for no reason', 'The law prohibits arbitrary arrest and detention, but the practice occurred.'],
    ['do people get hauled off by police for no reason', 'The law prohibits arbitrary arrest and detention, but the practice occurred.'],
  ])('answers “%s” with the passage on arbitrary arrest first', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it('puts the passage on arbitrary arrest within the first three for “are folks arrested for no good reason” (outside the first five on main)', () => {
    const a = answer('are folks arrested for no good reason');
    expect(a.covered).toBe(true);
    expect(a.hits.slice(0, 3).some((h) => h.text.includes('The law prohibits arbitrary arrest and detention'))).toBe(true);
  });

  it.each([
    'why does my dog bark for no reason',
    'why does my laptop restart for no reason',
    'why do cats attack people for no reason',
  ])('refuses “%s”: the phrase alone does not make an everyday question look covered', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});

// Plain descriptive phrases for acts every report's section 6 names, which the report never writes: a husband forcing
// his wife (spousal rape), being made to marry (forced marriage). Thesaurus lines, each tested alone on every public
// question and against off-topic questions written with them afterwards (Quality round 70).
describe('a plain descriptive phrase for an act the reports name reaches the report’s term through the thesaurus, on the real report (round 70)', () => {
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['what happens to a husband who forces his wife into sex', 'including spousal rape'],
  ])('answers “%s” with the passage naming the report’s term first', (query, answering) => {
    const a = answer(query);
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain(answering);
  });

  it('answers “are women made to marry men they do not know” with a passage naming forced marriage first', () => {
    // Since round 72 the phrase's stand-ins weigh more in the sentence ranking, and the sentence holding both
    // ("the practice of kidnapping women and girls for forced marriage") comes before the early-marriage overview.
    const a = answer('are women made to marry men they do not know');
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toMatch(/forced marriage/i);
  });

  it.each([
    'my friend forces his wife to pay for every dinner is that normal',
    'best thriller movies about a violent husband',
    'why does my toddler say rude things about strangers',
    'movies where a princess is forced to marry a prince',
  ])('refuses “%s”: the phrase alone does not make an everyday question look covered', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});
