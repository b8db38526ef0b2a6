/**
 * Vitest global set-up: every temporary folder of the run lives under one parent, removed at the end.
 * Tests (and the bot processes they spawn) call `mkdtempSync(join(tmpdir(), …))` freely; pointing
 * TMPDIR here means nothing they create outlives the run, however a test ends.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const parent = mkdtempSync(join(tmpdir(), 'hr-bot-run-'));
  // Other users (the postgres user in the store tests) may need to enter folders made below it.
  chmodSync(parent, 0o755);
  process.env.TMPDIR = parent;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(parent, { recursive: true, force: true });
  };
}
