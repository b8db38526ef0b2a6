/**
 * Real Node processes on one store (a SQLite file, or one PostgreSQL database), racing for the same
 * channels' posts, and one of them killed with SIGKILL in the middle of a send. The sources are
 * transpiled with TypeScript into a folder under node_modules, where they find the packages.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoreLocation } from '../../src/daily/open-store.js';
import { BACKENDS, openAt } from './backends.js';
import type { ProcessBotOptions } from './process-bot.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', `hr-bot-daily-processes-${process.pid}`);

beforeAll(() => {
  const sources = [
    ...readdirSync(join(ROOT, 'src', 'daily')).map((f) => join(ROOT, 'src', 'daily', f)),
    // The store's feedback half, which both backends import.
    join(ROOT, 'src', 'feedback', 'store.ts'),
    join(ROOT, 'src', 'feedback', 'store-rows.ts'),
    join(ROOT, 'src', 'answers.ts'),
    join(ROOT, 'src', 'log.ts'),
    join(ROOT, 'src', 'paths.ts'),
    join(ROOT, 'src', 'sha256.ts'),
    join(ROOT, 'tests', 'daily', 'process-bot.ts'),
  ].filter((f) => f.endsWith('.ts'));
  for (const file of sources) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, esModuleInterop: true },
      fileName: file,
    });
    const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  // The package root the transpiled code finds is OUT: it needs the PostgreSQL migrations there.
  writeFileSync(join(OUT, 'package.json'), '{"type":"module"}');
  cpSync(join(ROOT, 'migrations'), join(OUT, 'migrations'), { recursive: true });
});

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Posted {
  by: string;
  channel: string;
  date: string;
  factId: string;
}

interface BotProcess {
  go: () => void;
  /** What it posted, once it exits after its check. */
  done: Promise<Posted[]>;
  child: ChildProcessWithoutNullStreams;
  /** Everything it printed so far. */
  output: () => string;
}

/** Starts a bot process and resolves once it is ready; `go()` lets it check. */
async function botProcess(options: ProcessBotOptions): Promise<BotProcess> {
  const child = spawn(process.execPath, [join(OUT, 'tests', 'daily', 'process-bot.js'), JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`${options.name} exited (${code}) before it was ready: ${err}`)));
  });
  const done = new Promise<Posted[]>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0 || !out.includes('done\n')) reject(new Error(`${options.name} exited with ${code}: ${err}`));
      else resolve(postedIn(out));
    });
  });
  // Reported through `ready` when the process dies early; `done` is awaited only after that.
  done.catch(() => {});
  await ready;
  return { go: () => child.stdin.write('go\n'), done, child, output: () => out };
}

function postedIn(out: string): Posted[] {
  return out.split('\n').filter((l) => l.startsWith('{"by"')).map((l) => JSON.parse(l) as Posted);
}

/** `n` channels, half Discord and half Slack, each due since midnight UTC today. */
async function subscribeChannels(location: StoreLocation, n: number): Promise<Array<{ platform: 'discord' | 'slack'; channelId: string }>> {
  const store = await openAt(location);
  const channels = Array.from({ length: n }, (_, i) => ({ platform: i % 2 ? ('slack' as const) : ('discord' as const), channelId: `C${i}` }));
  for (const channel of channels) await store.saveSubscription({ channel, time: '00:00', timeZone: 'UTC', status: 'active', source: 'command', activeFrom: 0 }, Date.now());
  await store.close();
  return channels;
}

const key = (c: { platform: string; channelId: string }): string => `${c.platform}:${c.channelId}`;

describe.each(BACKENDS)('bot processes on one $name store', (backend) => {
  it.skipIf(backend.skip)('post each channel once between them when three wake at the same moment', async () => {
    const location = await backend.newLocation();
    const channels = await subscribeChannels(location, 40);
    const bots = await Promise.all(['a', 'b', 'c'].map((name) => botProcess({ location, name })));
    for (const bot of bots) bot.go();
    const posted = (await Promise.all(bots.map((b) => b.done))).flat();

    expect(posted.map((p) => p.channel).sort()).toEqual(channels.map(key).sort());
    const store = await openAt(location);
    for (const channel of channels) {
      const posts = await store.posts(channel);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ state: 'sent' });
      expect(posted.find((p) => p.channel === key(channel))?.by).toBe(posts[0]!.owner);
    }
    await store.close();
  }, 30_000);

  it.skipIf(backend.skip)('never resend a post whose process was killed mid-send, and post the rest once', async () => {
    const location = await backend.newLocation();
    const channels = await subscribeChannels(location, 12);
    const leaseMs = 1500;
    const doomed = await botProcess({ location, name: 'doomed', hangOn: 'discord:C4', leaseMs });
    doomed.go();
    const deadline = Date.now() + 15_000;
    while (!doomed.output().includes('"sending":"discord:C4"') && Date.now() < deadline) await sleep(20);
    doomed.child.kill('SIGKILL');
    await new Promise((resolve) => doomed.child.once('exit', resolve));
    const before = postedIn(doomed.output());

    await sleep(leaseMs + 100); // the dead process's leases run out
    const survivor = await botProcess({ location, name: 'survivor', leaseMs });
    survivor.go();
    const after = await survivor.done;

    const all = [...before, ...after].map((p) => p.channel);
    expect(new Set(all).size).toBe(all.length); // nothing posted twice
    expect(all).not.toContain('discord:C4');
    // Every other channel was posted once, unless it too was mid-send when the kill came: then it is
    // uncertain, like C4, and left alone (which of them were depends on timing).
    const store = await openAt(location);
    const day = new Date().toISOString().slice(0, 10);
    expect(await store.post({ platform: 'discord', channelId: 'C4' }, day)).toMatchObject({ state: 'uncertain', owner: 'doomed' });
    for (const channel of channels) {
      const post = await store.post(channel, day);
      if (all.includes(key(channel))) expect(post?.state === 'sent' || (post?.state === 'uncertain' && post.owner === 'doomed')).toBe(true);
      else expect(post).toMatchObject({ state: 'uncertain', owner: 'doomed' });
    }
    await store.close();
  }, 30_000);
});
