/**
 * Two real Node processes on one database file, racing for the same channels' posts. The sources
 * are transpiled with TypeScript into a folder under node_modules, where they find the packages.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DailyStore } from '../../src/daily/store.js';
import { tempDataDir } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', `hr-bot-daily-processes-${process.pid}`);

beforeAll(() => {
  const sources = [
    ...readdirSync(join(ROOT, 'src', 'daily')).map((f) => join(ROOT, 'src', 'daily', f)),
    join(ROOT, 'src', 'answers.ts'),
    join(ROOT, 'src', 'log.ts'),
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
  writeFileSync(join(OUT, 'package.json'), '{"type":"module"}');
});

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

interface Posted {
  by: string;
  channel: string;
  date: string;
  factId: string;
}

/** Starts a bot process and resolves once it is ready; `go()` lets it check, `done` has what it posted. */
async function botProcess(dataDir: string, name: string): Promise<{ go: () => void; done: Promise<Posted[]> }> {
  const child = spawn(process.execPath, [join(OUT, 'tests', 'daily', 'process-bot.js'), dataDir, name], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready: ${err}`)));
  });
  const done = new Promise<Posted[]>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0 || !out.includes('done\n')) reject(new Error(`${name} exited with ${code}: ${err}`));
      else resolve(out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Posted));
    });
  });
  // Reported through `ready` when the process dies early; `done` is awaited only after that.
  done.catch(() => {});
  await ready;
  return { go: () => child.stdin.write('go\n'), done };
}

describe('two bot processes on one database file', () => {
  it('post each channel once between them when both wake at the same moment', async () => {
    const dataDir = tempDataDir();
    const store = DailyStore.openInDataDir(dataDir);
    const channels = Array.from({ length: 40 }, (_, i) => ({ platform: i % 2 ? ('slack' as const) : ('discord' as const), channelId: `C${i}` }));
    // Due since midnight UTC today, so each process's first check finds every channel owed.
    for (const channel of channels) store.saveSubscription({ channel, time: '00:00', timeZone: 'UTC', status: 'active', source: 'command', activeFrom: 0 }, Date.now());
    store.close();

    const [a, b] = await Promise.all([botProcess(dataDir, 'a'), botProcess(dataDir, 'b')]);
    a.go();
    b.go();
    const posted = [...(await a.done), ...(await b.done)];

    expect(posted.map((p) => p.channel).sort()).toEqual(channels.map((c) => `${c.platform}:${c.channelId}`).sort());
    const reopened = DailyStore.openInDataDir(dataDir);
    for (const channel of channels) {
      const posts = reopened.posts(channel);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ state: 'sent' });
      expect(posted.find((p) => p.channel === `${channel.platform}:${channel.channelId}`)?.by).toBe(posts[0]!.owner);
    }
    reopened.close();
  }, 20_000);
});
