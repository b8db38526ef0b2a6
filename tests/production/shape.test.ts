/** The production path's shape, checked without building it: the Dockerfile, the runtime's imports, the start script. */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { only, readDockerfile } from './dockerfile.js';

const ROOT = packageRoot();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };

const runtime = () => readDockerfile().at(-1)!;

describe('Dockerfile', () => {
  const stages = readDockerfile();
  const runtime = stages.at(-1)!;

  it('builds in a stage with the dev dependencies and prunes them before the runtime copies node_modules', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = stages[0]!;
    const runs = only(build, 'RUN').map((r) => r.command);
    expect(runs.some((r) => /npm ci\b/.test(r) && !/--omit=dev/.test(r))).toBe(true);
    expect(runs.at(-1)).toMatch(/npm prune --omit=dev/);
    expect(only(runtime, 'COPY').find((c) => c.sources.includes('/app/node_modules'))?.from).toBe(build.name);
  });

  it('runs its final stage as a non-root user, with a HEALTHCHECK and node itself as the command', () => {
    const user = only(runtime, 'USER').at(-1)?.value;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const userAt = runtime.instructions.findIndex((i) => i.op === 'USER');
    const cmdAt = runtime.instructions.findIndex((i) => i.op === 'CMD');
    expect(userAt).toBeLessThan(cmdAt);
    expect(only(runtime, 'HEALTHCHECK')).toHaveLength(1);
    const [cmd] = only(runtime, 'CMD');
    expect(cmd!.argv[0]).toBe('node');
    expect(cmd!.argv).toEqual(['node', ...pkg.scripts.start!.replace(/^(\w+=\S+ )*exec node /, '').split(' ')]);
  });
});

describe('data the runtime reads', () => {
  it('the final stage holds every folder the compiled code reads from the package root', () => {
    // Each `join(packageRoot(), 'folder', …)` in the runtime code names data the bot reads as it runs
    // (index-data, the lexicon, the PostgreSQL migrations); a folder the image lacks degrades or breaks it.
    const read = new Set<string>();
    for (const file of ['dist/src', 'dist/commands'].flatMap((d) => jsFiles(join(ROOT, d)))) {
      // The literal segments of the path (`'dist', 'src', 'lexicon'` reads dist/src/lexicon).
      for (const m of readFileSync(file, 'utf8').matchAll(/join\(packageRoot\(\)((?:, '[^']+')+)/g)) read.add([...m[1]!.matchAll(/'([^']+)'/g)].map((s) => s[1]).join('/'));
    }
    expect([...read].map((path) => path.split('/')[0])).toEqual(expect.arrayContaining(['index-data', 'lexicon', 'migrations', 'dist']));
    const copied = only(runtime(), 'COPY').map((c) => c.dest.replace(/^\/app\/|^\.\//, '').replace(/\/$/, ''));
    for (const path of read) expect(copied.filter((dest) => path === dest || path.startsWith(`${dest}/`)), path).not.toEqual([]);
  });
});

describe('npm start', () => {
  it('execs node, so the signal npm forwards reaches the bot instead of the shell in between', () => {
    // `NAME=value exec node …`: the assignments reach node's environment, and node still replaces the shell.
    expect(pkg.scripts.start).toMatch(/^(\w+=\S+ )*exec node /);
  });
});

/** Every module specifier in a compiled file: static and dynamic imports and re-exports. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the runtime tree (dist/src and dist/commands, what the container keeps)', () => {
  const runtimeDirs = ['dist/src', 'dist/commands'].map((d) => join(ROOT, d));
  const files = runtimeDirs.flatMap(jsFiles);

  it('imports only production dependencies and Node built-ins', () => {
    expect(files.length).toBeGreaterThan(30);
    const builtins = new Set(builtinModules);
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!(name in pkg.dependencies)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('imports nothing outside itself (no bench, no tests)', () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, 'utf8')).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec);
        if (!runtimeDirs.some((d) => target.startsWith(`${d}/`))) outside.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
