/** Posts daily facts to Discord channels over REST, and says which failures are worth retrying. */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { FactAnswer } from '../../answers.js';
import { PostError, type FactPoster } from '../../daily/contract.js';
import { factEmbed } from './render.js';

export function createFactPoster(rest: REST): FactPoster {
  return {
    platform: 'discord',
    async post(channelId: string, answer: FactAnswer): Promise<void> {
      try {
        await rest.post(Routes.channelMessages(channelId), {
          body: { embeds: [factEmbed(answer)], allowed_mentions: { parse: [] }, ...dayNonce(channelId, answer) },
        });
      } catch (err) {
        throw toPostError(err, channelId);
      }
    },
  };
}

/**
 * A retry after a timeout may repeat a post that did go out. With the same nonce for the channel's
 * day and `enforce_nonce`, Discord returns the first message instead of posting again (it remembers
 * nonces for a few minutes, which covers the scheduler's early retries).
 */
function dayNonce(channelId: string, answer: FactAnswer): { nonce: string; enforce_nonce: true } | Record<string, never> {
  if (!answer.date) return {};
  const nonce = createHash('sha256').update(`${channelId}:${answer.date}`).digest('base64url').slice(0, 25);
  return { nonce, enforce_nonce: true };
}

/** Rate limits, server errors and network trouble may pass; anything else (no access, unknown channel) will not. */
export function toPostError(err: unknown, channelId: string): PostError {
  const detail = err instanceof Error ? err.message : String(err);
  const message = `Discord refused the fact for channel ${channelId}: ${detail}`;
  if (err instanceof RateLimitError) return new PostError(message, true, err.retryAfter);
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    return new PostError(message, err.status === 429 || err.status >= 500);
  }
  return new PostError(message, true);
}
