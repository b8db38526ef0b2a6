import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 104 (docs/search-quality.md): a long question put courteously ("I should be most grateful to learn whether…") or as
// a claim to check ("I'm fact-checking a claim that…, is that figure correct?") carries words that say how it is asked, not
// what: the long rule weighed them as topic words the answering passage had to hold.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('courteous openings and a quoted claim are how a question is put, not its topic (round 104)', () => {
  it.each([
    // Main: 0.422, 0.043, 0.485 (bench/questions/long-probes-1.jsonl, ie01, ie15, if02).
    'I should be most grateful to learn whether the constabulary may detain a man without charge, and for how long they may keep him before he is charged.',
    'I am given to understand that wives there are sometimes beaten by their husbands; I should like to know how many perish each year from such cruelty.',
    "I'm fact-checking a claim that the president won more than 97 percent of the vote in the last presidential election. Is that figure correct?",
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });

  it.each([
    // Main: 0.527 and 0.554, answered ("whether", "like", "know", "stated", "confirm" held by the passages).
    'I should very much like to know whether the wireless broadcasts the cricket results and whether the matches are shown upon the television.',
    'A minister stated that unemployment fell to 4.9 percent compared with the previous year. Can you confirm that statistic?',
    // Refused on main too: the courtesy gone, what is left is another country's or another topic's.
    'I wonder if you might tell me whether the constabulary in Scotland may detain a man without charge, and for how long they may keep him.',
    'A viral post says journalists were jailed for their reporting in Turkey last year. Is that accurate?',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
});

// The older reader's words for the police, a jail, a judge and a disability (British or old-fashioned English, every report's
// topics): WordNet linked them at 0.2, so the long rule found the passage on magistrates' bribes holding a fifth of the question.
describe('old-fashioned words for the report’s topics are read as its terms (round 104)', () => {
  it.each([
    // Main: 0.452, 0.470, 0.414 (long-probes-1 ie09, ie07, ie08).
    'I would be obliged if you could tell me whether the magistrates in that country are honest, or whether they are known to accept bribes from those who come before them.',
    'Kindly inform me whether the gaols there are decent places, for I have read that the conditions are most dreadful and unwholesome for the inmates.',
    'I am an old woman and rather hard of hearing; could you tell me whether those who are infirm or crippled are able to cast their vote from their own homes?',
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });

  it.each([
    // Written after the lines (long-probes-1 b01, b08): refused before and after.
    'I should be glad to know whether the constables in Toronto carry pistols while walking their beat.',
    'Does the county constabulary still hold an open day for the village children every summer, with horses and a brass band?',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
});

describe('"for the purpose of X" is English for "in order to X", not a question about a role (round 104)', () => {
  it('answers a formal question with the idiom and still reads "the purpose of" a body as a role', () => {
    // Main: 0.067 (long-probes-1 ic08), refused as asking what marriage is for (`ROLE_OF`).
    expect(
      search('I require information concerning the prevalence of the abduction of women for the purpose of marriage and the criminal penalties prescribed for such kidnapping.')
        .covered,
    ).toBe(true);
    expect(search('what is the purpose of the european convention on human rights').covered).toBe(false);
  });
});
