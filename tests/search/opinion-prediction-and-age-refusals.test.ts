import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 82 (docs/search-quality.md): near-domain questions made wholly of the report's words, asking what a report of one
// past year never states — a person's age, a political event to come, the bot's judgement of worth — were answered with
// full confidence (share 1.00, no rule).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe("someone's age asked when no age sentence names them is refused, ages the report states answered (round 82)", () => {
  it.each(['how old is the president', 'how old is the ombudsman'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['how old was nikolay krivenko', 'how old do you have to be to get a job'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

describe('a political event to come is refused, a "will" of a rule answered (round 82)', () => {
  it.each(['will the country become a democracy', 'will nazarbayev step down', 'will the prime minister resign'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['will refugees be able to become citizens', 'if I cannot pay for a lawyer will the government give me one for free when I am charged'])(
    'answers “%s”',
    (q) => {
      expect(search(q).covered).toBe(true);
    },
  );
});

describe("the bot's judgement of worth or a comparison with another country in words the report never writes is refused (round 82)", () => {
  it.each(['is nazarbayev a good president', 'are the police doing a good job', 'is press freedom better than in uzbekistan', 'is kazakhstan better than russia on human rights'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['are public defenders any good', 'are mental hospitals in good repair', 'are women in villages worse off than women in cities'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
  // Two groups of the report's own country compared: a disparity a report states ("women in rural areas faced…"), no opinion.
  it.each(['do rural women have it worse than women in towns', 'are disabled people treated worse than others at work'])('answers the comparison of two groups “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

describe("another country's adjective no answering passage names as a country is refused, the report's own and those it writes answered (round 82)", () => {
  it.each(['are kyrgyz journalists jailed for their work', 'is the uzbek government corrupt'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['where do uzbek labor migrants work', 'can foreigners go near the chinese border', 'do you have to speak kazakh to work in the civil service'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

describe('"should X…" is refused when no answering sentence states a duty, a ban or a penalty with its words, answered when one does (round 82)', () => {
  it.each(['should bloggers need a license', 'should the death penalty be brought back'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['should detainees see a lawyer before interrogation', 'should prisoners be held near their homes', 'should employers pay salaries on time'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});
