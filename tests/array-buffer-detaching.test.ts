import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord/server.js';
import { MAIN, cleanEnv, spawnBot, until } from './bot-process.js';

// The bot's adapters detach a buffer on their first fetch (undici's web streams), and V8 then throws away all code compiled
// on the promise that no buffer is ever detached: ~20 functions the search's warm-up had just compiled, among them the
// ranking's scoreSentences. The bot detaches one itself before its warm-up (src/array-buffer-detaching.ts), so the
// warm-up's code survives the adapters' start. With V8's traces, the protector's end is one line, and the optimised
// functions thrown away for it are marked "code dependencies" on the lines right after it. Other causes mark code with
// that reason too, one function at a time, and one can land right after those lines when nothing else was printed in
// between (a field's type generalised by the warm-up: `sentenceSimilarity`, in about one run in five on a busy machine).
// Only code optimised before the protector ended can depend on it, so a mark counts when the function's optimised code
// was installed ("completed optimizing", `--trace-opt`) before the protector's line.
const MARKED = /^\[marking dependent code .*<SharedFunctionInfo ([^>]*)>.*reason: code dependencies\]$/;
const OPTIMISED = /^\[completed optimizing .*<JSFunction ([^ >]*)/;

/** The functions V8 threw away when the protector ended: the marks right after its line, of code optimised before it. */
function thrownAwayAtDetach(trace: string): string[] {
  const lines = trace.split('\n');
  const at = lines.findIndex((l) => l.includes('Invalidating protector cell ArrayBufferDetaching'));
  const optimisedBefore = new Set(lines.slice(0, at).flatMap((l) => OPTIMISED.exec(l)?.[1] ?? []));
  const names: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const marked = MARKED.exec(line);
    if (!marked) break;
    if (optimisedBefore.has(marked[1]!)) names.push(marked[1]!);
  }
  return names;
}

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("the bot's warm-up and the adapters' first fetch", () => {
  it('keeps the code the warm-up compiled when the adapters start and answer', async () => {
    fake = await FakeDiscord.start({ token: 'detach-test-token' });
    const env = { ...cleanEnv(), DISCORD_TOKEN: 'detach-test-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' };
    const child = spawnBot(process.execPath, ['--max-semi-space-size=2', '--v8-pool-size=1', '--trace-deopt', '--trace-opt', '--trace-protector-invalidation', MAIN], env);
    let trace = '';
    child.stdout!.on('data', (chunk: Buffer) => (trace += chunk.toString()));
    try {
      await until(() => child.logs().includes('discord ready'), 15_000);
      const sent = await fake.answerTo(fake.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
      expect(JSON.stringify(sent.body)).toContain('Denial of Fair Public Trial');
    } finally {
      child.kill('SIGTERM');
      await child.exited;
    }
    expect(trace.split('\n').filter((l) => l.includes('Invalidating protector cell ArrayBufferDetaching'))).toHaveLength(1);
    // Without the early detach: scoreSentences, damerauLevenshtein, correctWord, the vectors' hashBytes... (~20).
    expect(thrownAwayAtDetach(trace).filter((name) => /^(scoreSentences|sentenceSimilarity|damerauLevenshtein|correctWord|commonSubsequence|sentenceRows|hashBytes|sameBytes|encode|indexOf|addTo|normalise|similarity|best)$/.test(name))).toEqual([]);
  }, 30_000);
});
