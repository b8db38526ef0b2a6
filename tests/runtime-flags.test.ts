import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

// The bot and `hr` run with one V8 worker thread (docs/deployment.md): with Node's default four, on a
// 2-core host, ~1.5 % of warm queries were preempted for 1–9 ms. The flag is easy to lose from one of
// the places that start node, so each is read here.
const root = packageRoot();
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const flagsOf = (command: string) => command.split(/\s+/).filter((arg) => arg.startsWith('--'));
const botFlags = flagsOf(scripts.start!);
/** The `NAME=value` words a command line sets in node's environment (before `exec node`, or in a unit's `Environment=`). */
const environmentOf = (command: string) => Object.fromEntries(command.split(/\s+/).filter((w) => /^[A-Z_][A-Z0-9_]*=/.test(w)).map((w) => w.split('=') as [string, string]));
const botEnvironment = environmentOf(scripts.start!);

describe('the node flags the product runs with', () => {
  it('starts the bot with one V8 worker thread', () => {
    expect(botFlags).toContain('--v8-pool-size=1');
  });

  it('gives the container and the systemd unit the same flags as npm start', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
    expect(flagsOf((JSON.parse(cmd!) as string[]).join(' '))).toEqual(botFlags);
    const execStart = /^ExecStart=(.*)$/m.exec(read('docs/deployment.md'))?.[1];
    expect(flagsOf(execStart!)).toEqual(botFlags);
  });

  it('benches the bot in process with the flags it runs with', () => {
    for (const flag of botFlags) expect(flagsOf(scripts.bench!)).toContain(flag);
  });

  // glibc otherwise raises its trim threshold after a large block is freed, and V8's compiler zones and start-up's
  // parsing then stay in its arenas as freed memory, ~2–4 MB of the bot's RSS (docs/deployment.md, Memory).
  it("starts the bot with glibc's trim threshold fixed at 128 KB, in the container and the systemd unit too", () => {
    expect(botEnvironment).toEqual({ MALLOC_TRIM_THRESHOLD_: '131072' });
    const containerEnv = Object.assign({}, ...[...read('Dockerfile').matchAll(/^ENV (.*)$/gm)].map((m) => environmentOf(m[1]!))) as Record<string, string>;
    expect(containerEnv).toMatchObject(botEnvironment);
    const unitEnv = Object.assign({}, ...[...read('docs/deployment.md').matchAll(/^Environment=(.*)$/gm)].map((m) => environmentOf(m[1]!))) as Record<string, string>;
    expect(unitEnv).toMatchObject(botEnvironment);
    expect(environmentOf(scripts.bench!)).toEqual(botEnvironment);
  });

  // undici's HTTP parser (llhttp, compiled to WebAssembly; discord.js's REST client and node's fetch) is one 29 KB
  // function that V8 recompiled with TurboFan after a few requests: 1–2 s on the one worker thread, holding ~24 MB of
  // compiler zones, the bot's RSS ~25 MB higher meanwhile (docs/search-speed.md, issue 13 round 68).
  it("keeps WebAssembly on its baseline compiler, so the HTTP client's parser is never recompiled", async () => {
    const requests = `
      import { createServer } from 'node:http';
      const server = createServer((req, res) => { req.resume(); req.on('end', () => res.end(JSON.stringify({ type: 4, data: { content: 'ok' } }))); });
      await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
      for (let i = 0; i < 40; i++) await (await fetch('http://127.0.0.1:' + server.address().port + '/callback', { method: 'POST', body: '{}' })).text();
      server.close();`;
    const { stdout } = await promisify(execFile)(process.execPath, [...botFlags, '--trace-wasm-compilation-times', '--input-type=module', '-e', requests]);
    expect(stdout).toMatch(/using Liftoff/);
    expect(stdout).not.toMatch(/using TurboFan/);
  });

  it('gives node the same flags through `npm run hr` as through `hr`, so both use the code cache the build writes', () => {
    const shebang = read('scripts/hr-loader.cjs').split('\n', 1)[0]!;
    expect(flagsOf(scripts.hr!)).toEqual(flagsOf(shebang));
  });

  it.runIf(existsSync('/proc/self/cmdline'))('runs `hr` with one V8 worker thread and regular expressions compiled to machine code when started as a command', async () => {
    const bin = join(root, 'dist', 'src', 'adapters', 'cli', 'hr.cjs');
    // Started by its path, as an installed `hr` is: the shebang chooses node's flags. In stdin mode it
    // waits for queries, so its command line can be read while it runs.
    const child = spawn(bin, ['search', '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const answered = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
      child.stdin.write('torture complaints\n');
      expect(JSON.parse(await answered)).toMatchObject({ covered: true });
      const argv = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
      expect(argv).toContain('--v8-pool-size=1');
      // Each regular expression compiled straight to machine code: the bytecode V8 makes first took a one-shot search's
      // first patterns ~6 ms (the courtesy's greeting ~5 ms of it), and a flag only works given on the command line.
      expect(argv).toContain('--no-regexp-tier-up');
    } finally {
      child.stdin.end();
      child.kill();
    }
  });
});
