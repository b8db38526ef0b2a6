/**
 * Prints the Slack app manifest, or writes it to a file you name.
 * Usage: `npm run manifest:slack` (Socket Mode, as committed in commands/slack-manifest.json), or
 * `npm run manifest:slack -- --url https://hr-bot.example.org --out slack-manifest.http.json` (HTTP mode).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { httpsBaseUrl, slackManifest } from './slack-manifest.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string' } } });
let baseUrl: string | undefined;
try {
  baseUrl = values.url === undefined ? undefined : httpsBaseUrl(values.url);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
const manifest = slackManifest(baseUrl ? { baseUrl } : { socketMode: true });
const json = `${JSON.stringify(manifest, null, 2)}\n`;
if (!values.out) {
  process.stdout.write(json);
} else {
  writeFileSync(values.out, json);
  process.stderr.write(`Wrote the Slack app manifest (${baseUrl ? `HTTP mode, ${baseUrl}` : 'Socket Mode'}) to ${values.out}\n`);
}
