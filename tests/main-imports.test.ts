import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

/** Every module `file` loads by its static imports (`import type` is erased), and the packages they name. */
function staticImports(file: string, seen = new Set<string>(), packages = new Set<string>()): { modules: Set<string>; packages: Set<string> } {
  if (seen.has(file)) return { modules: seen, packages };
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (!spec.startsWith('.')) packages.add(spec);
    else {
      const path = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (existsSync(path)) staticImports(path, seen, packages);
    }
  }
  return { modules: seen, packages };
}

// A bot over a current index reads it without the index build (MiniSearch, the report parser, the fact picking),
// imported only when the index must be rebuilt: ~0.4 MB of V8's heap it never used (docs/search-speed.md, issue 13 round 52).
describe("the bot's start", () => {
  it('loads no index build by its static imports', () => {
    const { modules, packages } = staticImports(join(packageRoot(), 'src', 'main.ts'));
    expect(modules.size).toBeGreaterThan(50);
    expect([...modules].filter((m) => /search[/\\](index-build|parallel-build)\.ts$|report[/\\]parse\.ts$/.test(m))).toEqual([]);
    expect(packages.has('minisearch')).toBe(false);
    expect(packages.has('discord.js')).toBe(true);
  });
});
