/**
 * A bot process for the two-process test, run by plain Node after the test transpiles it: waits for
 * "go" on stdin, runs one scheduler check on the shared database, prints each post as a JSON line.
 */
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Fact } from '../../src/answers.js';
import type { FactPoster, Platform } from '../../src/daily/contract.js';
import { DailyScheduler } from '../../src/daily/scheduler.js';
import { DailyStore } from '../../src/daily/store.js';
import { createLogger } from '../../src/log.js';

const [dataDir = '', name = ''] = process.argv.slice(2);
const facts: Fact[] = Array.from({ length: 30 }, (_, i) => ({
  id: `f${i}`, text: `Fact ${i}`, citation: `¶${i}`, sectionId: 's', paragraphId: `s#${i}`,
}));

function poster(platform: Platform): FactPoster {
  return {
    platform,
    async post(channelId, answer) {
      // A little network time, so the two processes' checks overlap.
      await sleep(Math.random() * 3);
      process.stdout.write(`${JSON.stringify({ by: name, channel: `${platform}:${channelId}`, date: answer.date, factId: answer.fact.id })}\n`);
    },
  };
}

const store = DailyStore.openInDataDir(dataDir);
const scheduler = new DailyScheduler({
  report: { id: 'r', title: 'R', country: 'R', year: 2017 }, facts, store, posters: [poster('discord'), poster('slack')],
  logger: createLogger('silent'), owner: name,
});
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'go') continue;
  await scheduler.start();
  await scheduler.stop();
  store.close();
  process.stdout.write('done\n');
  process.exit(0);
}
