/**
 * The Discord adapter end to end: a real discord.js client running the adapter over the real report,
 * connected to the fake Discord; assertions are on what reaches the fake's REST API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGE_CHANNELS } from '../../fakes/discord/server.js';
import { buttons, realService, startHarness, visibleText, type Harness } from './harness.js';
import { readable } from './readable.js';

const QUESTION = 'how long can police hold a detainee';
/** What Discord would read as a ping or a mention, were it not neutralised. */
const MENTION = /@everyone|@here|<@!?\d+>|<@&\d+>/;

/** Embed titles with Discord's markdown escapes removed: what the user reads. */
const titlesOf = (body: { embeds?: Array<{ title?: string }> }): string[] => (body.embeds ?? []).map((e) => (e.title ?? '').replace(/\\(.)/g, '$1'));

describe('Discord adapter against a fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('identifies without privileged intents and keeps its heartbeats acknowledged', async () => {
    const privileged = (1 << 1) | (1 << 8) | (1 << 15);
    expect(h.fake.identifies).toHaveLength(1);
    expect(Number(h.fake.identifies[0].intents) & privileged).toBe(0);
    await h.fake.waitFor(() => h.fake.heartbeatAcks > 0, 3000, 'a heartbeat');
  });

  it('answers /hr search privately with cited excerpts, the answer in bold and matched terms underlined', async () => {
    const expected = realService().search(QUESTION);
    if (expected.kind !== 'search') throw new Error('the report should answer the question');
    const i = h.fake.chatInput({ subcommand: 'search', options: { query: QUESTION } });
    const sent = await h.fake.answerTo(i);

    expect(sent.via).toBe('reply');
    expect(sent.ephemeral).toBe(true);
    expect(sent.body.allowed_mentions).toEqual({ parse: [] });
    expect(titlesOf(sent.body)).toEqual(expected.hits.slice(0, 3).map((hit) => hit.citation));
    const first = sent.body.embeds[0];
    expect(first.description).toMatch(/\*\*[^*]*__police__/);
    expect(first.description.replace(/[*_\\]/g, '')).toContain(expected.hits[0]!.answer);
    expect(first.footer.text).toContain(expected.report.title);
    expect(sent.body.content).toContain(`of ${expected.total}`);
  });

  it('pages search results in place with More results, and shares them publicly without pinging', async () => {
    const i = h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' } });
    const first = await h.fake.answerTo(i);
    const firstButtons = buttons(first.body);
    expect([...firstButtons.keys()]).toEqual(['Share in channel', 'More results']);
    for (const b of firstButtons.values()) expect(b.customId.length).toBeLessThanOrEqual(100);

    const more = h.fake.clickButton(first.message, firstButtons.get('More results')!.customId);
    const page2 = await h.fake.answerTo(more);
    const expected = realService().search('torture', { offset: 3 });
    if (expected.kind !== 'search') throw new Error('torture should have more than 3 results');
    expect(page2.via).toBe('update');
    expect(page2.message.id).toBe(first.message.id);
    expect(titlesOf(page2.body)).toEqual(expected.hits.map((hit) => hit.citation));
    expect(page2.body.content).toContain('Results 4–6');

    const share = h.fake.clickButton(page2.message, buttons(page2.body).get('Share in channel')!.customId);
    const shared = await h.fake.answerTo(share);
    expect(shared.via).toBe('reply');
    expect(shared.ephemeral).toBe(false);
    expect(shared.body.content).toContain(`Shared by <@${h.fake.user.id}>`);
    expect(shared.body.allowed_mentions).toEqual({ parse: [] });
    expect(titlesOf(shared.body)).toEqual(titlesOf(page2.body));
    expect(buttons(shared.body).has('Share in channel')).toBe(false);
  });

  it('completes section refs with at most 25 matching sections', async () => {
    for (const typed of ['pri', '', 'internet']) {
      const i = h.fake.autocomplete({ subcommand: 'section', focused: 'ref', value: typed });
      const choices = await h.fake.choicesFor(i);
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      expect(choices.map((c) => c.value)).toEqual(realService().suggest(typed).slice(0, 25).map((s) => s.ref));
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('reads a section page by page with Prev and Next and the heading path', async () => {
    const expected = realService().section('2a');
    if (expected.kind !== 'section' || expected.pages < 3) throw new Error('§2.a should span several pages');
    const i = h.fake.chatInput({ subcommand: 'section', options: { ref: '2a' } });
    const page1 = await h.fake.answerTo(i);
    expect(titlesOf(page1.body)).toEqual([expected.label]);
    expect(page1.body.embeds[0].footer.text).toContain(`page 1 of ${expected.pages}`);
    expect(buttons(page1.body).get('◀ Prev')?.disabled).toBe(true);

    const next = h.fake.clickButton(page1.message, buttons(page1.body).get('Next ▶')!.customId);
    const page2 = await h.fake.answerTo(next);
    expect(page2.via).toBe('update');
    expect(page2.body.embeds[0].footer.text).toContain(`page 2 of ${expected.pages}`);
    expect(page2.body.embeds[0].description).not.toEqual(page1.body.embeds[0].description);

    const prev = h.fake.clickButton(page2.message, buttons(page2.body).get('◀ Prev')!.customId);
    const back = await h.fake.answerTo(prev);
    expect(back.body.embeds[0].footer.text).toContain(`page 1 of ${expected.pages}`);
    expect(back.body.embeds[0].description).toEqual(page1.body.embeds[0].description);
  });

  it('answers a mention in a thread on the question, and ignores messages that do not mention it', async () => {
    h.fake.postMessage({ content: 'prison conditions are harsh, anyone read about this?' });
    const question = h.fake.postMessage({ content: `${QUESTION}?`, mentionBot: true });
    const thread = await h.fake.waitFor(() => h.fake.requests.find((r) => r.path === `/channels/${h.fake.channel.id}/messages/${question.id}/threads`));
    expect(thread.body.name).toBe(`${QUESTION}?`);
    const answer = await h.fake.waitFor(() => h.fake.sent.find((s) => s.via === 'channel' && s.channelId === question.id));
    const expected = realService().search(`${QUESTION}?`);
    if (expected.kind !== 'search') throw new Error('the report should answer the question');
    expect(titlesOf(answer.body)).toEqual(expected.hits.map((hit) => hit.citation));
    expect(answer.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(buttons(answer.body).has('Share in channel')).toBe(false);
    // Only the mention was answered: no other thread or message went out for the first post.
    expect(h.fake.requests.filter((r) => r.path.endsWith('/threads'))).toHaveLength(1);

    // More results on the public answer go privately to whoever clicked, leaving the thread as it was.
    const more = h.fake.clickButton(answer.message, buttons(answer.body).get('More results')!.customId);
    const page2 = await h.fake.answerTo(more);
    expect(page2).toMatchObject({ via: 'reply', ephemeral: true, channelId: question.id });
    expect(page2.body.content).toContain('Results 4–6');
    expect(h.fake.messages.get(answer.message.id).edited_timestamp).toBeNull();
  });

  it('answers /hr in a DM privately, like in a server', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' }, dm: true }));
    expect(sent.ephemeral).toBe(true);
    expect(sent.channelId).not.toBe(h.fake.channel.id);
    expect(titlesOf(sent.body)).toHaveLength(3);
  });

  it('acknowledges a command that arrives late first, then edits the answer in', async () => {
    const i = h.fake.chatInput({ subcommand: 'search', options: { query: QUESTION }, ageMs: 2300 });
    const edit = await h.fake.waitFor(() => h.fake.sentFor(i).find((s) => s.via === 'edit'), 3000, 'the edited answer');
    const sent = h.fake.sentFor(i);
    expect(sent.map((s) => s.via)).toEqual(['defer', 'edit']);
    expect(sent[0]!.ephemeral).toBe(true);
    expect(edit.ephemeral).toBe(true);
    expect(edit.body.embeds).toHaveLength(3);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a DM like the command, as a reply', async () => {
    const dm = h.fake.postMessage({ content: 'section 2a', dm: true });
    const answer = await h.fake.waitFor(() => h.fake.sent.find((s) => s.via === 'channel' && s.body.message_reference?.message_id === dm.id));
    const expected = realService().section('2a');
    if (expected.kind !== 'section') throw new Error('2a is a section');
    expect(titlesOf(answer.body)).toEqual([expected.label]);
  });

  it.each([
    ['an empty query', '   ', 'empty-query'],
    ['an unknown section', 'section zz-nowhere-to-be-found', 'unknown-section'],
  ])('turns %s into a short private explanation', async (_what, text, code) => {
    const [sub, ...rest] = text.startsWith('section') ? ['section', text.slice(8)] : ['search', text];
    const i = sub === 'section'
      ? h.fake.chatInput({ subcommand: 'section', options: { ref: rest.join('') } })
      : h.fake.chatInput({ subcommand: 'search', options: { query: text } });
    const sent = await h.fake.answerTo(i);
    const expected = sub === 'section' ? realService().section(rest.join('')) : realService().search(text);
    expect(expected.kind === 'error' && expected.code).toBe(code);
    expect(sent.ephemeral).toBe(true);
    expect(sent.body.embeds).toEqual([]);
    if (expected.kind === 'error') expect(sent.body.content.replace(/\\(.)/g, '$1')).toContain(expected.message);
    expect(h.logs.find((l) => l.interactionId === i.id)).toMatchObject({ code });
  });

  it('refuses a huge query politely instead of searching', async () => {
    const i = h.fake.chatInput({ subcommand: 'search', options: { query: 'torture '.repeat(600) } });
    const sent = await h.fake.answerTo(i);
    expect(sent.ephemeral).toBe(true);
    expect(sent.body.content).toMatch(/under 300 characters/);
  });

  it.each([
    ['unicode', 'пытки 🙂 détention prisons'],
    ['control characters', 'torture\u0000\u0007\u001b[31m\u202e prisons'],
    ['mentions', '@everyone @here <@123456789012345678> <@&123456789012345678> torture'],
  ])('answers a query with %s without echoing anything that pings or breaks', async (_what, query) => {
    const i = h.fake.chatInput({ subcommand: 'search', options: { query } });
    const sent = await h.fake.answerTo(i);
    const text = visibleText(sent.body);
    expect(text).not.toMatch(MENTION);
    expect(text).not.toMatch(/(?![\n\t])[\p{Cc}\u202e]/u);
    expect(text).not.toMatch(/something went wrong/i);
    expect(sent.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('neutralises @everyone in a mention and in the thread it opens', async () => {
    const question = h.fake.postMessage({ content: '@everyone torture <@&123456789012345678>', mentionBot: true });
    const answer = await h.fake.waitFor(() => h.fake.sent.find((s) => s.via === 'channel' && s.channelId === question.id));
    const thread = h.fake.requests.find((r) => r.path.endsWith(`/messages/${question.id}/threads`));
    expect(thread?.body.name).not.toMatch(MENTION);
    expect(visibleText(answer.body)).not.toMatch(MENTION);
    expect(answer.body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('retries a reply refused with 429 and retry_after, losing nothing', async () => {
    h.fake.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 429, retryAfter: 0.3 });
    const i = h.fake.chatInput({ subcommand: 'search', options: { query: 'elections' } });
    const sent = await h.fake.answerTo(i);
    const calls = h.fake.requests.filter((r) => r.path === `/interactions/${i.id}/${i.token}/callback`);
    expect(calls.map((c) => c.status)).toEqual([429, 204]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(300);
    expect(sent.body.embeds.length).toBeGreaterThan(0);
  });

  it('lists sections and shows help', async () => {
    const sections = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'sections' }));
    const toc = realService().sections();
    if (toc.kind !== 'sections') throw new Error('the report has sections');
    expect(sections.body.embeds[0].description).toContain('`2a/internet-freedom`');
    expect(sections.body.embeds[0].description.length).toBeLessThanOrEqual(4096);
    const help = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'help' }));
    for (const c of realService().help().commands) expect(help.body.embeds[0].description).toContain(c.usage);
  });

  it('posts a fact to a channel with no mentions through the poster', async () => {
    const search = realService().search('torture');
    if (search.kind !== 'search') throw new Error('torture is in the report');
    const hit = search.hits[0]!;
    const fact = { id: hit.paragraphId, text: `@everyone ${hit.answer}`, citation: hit.citation, sectionId: hit.sectionId, paragraphId: hit.paragraphId };
    await h.adapter.poster!.post(h.fake.channel.id, { kind: 'fact', report: search.report, fact, date: '2026-11-28' });
    const posted = h.fake.sent.filter((s) => s.via === 'channel' && s.channelId === h.fake.channel.id).at(-1)!;
    expect(posted.body.allowed_mentions).toEqual({ parse: [] });
    expect(posted.body.embeds[0].description.replace(/\\(.)/g, '$1')).toContain(hit.answer);
    expect(visibleText(posted.body)).not.toMatch(MENTION);
    expect(posted.body.embeds[0].footer.text).toContain(hit.citation);
  });

  it('reports poster failures as retryable or final', async () => {
    const answer = realService().fact();
    const fact = answer.kind === 'fact' ? answer : { kind: 'fact' as const, report: realService().reports[0]!, fact: { id: 'x', text: 'A fact.', citation: '§1', sectionId: '1', paragraphId: '1#1' } };
    h.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403 });
    await expect(h.adapter.poster!.post(h.fake.channel.id, fact)).rejects.toMatchObject({ name: 'PostError', retryable: false });
    await expect(h.adapter.poster!.post('123456789012345678', fact)).rejects.toMatchObject({ name: 'PostError', retryable: false });
    h.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 502, times: 4 });
    await expect(h.adapter.poster!.post(h.fake.channel.id, fact)).rejects.toMatchObject({ name: 'PostError', retryable: true });
  });

  it('lands a fact post refused once with 429, after the wait Discord asked for', async () => {
    const search = realService().search('elections');
    if (search.kind !== 'search') throw new Error('elections are in the report');
    const hit = search.hits[0]!;
    const before = h.fake.sent.length;
    h.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 429, retryAfter: 0.2 });
    await h.adapter.poster!.post(h.fake.channel.id, { kind: 'fact', report: search.report, fact: { id: hit.paragraphId, text: hit.answer, citation: hit.citation, sectionId: hit.sectionId, paragraphId: hit.paragraphId } });
    expect(h.fake.sent.slice(before).map((s) => s.via)).toEqual(['channel']);
    const posts = h.fake.requests.filter((r) => r.path === `/channels/${h.fake.channel.id}/messages`).slice(-2);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
  });

  it('shows a fact from the report for /hr fact', async () => {
    const sent = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'fact' }));
    const facts = realService().facts();
    if (facts.length === 0) {
      // The report yields no facts yet: the service's own explanation, privately.
      const expected = realService().fact();
      expect(expected.kind).toBe('error');
      expect(sent.ephemeral).toBe(true);
      if (expected.kind === 'error') expect(sent.body.content).toContain(expected.message);
    } else {
      expect(facts.map((f) => f.text)).toContain(readable(sent.body.embeds[0].description));
    }
  });
});

