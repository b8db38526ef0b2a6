/**
 * Writes the Slack app manifest to `commands/slack-manifest.json`.
 * Usage: `npm run manifest:slack [-- --url https://host] [-- --socket]`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/paths.js';
import { slackManifest } from './slack-manifest.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, socket: { type: 'boolean', default: false }, out: { type: 'string' } } });
const file = values.out ?? join(packageRoot(), 'commands', 'slack-manifest.json');
const manifest = slackManifest({ ...(values.url ? { baseUrl: values.url } : {}), socketMode: values.socket });
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`Wrote the Slack app manifest (${values.socket ? 'Socket Mode' : 'HTTP mode'}) to ${file}\n`);
