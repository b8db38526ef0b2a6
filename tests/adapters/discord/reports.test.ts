/**
 * Several reports through the real discord.js client against the fake Discord: the `report` option
 * on /hr search, /hr section and /hr daily, its autocomplete, and /hr reports. Assertions are on what
 * reaches the fake.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchAnswer, SectionAnswer } from '../../../src/answers.js';
import { MANAGE_CHANNELS } from '../../fakes/discord/server.js';
import { ATLANTIS_2017, ATLANTIS_2019, KAZAKHSTAN_2017, severalReportsService } from '../../helpers.js';
import { buttons, startHarness, visibleText, type Harness } from './harness.js';

const MENTION = /@everyone|@here|<@!?\d+>|<@&\d+>/;
const service = severalReportsService();
const titleOf = (id: string) => service.reports.find((r) => r.id === id)!.title;

describe('several reports on Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ service });
  });
  afterAll(async () => {
    await h.close();
  });

  it('searches one report when the report option names it, and its More results keep to it', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'prison', report: 'kazakhstan' } }));
    const expected = service.search('prison', { report: KAZAKHSTAN_2017 }) as SearchAnswer;
    expect(expected.nextOffset).toBeDefined();
    for (const body of [sent.body, (await h.fake.answerTo(h.fake.clickButton(sent.message, buttons(sent.body).get('More results')!.customId))).body]) {
      const text = visibleText(body);
      expect(text).toContain(titleOf(KAZAKHSTAN_2017));
      expect(text).not.toContain('Atlantis');
    }
    // Without the report carried by the button, the same query across every report starts with Atlantis.
    expect((service.search('prison') as SearchAnswer).hits.some((hit) => hit.reportId !== KAZAKHSTAN_2017)).toBe(true);
  });

  it('takes report:… typed into the query, as the help and Slack have it', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'prison report:kazakhstan' } }));
    const text = visibleText(sent.body);
    expect(text).toContain(titleOf(KAZAKHSTAN_2017));
    expect(text).not.toContain('Atlantis');
    expect(text).not.toContain('report:kazakhstan');
    const section = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'section', options: { ref: '1b report:2017 report:2019' } }));
    expect(section.ephemeral).toBe(true);
    expect(section.body.content).toContain('one report');
  });

  it('searches every report without the option, each citation naming its report', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'how much notice before divers strike' } }));
    const titles = (sent.body.embeds as Array<{ title: string }>).map((e) => e.title.replace(/\\(.)/g, '$1'));
    expect(titles[0]).toContain('Atlantis');
    expect(titles.every((t) => service.reports.some((r) => t.startsWith(`${r.title} · `)))).toBe(true);
  });

  it('reads a section of the chosen report, and its Next page stays in that report', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'section', options: { ref: '2a', report: 'kazakhstan' } }));
    const expected = service.section('2a', { report: KAZAKHSTAN_2017 }) as SectionAnswer;
    expect(expected.pages).toBeGreaterThan(1);
    expect(visibleText(sent.body)).toContain(titleOf(KAZAKHSTAN_2017));
    const next = buttons(sent.body).get('Next ▶')!;
    const page2 = await h.fake.answerTo(h.fake.clickButton(sent.message, next.customId));
    expect(visibleText(page2.body)).toContain(titleOf(KAZAKHSTAN_2017));
    expect(visibleText(page2.body)).toMatch(/2 of|Page 2/);
  });

  it('says kindly, and privately, when the report option names no report or several', async () => {
    const missing = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'prison', report: 'atlantis-1999' } }));
    expect(missing.ephemeral).toBe(true);
    expect(missing.body.content).toContain('/hr reports');
    const several = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'section', options: { ref: '1b', report: '2017' } }));
    expect(several.ephemeral).toBe(true);
    expect(several.body.content).toContain(KAZAKHSTAN_2017);
    expect(several.body.content).toContain(ATLANTIS_2017);
  });

  it('lists the reports for /hr reports, the default first', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'reports' }));
    const text = visibleText(sent.body).replace(/\\(.)/g, '$1');
    const at = service.reports.map((r) => text.indexOf(r.id));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain('default');
  });

  it('says how to read a listed section of the report named, not of the default one', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'sections', options: { report: 'kazakhstan' } }));
    expect(visibleText(sent.body)).toContain(`/hr section ref:<ref> report:${KAZAKHSTAN_2017}`);
    const unknown = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'section', options: { ref: '1z', report: 'kazakhstan' } }));
    expect(unknown.body.content).toContain(`/hr section ref:<ref> report:${KAZAKHSTAN_2017}`);
  });

  it('completes the report option by id, country and year, at most 25 choices', async () => {
    const complete = async (value: string) => h.fake.choicesFor(h.fake.autocomplete({ subcommand: 'search', focused: 'report', value, options: { query: 'prison' } }));
    expect((await complete('')).map((c) => c.value)).toEqual(service.reports.map((r) => r.id));
    expect((await complete('atl')).map((c) => c.value).sort()).toEqual([ATLANTIS_2017, ATLANTIS_2019].sort());
    expect((await complete('2019')).map((c) => c.value)).toEqual([ATLANTIS_2019]);
    expect((await complete('kazakhstan-2017')).map((c) => c.value)).toEqual([KAZAKHSTAN_2017]);
    expect(await complete('narnia')).toEqual([]);
    for (const c of await complete('')) expect(c.name).toBe(titleOf(c.value));
  });

  it('completes section refs from the report already chosen in the command', async () => {
    const refs = await h.fake.choicesFor(h.fake.autocomplete({ subcommand: 'section', focused: 'ref', value: '', options: { report: 'kazakhstan' } }));
    expect(refs.map((c) => c.value)).toEqual(service.suggest('', KAZAKHSTAN_2017).slice(0, 25).map((s) => s.ref));
    expect(refs.map((c) => c.value)).not.toEqual(service.suggest('', ATLANTIS_2019).slice(0, 25).map((s) => s.ref));
  });

  it('answers hostile autocomplete input with at most 25 choices, never pinging, never failing', async () => {
    const values = fc.sample(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom('@everyone', '<@123456789012345678>', '\u0000'.repeat(50), '2017'.repeat(30))), 15);
    for (const value of values) {
      const choices = await h.fake.choicesFor(h.fake.autocomplete({ subcommand: 'section', focused: 'report', value, options: { ref: value } }));
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) expect(c.name).not.toMatch(MENTION);
    }
    expect(h.logs.filter((l) => l.msg === 'interaction failed')).toEqual([]);
  });

  it('shows a fact from the report the fact option names, and completes the option', async () => {
    for (let i = 0; i < 5; i++) {
      const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'fact', options: { report: 'kazakhstan' } }));
      expect(visibleText(sent.body)).toContain(titleOf(KAZAKHSTAN_2017));
    }
    const choices = await h.fake.choicesFor(h.fake.autocomplete({ subcommand: 'fact', focused: 'report', value: '2019', options: {} }));
    expect(choices.map((c) => c.value)).toEqual([ATLANTIS_2019]);
    const missing = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'fact', options: { report: 'narnia' } }));
    expect(missing.ephemeral).toBe(true);
    expect(missing.body.content).toContain('/hr reports');
  });

  it('draws /hr fact from every report without the option, naming the report in the citation', async () => {
    // The last fact of the pool of every report's facts belongs to the last report, not the default one.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    try {
      const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'fact' }));
      expect(visibleText(sent.body)).toContain(titleOf(service.reports.at(-1)!.id));
    } finally {
      random.mockRestore();
    }
  });

  it('passes the report option of /hr daily on to daily facts, resolved to its id', async () => {
    const calls: Array<{ report?: string }> = [];
    const daily = {
      subscribe: async (_channel: unknown, o: { report?: string }) => {
        calls.push(o);
        return { kind: 'notice' as const, message: 'on' };
      },
      unsubscribe: async () => ({ kind: 'notice' as const, message: 'off' }),
      status: async () => ({ kind: 'notice' as const, message: 'status' }),
      factFor: async () => { throw new Error('not used'); },
    };
    const d = await startHarness({ service, daily });
    try {
      await d.fake.answerTo(d.fake.chatInput({ subcommand: 'daily', options: { action: 'on', report: '2019' }, permissions: MANAGE_CHANNELS }));
      const refused = await d.fake.answerTo(d.fake.chatInput({ subcommand: 'daily', options: { action: 'on', report: 'atlantis' }, permissions: MANAGE_CHANNELS }));
      expect(refused.body.content).toContain(ATLANTIS_2017);
      expect(calls).toEqual([{ report: ATLANTIS_2019 }]);
    } finally {
      await d.close();
    }
  });
});
