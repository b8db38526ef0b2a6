/**
 * The daily-fact scheduler's way into Slack: one `chat.postMessage` per fact, mentioning no one, and
 * at most one per channel and day even when Slack's answer is lost. Each post carries message
 * metadata (`hr_daily_fact` with the day's ledger key); when a post's outcome is unknown, and before
 * any retry, the channel's recent history is searched for that key instead of posting blindly.
 */
import type { webApi } from '@slack/bolt';
import type { FactAnswer } from '../../answers.js';
import { PostError, UncertainPostError, type FactPoster, type PostAttempt } from '../../daily/contract.js';
import { renderFact } from './render.js';
import { outcomeUnknown, toPostError } from './web-api.js';

/** The metadata event type of a daily fact (`conversations.history` returns it with `include_all_metadata`). */
export const DAILY_FACT_EVENT = 'hr_daily_fact';
/** How far back the history is searched: a day's post is never older than the longest local day. */
const HISTORY_WINDOW_SECONDS = 26 * 3600;
/** Pages of history read at most (200 messages each) before giving up as "cannot tell". */
const HISTORY_PAGES = 5;

/** Posts once per call and throws `PostError` on failure: the scheduler owns retries and their timing. */
export function createSlackFactPoster(client: webApi.WebClient): FactPoster {
  return {
    platform: 'slack',
    async post(channelId: string, answer: FactAnswer, { attempt }: PostAttempt = { attempt: 1 }): Promise<void> {
      const key = ledgerKey(channelId, answer);
      // The ledger guarantees the first try is the first send; a later one may follow a try that landed late.
      if (attempt > 1 && (await alreadyPosted(client, channelId, key))) return;
      const message = renderFact(answer, { audience: 'public' });
      try {
        await client.chat.postMessage({
          channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false,
          metadata: { event_type: DAILY_FACT_EVENT, event_payload: { key, fact_id: answer.fact.id } },
        });
      } catch (err) {
        const failure = toPostError(err);
        if (!outcomeUnknown(err)) throw failure;
        if (await alreadyPosted(client, channelId, key)) return;
        throw new PostError(`${failure.message} (and the channel does not show the post, so it may be retried)`, true, failure.retryAfterMs);
      }
    },
  };
}

/** One key per channel and local day, as in the daily-facts ledger. */
function ledgerKey(channelId: string, answer: FactAnswer): string {
  return `${channelId}:${answer.date ?? ''}`;
}

/**
 * Whether the channel shows a daily fact with `key` in the last day; throws `UncertainPostError`
 * when the history cannot be read (a missing scope, Slack down), since then nobody can tell.
 */
async function alreadyPosted(client: webApi.WebClient, channel: string, key: string): Promise<boolean> {
  const oldest = String(Math.floor(Date.now() / 1000) - HISTORY_WINDOW_SECONDS);
  let cursor: string | undefined;
  try {
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const history = await client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      const found = (history.messages ?? []).some((m) => {
        const metadata = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
        return metadata?.event_type === DAILY_FACT_EVENT && metadata.event_payload?.key === key;
      });
      if (found) return true;
      cursor = history.response_metadata?.next_cursor;
      if (!history.has_more || !cursor) return false;
    }
  } catch (err) {
    throw new UncertainPostError(`could not tell whether the daily fact reached ${channel}: reading its history failed (${toPostError(err).message})`);
  }
  throw new UncertainPostError(`could not tell whether the daily fact reached ${channel}: too much history to search`);
}