describe('Discord adapter when things go wrong', () => {
  it('fails start-up clearly when Discord refuses the token', async () => {
    await expect(startHarness({ token: 'not-the-bot-token' })).rejects.toMatchObject({ code: 'TokenInvalid' });
  });

  it('apologises privately for a failure inside the bot and logs it with the interaction id', async () => {
    const service = realService();
    const broken = { ...service, reports: service.reports, search: () => { throw new Error('index exploded'); } };
    const h = await startHarness({ service: broken });
    try {
      const i = h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' } });
      const sent = await h.fake.answerTo(i);
      expect(sent.ephemeral).toBe(true);
      expect(sent.body.content).toMatch(/Sorry, something went wrong/);
      expect(sent.body.content).not.toMatch(/exploded/);
      const line = h.logs.find((l) => l.level === 50 && l.interactionId === i.id);
      expect(line?.err).toMatchObject({ message: 'index exploded' });

      // After a defer, the apology edits the deferred reply instead of replying twice.
      const late = h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' }, ageMs: 2300 });
      const edit = await h.fake.waitFor(() => h.fake.sentFor(late).find((s) => s.via === 'edit'), 3000, 'the edited apology');
      expect(h.fake.sentFor(late).map((s) => s.via)).toEqual(['defer', 'edit']);
      expect(edit.body.content).toMatch(/Sorry, something went wrong/);
    } finally {
      await h.close();
    }
  });

  it('asks a user who asks too often to slow down', async () => {
    const h = await startHarness({ rateLimit: { max: 2, windowMs: 60_000 } });
    try {
      const answers = [];
      for (let n = 0; n < 3; n++) answers.push(await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' } })));
      expect(answers[1]!.body.embeds.length).toBeGreaterThan(0);
      expect(answers[2]!.ephemeral).toBe(true);
      expect(answers[2]!.body.embeds).toEqual([]);
      expect(answers[2]!.body.content).toMatch(/wait \d+ s/);
      // Someone else is not slowed down by it.
      const other = { id: '223456789012345678', username: 'bob' };
      const theirs = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' }, user: other }));
      expect(theirs.body.embeds.length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('keeps answering after the gateway closes the socket, including what was sent while it was away', async () => {
    const h = await startHarness();
    try {
      h.fake.closeGateway(4000);
      const whileAway = h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' } });
      await h.fake.waitFor(() => h.fake.openSockets === 1 && h.fake.gatewayOps.includes(6), 5000, 'a resume');
      expect((await h.fake.answerTo(whileAway)).body.embeds.length).toBeGreaterThan(0);
      const after = h.fake.chatInput({ subcommand: 'section', options: { ref: '7' } });
      expect((await h.fake.answerTo(after)).body.embeds.length).toBe(1);
    } finally {
      await h.close();
    }
  });

  it('identifies again when the gateway forgot its session, and keeps answering', async () => {
    const h = await startHarness({
      // discord.js waits 5 s between identifies on one bucket; the fake has no such limit.
      adapter: { clientOptions: { ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => undefined }) } } },
    });
    try {
      h.fake.closeGateway(4000, { forgetSessions: true });
      await h.fake.waitFor(() => h.fake.identifies.length === 2 && h.fake.openSockets === 1, 8000, 'a second identify');
      const i = h.fake.chatInput({ subcommand: 'search', options: { query: 'elections' } });
      expect((await h.fake.answerTo(i)).body.embeds.length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('says a button expired when its state is gone', async () => {
    const { ButtonIds } = await import('../../../src/adapters/discord/button-ids.js');
    let now = Date.now();
    const h = await startHarness({ adapter: { buttonIds: new ButtonIds({ ttlMs: 60_000, now: () => now }) } });
    try {
      // Too long for a custom_id, so the query waits in the cache.
      const query = 'how long can police hold a detainee before bringing charges and what do human rights observers say about it';
      const first = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query } }));
      const more = buttons(first.body).get('More results')!;
      expect(more.customId.length).toBeLessThanOrEqual(100);
      now += 61_000;
      const click = await h.fake.answerTo(h.fake.clickButton(first.message, more.customId));
      expect(click.via).toBe('reply');
      expect(click.ephemeral).toBe(true);
      expect(click.body.content).toMatch(/expired/);
    } finally {
      await h.close();
    }
  });

  it('finishes a reply in flight before stop() destroys the client', async () => {
    const h = await startHarness();
    h.fake.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 429, retryAfter: 0.4 });
    const i = h.fake.chatInput({ subcommand: 'search', options: { query: 'torture' } });
    await h.fake.waitFor(() => h.fake.requests.some((r) => r.status === 429), 5000, 'the first, refused reply');
    await h.adapter.stop();
    expect(h.fake.sentFor(i).map((s) => s.via)).toEqual(['reply']);
    await h.fake.waitFor(() => h.fake.openSockets === 0, 2000, 'the client to disconnect');
    await h.fake.close();
  });

  it('lets people who manage the channel turn daily facts on', async () => {
    const calls: string[] = [];
    const daily = {
      subscribe: async (channel: { channelId: string }, o: { time?: string }) => {
        calls.push(`on ${channel.channelId} ${o.time ?? ''}`);
        return { kind: 'notice' as const, message: `Daily facts are on at ${o.time ?? '09:00'}.` };
      },
      unsubscribe: async () => ({ kind: 'notice' as const, message: 'off' }),
      status: async () => ({ kind: 'notice' as const, message: 'status' }),
      factFor: async () => { throw new Error('not used'); },
    };
    const h = await startHarness({ daily });
    try {
      const denied = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'daily', options: { action: 'on', time: '08:30' } }));
      expect(denied.body.content).toMatch(/manage this channel/);
      expect(calls).toEqual([]);
      const command = h.fake.chatInput({ subcommand: 'daily', options: { action: 'on', time: '08:30' }, permissions: MANAGE_CHANNELS });
      const allowed = await h.fake.answerTo(command);
      expect(calls).toEqual([`on ${h.fake.channel.id} 08:30`]);
      expect(allowed.body.content).toContain('Daily facts are on at 08:30');
      // The store behind daily facts may be a database server: acknowledged first, then answered.
      expect(h.fake.sentFor(command).map((s) => s.via)).toEqual(['defer', 'edit']);
    } finally {
      await h.close();
    }
  });
});
