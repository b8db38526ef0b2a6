/** Where the project's own folders are, wherever the code runs from (sources under vitest, or dist/). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding hr-bot's package.json. */
export function packageRoot(): string {
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
