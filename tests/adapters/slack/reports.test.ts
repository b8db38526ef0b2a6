/** Several reports through the real Bolt app with signed requests: `report:…` in /hr text, its buttons, and /hr reports. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ACTION } from '../../../src/adapters/slack/action-state.js';
import { DailyFactsService } from '../../../src/daily/service.js';
import { SqliteDailyStore } from '../../../src/daily/sqlite-store.js';
import { chooseReport } from '../../../src/search/report-choice.js';
import { ATLANTIS_2017, ATLANTIS_2019, KAZAKHSTAN_2017, severalReportsService } from '../../helpers.js';
import { blockText, buttons, slashAnswer, startHarness, type Harness } from './harness.js';

const service = severalReportsService();
const titleOf = (id: string) => service.reports.find((r) => r.id === id)!.title;

const ADMIN = 'U0ADMIN';
const store = SqliteDailyStore.openInDataDir(mkdtempSync(`${tmpdir()}/hr-bot-slack-reports-`));
const daily = new DailyFactsService({ reports: service.reports.map((report) => ({ report, facts: service.facts(report.id) })), store });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ service, daily });
  h.fake.users.set(ADMIN, { id: ADMIN, is_admin: true });
});
afterAll(async () => {
  await h.close();
  await store.close();
});
beforeEach(() => h.fake.reset());

const hr = (text: string, userId?: string) => slashAnswer(h, text, userId);

async function click(actionId: string, value: string) {
  const responseUrl = h.fake.responseUrl();
  const id = responseUrl.split('/').pop()!;
  expect((await h.sender.blockAction({ actionId, value, responseUrl })).status).toBe(200);
  await h.fake.waitFor((f) => f.responsesTo(id).length > 0);
  return h.fake.responsesTo(id)[0]!.body;
}

describe('report:… on Slack', () => {
  test('keeps a search, and its More results, to the report named by country', async () => {
    const first = await hr('search prison report:kazakhstan');
    expect(blockText(first)).toContain(titleOf(KAZAKHSTAN_2017));
    expect(blockText(first)).not.toContain('Atlantis');
    const next = await click(ACTION.more, buttons(first).get(ACTION.more)!.value);
    expect(blockText(next)).toContain(titleOf(KAZAKHSTAN_2017));
    expect(blockText(next)).not.toContain('Atlantis');
  });

  test('reads the section of the report named by year', async () => {
    const text = blockText(await hr('section 1b report:2019'));
    expect(text).toContain('42 complaints');
    expect(text).not.toContain('17 complaints');
  });

  test('opens a suggested section, under an unknown-section error, in the report named', async () => {
    const error = await hr('section 1z report:kazakhstan');
    const open = [...buttons(error).entries()].find(([id]) => id.startsWith(ACTION.open))!;
    const section = blockText(await click(open[0], open[1].value));
    expect(section).toContain(titleOf(KAZAKHSTAN_2017));
    expect(section).not.toContain('Atlantis');
  });

  test("opens a section's subsections in the report named", async () => {
    const parent = await hr('section 1 report:kazakhstan');
    const open = [...buttons(parent).entries()].find(([, b]) => b.text.startsWith('§1.b'))!;
    const section = blockText(await click(open[0], open[1].value));
    expect(section).toContain(titleOf(KAZAKHSTAN_2017));
    expect(section).not.toContain('Atlantis');
  });

  test('says which reports a year fits when it fits several', async () => {
    const text = blockText(await hr('search prison report:2017'));
    expect(text).toContain(KAZAKHSTAN_2017);
    expect(text).toContain(ATLANTIS_2017);
    expect(text).not.toContain(ATLANTIS_2019);
  });

  test('points to /hr reports for a report that is not there', async () => {
    const text = blockText(await hr('search prison report:atlantis-1999'));
    expect(text).toContain('/hr reports');
    expect(text).toContain('atlantis-1999');
  });

  test('gives, under /hr reports, an example report name that picks one of the reports installed', async () => {
    const text = blockText(await hr('reports'));
    const example = /e\.g\. `\/hr search torture report:(\S+?)`/.exec(text)?.[1];
    expect(example).toBeDefined();
    expect(chooseReport(service.reports, example!).kind).toBe('one');
  });

  test('says how to read a listed section of the report named, not of the default one', async () => {
    const text = blockText(await hr('sections report:kazakhstan'));
    expect(text).toContain(`/hr section 2a report:${KAZAKHSTAN_2017}`);
  });

  test('lists the reports for /hr reports, the default first', async () => {
    const text = blockText(await hr('reports'));
    const at = service.reports.map((r) => text.indexOf(r.id));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('/hr daily on … report:… on Slack', () => {
  const channel = { platform: 'slack' as const, channelId: 'C0GENERAL' };

  test('keeps the channel to the report named by year, and /hr fact then shows that report', async () => {
    const on = blockText(await hr('daily on 08:00 report:2019', ADMIN));
    expect(on).toContain(`from the ${titleOf(ATLANTIS_2019)}`);
    const sub = await store.subscription(channel);
    expect(sub).toMatchObject({ time: '08:00', report: ATLANTIS_2019 });
    const fact = blockText(await hr('fact'));
    expect(fact).toContain(titleOf(ATLANTIS_2019));
  });

  test('shows a fact from the report /hr fact names, whatever the channel keeps to', async () => {
    for (let i = 0; i < 3; i++) expect(blockText(await hr('fact report:kazakhstan'))).toContain(titleOf(KAZAKHSTAN_2017));
  });

  test('refuses a year two reports share, changing nothing', async () => {
    const before = await store.subscription(channel);
    const text = blockText(await hr('daily on 10:00 report:2017', ADMIN));
    expect(text).toContain(KAZAKHSTAN_2017);
    expect(text).toContain(ATLANTIS_2017);
    expect(await store.subscription(channel)).toEqual(before);
  });
});
