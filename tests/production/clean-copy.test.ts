/**
 * The Dockerfile's steps without Docker: a clean copy of the build context (what git tracks, minus
 * .dockerignore), each build-stage COPY and RUN in order (install, build, index, prune to production
 * dependencies), the runtime stage's COPYs into a fresh folder, then its CMD started with Discord
 * against the fake, its HEALTHCHECK run, a search answered, and a SIGTERM.
 *
 * Slow (npm ci compiles better-sqlite3), so it runs only with HR_PRODUCTION_CHECK=1:
 * `npm run check:production`, which .ci/run calls after the tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { type BotProcess, cleanEnv, freePort, spawnBot, until } from '../bot-process.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { only, readDockerfile, type Stage } from './dockerfile.js';

const ROOT = packageRoot();
const enabled = process.env.HR_PRODUCTION_CHECK === '1';

/** The files `docker build .` would send: tracked or new files git does not ignore, minus .dockerignore. */
function copyBuildContext(target: string): void {
  const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const matches = (pattern: string, file: string) => posix.matchesGlob(file, pattern) || file.startsWith(`${pattern}/`);
  const ignored = (file: string) => {
    let out = false;
    for (const p of ignore) {
      if (p.startsWith('!')) {
        if (matches(p.slice(1), file)) out = false;
      } else if (matches(p, file)) out = true;
    }
    return out;
  };
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((f) => f && !ignored(f) && existsSync(join(ROOT, f)))) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(ROOT, file), join(target, file));
  }
}

/** Maps an absolute path inside a stage's WORKDIR to the folder standing in for it. */
function inStage(stageDir: string, workdir: string, path: string): string {
  if (!path.startsWith('/')) return join(stageDir, path);
  if (!path.startsWith(`${workdir}/`)) throw new Error(`${path} is outside the WORKDIR ${workdir}`);
  return join(stageDir, path.slice(workdir.length + 1));
}

function workdirOf(stage: Stage): string {
  const workdir = only(stage, 'WORKDIR')[0]?.value;
  if (!workdir) throw new Error(`stage ${stage.name ?? stage.image} has no WORKDIR`);
  return workdir;
}

describe.runIf(enabled)('a clean copy built as the Dockerfile builds it', () => {
  const stages = readDockerfile();
  let work = '';
  const dirs = new Map<string, { dir: string; workdir: string }>();
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'hr-bot-production-'));
  });
  afterAll(async () => {
    if (bot && bot.exitCode === null) bot.kill('SIGKILL');
    await fake?.close();
    // Two installed trees are a few hundred megabytes; keep them only when asked, to look into a failure.
    if (work && process.env.HR_PRODUCTION_KEEP !== '1') rmSync(work, { recursive: true, force: true });
    // Removing them took over vitest's default 10 s on a busy 2-core machine, failing a run whose tests all passed.
  }, 120_000);

  it('performs every build-stage step and assembles the runtime stage', () => {
    const context = join(work, 'context');
    copyBuildContext(context);
    for (const [i, stage] of stages.entries()) {
      const dir = join(work, `stage-${i}`);
      mkdirSync(dir);
      const workdir = workdirOf(stage);
      dirs.set(stage.name ?? String(i), { dir, workdir });
      const last = i === stages.length - 1;
      for (const step of stage.instructions) {
        if (step.op === 'COPY') {
          const from = step.from ? dirs.get(step.from) : undefined;
          for (const source of step.sources) {
            const src = from ? inStage(from.dir, from.workdir, source) : join(context, source);
            cpSync(src, inStage(dir, workdir, step.dest === './' ? source.split('/').pop()! : step.dest), { recursive: true });
          }
        } else if (step.op === 'RUN' && !last) {
          // The runtime stage's RUN only prepares /data for the container user; the test gives the bot a temp DATA_DIR.
          const run = spawnSync('bash', ['-c', step.command], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
          if (run.status !== 0) throw new Error(`RUN ${step.command} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
        }
      }
    }
    const runtime = [...dirs.values()].at(-1)!.dir;
    expect(existsSync(join(runtime, 'dist', 'src', 'main.js'))).toBe(true);
    expect(existsSync(join(runtime, 'index-data', 'index.jsonl'))).toBe(true);
  }, 900_000);

  it('keeps no dev dependency in the runtime tree', () => {
    const runtime = [...dirs.values()].at(-1)!.dir;
    // The lockfile marks packages only dev dependencies need (`ws` is a dev dependency, but discord.js needs it too).
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([path, p]) => path && p.dev).map(([path]) => path);
    expect(devOnly).toContain('node_modules/typescript');
    expect(devOnly.filter((path) => existsSync(join(runtime, path)))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(join(runtime, 'node_modules', name)), name).toBe(true);
  });

  it("lets `npm ci --omit=dev` on the built tree through: its prepare step, without TypeScript, builds nothing and succeeds", () => {
    const build = [...dirs.values()][0]!.dir;
    expect(existsSync(join(build, 'node_modules', 'typescript'))).toBe(false);
    const out = execFileSync('npm', ['run', 'prepare'], { cwd: build, encoding: 'utf8' });
    expect(out).toContain('production install');
  });

  it('answers a search from the command line', () => {
    const runtime = [...dirs.values()].at(-1)!.dir;
    // The package's `hr` bin (the build's one-file bundle) and the compiled module it is bundled from.
    const { bin } = JSON.parse(readFileSync(join(runtime, 'package.json'), 'utf8')) as { bin: { hr: string } };
    for (const file of [bin.hr, 'dist/src/adapters/cli/bin.js']) {
      const out = execFileSync(process.execPath, [file, 'search', '--json', 'jury size'], { cwd: runtime, encoding: 'utf8' });
      const answer = JSON.parse(out) as { results: Array<{ citation: string }> };
      expect(answer.results[0]?.citation, file).toContain('Denial of Fair Public Trial');
    }
  });

  it('starts with the CMD, passes its HEALTHCHECK, answers on Discord and stops on SIGTERM', async () => {
    const stage = stages.at(-1)!;
    const runtime = [...dirs.values()].at(-1)!.dir;
    const [cmd] = only(stage, 'CMD');
    const [health] = only(stage, 'HEALTHCHECK');
    const stageEnv = Object.assign({}, ...only(stage, 'ENV').map((e) => e.vars)) as Record<string, string>;
    fake = await FakeDiscord.start({ token: 'production-token' });
    const env = {
      ...cleanEnv(), ...stageEnv, DATA_DIR: cleanEnv().DATA_DIR, PORT: String(await freePort()),
      DISCORD_TOKEN: 'production-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl,
    };
    const [command, ...args] = cmd!.argv;
    bot = spawnBot(command === 'node' ? process.execPath : command!, args, env, { cwd: runtime });
    await until(() => bot!.logs().includes('discord ready'), 20_000);

    const [hcCommand, ...hcArgs] = health!.argv;
    expect(spawnSync(hcCommand === 'node' ? process.execPath : hcCommand!, hcArgs, { cwd: runtime, env }).status).toBe(0);
    const sent = await fake.answerTo(fake.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
    expect(JSON.stringify(sent.body)).toContain('Denial of Fair Public Trial');

    bot.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 60_000);
});
