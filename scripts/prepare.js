// npm's `prepare`: after a development install, build dist/ and the search index. A production
// install (`npm ci --omit=dev`) has no TypeScript to build with; on a tree built beforehand (the
// container's build stage, a release) there is nothing to do, so it says so and succeeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

function resolvable(name) {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

if (resolvable('typescript')) {
  const { status } = spawnSync('npm run build && npm run index', { shell: true, stdio: 'inherit' });
  process.exit(status ?? 1);
}
if (existsSync('dist/src/main.js') && existsSync('index-data/index.jsonl')) {
  process.stdout.write('hr-bot: production install, using the dist/ and index already built\n');
  process.exit(0);
}
process.stderr.write(
  'hr-bot: nothing is built and the dev dependencies are not installed, so nothing can be.\n' +
    'Build first (npm ci), then drop the dev dependencies (npm prune --omit=dev): see docs/deployment.md.\n',
);
process.exit(1);
