/**
 * A bot process for the several-processes tests, run by plain Node after the test transpiles it:
 * waits for "go" on stdin, runs one scheduler check on the shared store, prints each post as a JSON
 * line. With `hangOn`, the post to that channel prints `{"sending": …}` and never returns, so the test
 * can kill the process in the middle of a send.
 */
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Fact } from '../../src/answers.js';
import type { FactPoster, Platform } from '../../src/daily/contract.js';
import { openStore, type StoreLocation } from '../../src/daily/open-store.js';
import { DailyScheduler } from '../../src/daily/scheduler.js';
import { createLogger } from '../../src/log.js';

export interface ProcessBotOptions {
  location: StoreLocation;
  name: string;
  hangOn?: string;
  leaseMs?: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as ProcessBotOptions;
const facts: Fact[] = Array.from({ length: 30 }, (_, i) => ({
  id: `f${i}`, text: `Fact ${i}`, citation: `¶${i}`, sectionId: 's', paragraphId: `s#${i}`,
}));

function poster(platform: Platform): FactPoster {
  return {
    platform,
    async post(channelId, answer) {
      const channel = `${platform}:${channelId}`;
      if (channel === options.hangOn) {
        process.stdout.write(`${JSON.stringify({ sending: channel })}\n`);
        await new Promise(() => {});
      }
      // A little network time, so the processes' checks overlap.
      await sleep(Math.random() * 3);
      process.stdout.write(`${JSON.stringify({ by: options.name, channel, date: answer.date, factId: answer.fact.id })}\n`);
    },
  };
}

const store = await openStore(options.location);
const scheduler = new DailyScheduler({
  report: { id: 'r', title: 'R', country: 'R', year: 2017 }, facts, store, posters: [poster('discord'), poster('slack')],
  logger: createLogger('silent'), owner: options.name, ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
});
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'go') continue;
  await scheduler.start();
  await scheduler.stop();
  await store.close();
  process.stdout.write('done\n');
  process.exit(0);
}
