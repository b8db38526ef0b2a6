/**
 * The node flags the product runs with, so the bench measures it as it runs: the bot's from
 * `npm start` (the same as the container's CMD and the systemd unit), `hr`'s from its bin's shebang.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

const startScript = () => (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;

/** node's arguments in `npm start` (`NAME=value … exec node flags script`): its flags, then the bot's script. */
export function botNodeArguments(): string[] {
  return startScript().replace(/^(\w+=\S+ )*exec node /, '').split(' ');
}

/** The variables `npm start` sets in node's environment (glibc's `MALLOC_TRIM_THRESHOLD_`), by name. */
export function botEnvironment(): Record<string, string> {
  const assignments = /^((?:\w+=\S+ )*)exec node /.exec(startScript())?.[1] ?? '';
  return Object.fromEntries(assignments.split(' ').filter(Boolean).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
}

/** The flags `npm start` gives node before the bot's script ("--max-semi-space-size=2", ...). */
export function botNodeFlags(): string[] {
  return botNodeArguments().filter((arg) => arg.startsWith('--'));
}

/** The flags `hr`'s shebang (`#!/usr/bin/env -S node --flag…`) gives node when the bin is run as a command. */
export function hrNodeFlags(bin: string): string[] {
  const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
  return shebang.replace(/^#!.*?\bnode\b/, '').trim().split(/\s+/).filter(Boolean);
}
