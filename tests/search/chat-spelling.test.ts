import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readFileSync, readdirSync } from 'node:fs';
import { CHAT_WORD, mayHoldChatWord, spellChat, spellChatWords } from '../../src/search/chat-spelling.js';
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
    // A particle before the digit ends a phrasal verb, it numbers nothing.
    ['can u get locked up 4 posting stuff online', 'can you get locked up for posting stuff online'],
    ['can they beat u up 4 joining a protest', 'can they beat you up for joining a protest'],
  ])('reads “%s” as “%s”', (typed, read) => {
    expect(spellChat(typed)).toBe(read);
  });

  it.each([
    'can they hold you for 2 weeks',
    'up to 4 years in prison',
    'sentences went up 4 years',
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

  it.each([
    ["demo permits: days' notice reqd", "demonstration permits: days' notice required"],
    ['natl parl vote, approx turnout', 'national parliament vote, approximately turnout'],
    ['univ admin fired a prof', 'university administration fired a prof'],
    ['fb and yt blocked, pres says no', 'facebook and youtube blocked, president says no'],
    ['FB pages of journos deleted', 'Facebook pages of journalists deleted'],
    ['were FB/YT blocked during the demo/rally', 'were Facebook/YouTube blocked during the demonstration/rally'],
    ['fines of 2 mln tenge', 'fines of 2 million tenge'],
    ['brides as young as 15 yo', 'brides as young as 15 year old'],
  ])('reads the written abbreviation in “%s” as “%s” (a note-taker’s or an editor’s short forms)', (typed, read) => {
    expect(spellChat(typed)).toBe(read);
  });

  it.each(['who is the Pres of the club', 'the Univ Challenge final', 'IG report on prisons'])(
    'leaves “%s” as typed: a capitalised short form after the first word is a name or an acronym of its own',
    (typed) => {
      expect(spellChat(typed)).toBe(typed);
    },
  );

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

  it.each([
    ["demo permits - how many days' notice reqd", 'at least 10 days in advance for a permit to hold a demonstration'],
    ['natl human rights institution - parl oversight?', 'ombudsman'],
    ['FB, WhatsApp blocked during clash at construction site', 'access to social media, including Facebook'],
  ])('answers “%s”, an editor’s short forms, with the answering passage first and covered', (query, answering) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]!.text.toLowerCase()).toContain(answering.toLowerCase());
  });

  it.each(['univ tuition fees avg', 'natl football team - FIFA ranking', 'yt most watched kz videos', 'avg rent 1-bed apt astana'])(
    'still refuses “%s”, off-topic in the same short forms',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );

  it.each([
    ['univ rankings 2017 - top natl schools', 'university rankings 2017 - top national schools'],
    ['demo permits reqd?', 'demonstration permits required?'],
  ])('answers “%s” as it answers the words spelt out, “%s”: the short forms add nothing and hide nothing', (typed, spelt) => {
    const [a, b] = [search(typed), search(spelt)];
    expect(a.covered).toBe(b.covered);
    expect(a.hits.map((h) => h.text)).toEqual(b.hits.map((h) => h.text));
  });

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

describe('whether a text may hold a chat word, told without a case-insensitive pattern', () => {
  // The pattern as it was, with the `i` flag over the text as typed.
  const asTyped = new RegExp(CHAT_WORD.source.replaceAll("[a-z0-9']", "[A-Za-z0-9']"), 'i');

  it.each(['torture complaints', 'Forced Labour Camps', 'WHO GETS ASYLUM', 'Can U Vote From Abroad', 'Kazakh courts'])('runs no pattern with the i flag for “%s”', (text) => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      spellChat(text);
      expect(exec.mock.contexts.filter((re) => (re as RegExp).flags.includes('i')).map((re) => (re as RegExp).source.slice(0, 40))).toEqual([]);
    } finally {
      exec.mockRestore();
    }
  });

  it.each([
    ['Can U Vote From Abroad', true],
    ['GOVT LAND SALES', true],
    ["Nat'l Guard abuses", true],
    ['W/O A LAWYER', true],
    ['torture complaints', false],
    ['UNIVERSITY fees', false],
    ['Abu Dhabi', false],
  ])('tells “%s” holds a chat word: %s', (text, held) => {
    expect(mayHoldChatWord(text)).toBe(held);
    expect(asTyped.test(text)).toBe(held);
  });

  it('says what the case-insensitive pattern says of the text as typed, and yes for a text with the Kelvin sign or “İ”', () => {
    const pieces = fc.constantFrom('u', 'U', 'ur', 'Ur', 'R', 'y', 'N', 'w/', 'W/O', 'b/C', 'GOVT', "gov't", "GOV'T", 'Info', 'min', 'YR', '2', '4', 'b4', 'B4', 'journos', 'uni', 'Univ', 'university', 'ups', 'sun', 'x', 'K', '\u212a', '\u0130', 'İm', 'ſ', 'é', 'ü', "'", '/', '.', ',', '?', '-', '5');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), fc.constantFrom(' ', '', '  ', '\u00a0'), (words, gap) => {
        const text = words.join(gap);
        const either = text.includes('\u212a') || text.includes('\u0130');
        expect(mayHoldChatWord(text)).toBe(either || asTyped.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
