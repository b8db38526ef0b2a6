/** The daily-fact scheduler's way into Slack: one `chat.postMessage` per fact, mentioning no one. */
import type { webApi } from '@slack/bolt';
import type { FactAnswer } from '../../answers.js';
import type { FactPoster } from '../../daily/contract.js';
import { renderFact } from './render.js';
import { toPostError } from './web-api.js';

/** Posts once and throws `PostError` on failure: the scheduler owns retries and their timing. */
export function createSlackFactPoster(client: webApi.WebClient): FactPoster {
  return {
    platform: 'slack',
    async post(channelId: string, answer: FactAnswer): Promise<void> {
      const message = renderFact(answer, { audience: 'public' });
      try {
        await client.chat.postMessage({ channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      } catch (err) {
        throw toPostError(err);
      }
    },
  };
}
