/** Where the project's own folders are, wherever the code runs from (sources under vitest, or dist/). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding hr-bot's package.json. Found once per process: the index, the thesaurus, the
 * word vectors and the settings each ask, and each walk up (a stat per folder, and the first
 * `fileURLToPath`) was ~0.1–0.4 ms of a one-shot `hr search`.
 */
export function packageRoot(): string {
  return (root ??= findPackageRoot());
}

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('hr-bot: cannot find the package root (no package.json above the code)');
    dir = up;
  }
  return dir;
}

/** The default index folder: `index-data/` in the package. */
export function defaultIndexDir(): string {
  return join(packageRoot(), 'index-data');
}
