import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readFileSync, readdirSync } from 'node:fs';
import { spellChat, spellChatWords } from '../../src/search/chat-spelling.js';
import { realService } from '../helpers.js';

describe('chat spellings spelt out before a query is read', () => {
  it.each([
    ['can u get locked up w/o charges 4 how long', 'can you get locked up without charges for how long'],
    ['r refugees allowed 2 work', 'are refugees allowed to work'],
    ['wats the min age 2 get a job', "what's the minimum age 2 get a job"],
    ['do trans ppl have probs w/ their ID', 'do trans people have problems with their ID'],
    ['can ur boss fire u bc u went on strike', 'can your boss fire you because you went on strike'],
    ['y do they block websites', 'why do they block websites'],
    ['if u get caught w/ bribes can u still work 4 the govt', 'if you get caught with bribes can you still work for the government'],
  ])('reads “%s” as “%s”', (typed, read) => {
    expect(spellChat(typed)).toBe(read);
  });

  it.each([
    'can they hold you for 2 weeks',
    'up to 4 years in prison',
    'what does section 4 say',
    'what happened on july 4 at the rally',
    'is a 2 year old registered at birth',
    'who is Max',
    'x and y',
    'see amnesty.org for more',
    'what did the report say',
  ])('leaves “%s” as typed (numbers that count or number, names, addresses)', (typed) => {
    expect(spellChat(typed)).toBe(typed);
  });

  it('reads a number\'s short unit as the unit', () => {
    expect(spellChat('held 3 yrs and 5 min')).toBe('held 3 years and 5 minutes');
  });
});

describe('questions typed as in chat, on the real report', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['can cops keep u locked up w/o charges, 4 how long', 'can cops keep you locked up without charges, for how long'],
    ['r refugees allowed 2 work', 'are refugees allowed to work'],
    ['can u get locked up 4 posting stuff online abt the govt', 'can you get locked up for posting stuff online about the government'],
  ])('answers “%s” as it answers “%s”', (typed, spelt) => {
    const [a, b] = [search(typed), search(spelt)];
    expect(a.covered).toBe(b.covered);
    expect(a.hits.map((h) => h.text)).toEqual(b.hits.map((h) => h.text));
  });

  it.each([
    ['is hiv treatment free or nah', 'The National Center for AIDS provides free diagnosis and treatment'],
    ['do trans ppl have probs w/ their ID', 'Many individuals lived with nonconforming documents for years'],
  ])('answers “%s”, a filler and short forms read as chat, with the answering passage first', (query, answering) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]!.text).toContain(answering);
  });

  it.each(['can u help me w/ my math homework pls', 'my little bro beat me up in fortnite lol', 'r cats allowed 2 eat cheese'])(
    'still refuses “%s”, everyday chat with the same spellings',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it('quotes the query as typed', () => {
    expect(search('r refugees allowed 2 work').query).toBe('r refugees allowed 2 work');
  });
});

describe('a query is read word by word for chat spellings only when a word of them stands in it', () => {
  const questions = ['dev.jsonl'].flatMap((f) => readFileSync(`/work/shared/eval/${f}`, 'utf8').trim().split('\n'));
  const own = readdirSync('bench/questions')
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(`bench/questions/${f}`, 'utf8').trim().split('\n'));
  const typed = [...questions, ...own].filter(Boolean).map((l) => (JSON.parse(l) as { query: string }).query);

  it('gives what the word-by-word reading gives, for every public question and chat word in any place', () => {
    const chat = 'u ur r ya y n w/ w/o b/c bc cuz abt b4 tho thru pls wat wats dont im gonna ppl govt gov\'t prez info min yr yrs hrs dept org 2 4'.split(' ');
    const made = chat.flatMap((w) => [w, `${w} them`, `can ${w} go`, `can ${w.toUpperCase()} go`, `5 ${w}`, `x.${w}`, `${w}s`, `a${w} b`, `see ${w}.`, `${w}'`]);
    for (const text of [...typed, ...made]) expect(spellChat(text), text).toBe(spellChatWords(text));
  });
});
