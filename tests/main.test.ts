import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { FakeDiscord } from './fakes/discord/server.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'main.js');
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)));

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('npm start with Discord credentials', () => {
  it('connects to Discord, answers /hr, and on SIGTERM stops cleanly with exit code 0', async () => {
    fake = await FakeDiscord.start({ token: 'main-test-token' });
    const child = spawn(process.execPath, [MAIN], {
      cwd: packageRoot(),
      env: { ...CLEAN_ENV, DISCORD_TOKEN: 'main-test-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    await fake.waitFor(() => logs.includes('discord ready'), 15_000, 'the bot to be ready');
    const sent = await fake.answerTo(fake.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
    expect(JSON.stringify(sent.body)).toContain('Denial of Fair Public Trial');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).toContain('discord stopped');
    expect(logs).not.toContain('main-test-token');
  }, 30_000);

  it('fails start-up with one fatal line and exit code 1 when Discord refuses the token', async () => {
    fake = await FakeDiscord.start({ token: 'the-right-token' });
    const child = spawn(process.execPath, [MAIN], {
      cwd: packageRoot(),
      env: { ...CLEAN_ENV, DISCORD_TOKEN: 'a-wrong-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    const fatal = logs.split('\n').filter((l) => l.includes('"level":60'));
    expect(fatal).toHaveLength(1);
    expect(logs).not.toContain('a-wrong-token');
  }, 30_000);
});
