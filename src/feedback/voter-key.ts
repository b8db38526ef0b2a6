/**
 * The key a vote is stored under instead of the voter: HMAC-SHA256 over (platform, user, answer) with
 * the install's secret. It lets the store count one vote per person and answer, and nothing more:
 * - keyed, so a copy of the database alone cannot test "did user 123 vote?" (chat user ids are public
 *   and few enough to try them all against a plain hash);
 * - per answer, so two votes by one person carry unrelated keys and cannot be joined into a history.
 */
import { createHmac } from 'node:crypto';
import type { Platform } from '../daily/contract.js';

export function voterKey(secret: string, platform: Platform, userId: string, answerId: string): string {
  return createHmac('sha256', secret).update(`${platform}\n${userId}\n${answerId}`).digest('base64url');
}
