/**
 * autocannon's `setupRequest` for the Slack benchmark. CommonJS on purpose: autocannon's worker
 * threads `require()` this file by path (they cannot receive functions). Each request is a freshly
 * signed `/hr` slash command with a unique trigger id, so the replay guard sees genuine traffic.
 * Settings come from `HR_BENCH_*` variables set by `bench/slack.ts`.
 */
// A CommonJS file under verbatimModuleSyntax must import this way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import crypto = require('node:crypto');

/** A mix of what people ask: searches, section pages, the table of contents, help. */
const BENCH_COMMANDS = [
  'search torture in prisons',
  'how long can police hold a detainee',
  'freedom of the press',
  'section 2a',
  'internet freedom',
  'section 1c page 2',
  'trafficking in persons',
  'sections',
  'corruption of judges',
  'help',
];

/** Words combined at random when `HR_BENCH_UNIQUE=1`, so almost every search is new to the answer cache. */
const WORDS = ['police', 'prison', 'court', 'journalist', 'election', 'religion', 'labor', 'women', 'children', 'refugees', 'corruption', 'torture', 'detention', 'internet', 'assembly', 'union', 'judge', 'media', 'minority', 'disability'];

let sequence = 0;

function pick(): string {
  return WORDS[Math.floor(Math.random() * WORDS.length)]!;
}

function setupRequest<T extends { headers?: Record<string, string> }>(req: T): T & { body: string } {
  const secret = process.env.HR_BENCH_SIGNING_SECRET ?? '';
  const responseUrl = process.env.HR_BENCH_RESPONSE_URL ?? '';
  sequence += 1;
  const body = new URLSearchParams({
    team_id: 'T0FAKE',
    channel_id: 'C0BENCH',
    user_id: `U0BENCH${sequence % 50}`,
    command: '/hr',
    text: process.env.HR_BENCH_UNIQUE === '1' ? `search ${pick()} ${pick()} ${pick()}` : BENCH_COMMANDS[sequence % BENCH_COMMANDS.length]!,
    response_url: responseUrl,
    trigger_id: `${process.pid}.${sequence}.${Math.random().toString(36).slice(2)}`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    ...req,
    body,
    headers: {
      ...req.headers,
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

export = setupRequest;
