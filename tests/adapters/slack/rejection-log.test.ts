/** Refused requests are logged one by one up to a few a minute, then counted. */
import { expect, test } from 'vitest';
import { RejectionLog } from '../../../src/adapters/slack/rejection-log.js';
import { LogCapture } from './harness.js';

test('logs the first rejections of a minute, then one line with the count of the rest by reason', () => {
  const logs = new LogCapture();
  let now = 0;
  const log = new RejectionLog(logs.logger, { perWindow: 2, now: () => now });
  for (let i = 0; i < 10; i++) log.rejected(i % 2 ? 'bad-signature' : 'clock-skew');
  expect(logs.lines.map((l) => l.msg)).toEqual(['rejected a Slack request', 'rejected a Slack request']);
  now = 60_000;
  log.rejected('replay');
  const summary = logs.lines.find((l) => typeof l.count === 'number');
  expect(summary).toMatchObject({ count: 8, byReason: { 'bad-signature': 4, 'clock-skew': 4 } });
  expect(logs.lines.at(-1)).toMatchObject({ reason: 'replay', msg: 'rejected a Slack request' });
  log.flush();
});
