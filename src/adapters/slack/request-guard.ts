/**
 * Checks that an HTTP request really comes from Slack, more strictly than Bolt does: besides the v0
 * signature, the timestamp must be within five minutes either way (Bolt lets future timestamps
 * through) and a (timestamp, signature) pair is accepted once (Bolt accepts replays in the window).
 * The seen pairs live in this process's memory, or in the shared store so that every instance behind
 * a load balancer refuses a request another one already accepted.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SeenRequests } from '../../daily/store.js';
import { RecentKeys } from './recent-keys.js';

export interface RequestGuardOptions {
  signingSecret: string;
  /** Largest clock difference accepted, either way. Default 300 s, as Slack recommends. */
  toleranceSeconds?: number;
  now?: () => number;
  /** Where seen pairs are kept. Default: this process's memory (a replay to another instance would pass). */
  seen?: SeenRequests;
}

export type GuardVerdict = { ok: true } | { ok: false; reason: 'missing-headers' | 'clock-skew' | 'bad-signature' | 'replay' };

export interface SignedHeaders {
  timestamp: string | undefined;
  signature: string | undefined;
}

/** A v0 signature as Slack writes it. */
const SIGNATURE = /^v0=[0-9a-f]{64}$/;

export class RequestGuard {
  private readonly tolerance: number;
  private readonly now: () => number;
  private readonly seen: SeenRequests;
  private readonly memoryMs: number;
  private readonly secret: string;

  constructor(options: RequestGuardOptions) {
    this.secret = options.signingSecret;
    this.tolerance = options.toleranceSeconds ?? 300;
    this.now = options.now ?? Date.now;
    // A pair older than the tolerance is refused by the clock check, so it need not be remembered longer
    // than the whole accepted window (tolerance behind plus tolerance ahead).
    this.memoryMs = 2 * this.tolerance * 1000 + 1000;
    this.seen = options.seen ?? new RecentKeys(this.memoryMs, 200_000, this.now);
  }

  /** Verifies one request; a pair is remembered only once its signature is valid, so forgeries cannot block real requests. */
  async check(headers: SignedHeaders, rawBody: Buffer | string): Promise<GuardVerdict> {
    const { timestamp, signature } = headers;
    if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing-headers' };
    const skew = Math.abs(Math.floor(this.now() / 1000) - Number(timestamp));
    if (skew > this.tolerance) return { ok: false, reason: 'clock-skew' };
    const expected = createHmac('sha256', this.secret).update(`v0:${timestamp}:`).update(rawBody).digest();
    // Exactly what Slack sends, `v0=` and 64 lowercase hex digits: an upper-case copy of a real signature
    // would decode to the same bytes but be another replay key.
    if (!SIGNATURE.test(signature) || !timingSafeEqual(Buffer.from(signature.slice(3), 'hex'), expected)) return { ok: false, reason: 'bad-signature' };
    const now = this.now();
    if (!(await this.seen.rememberOnce(`${timestamp}:${signature}`, now + this.memoryMs, now))) return { ok: false, reason: 'replay' };
    return { ok: true };
  }
}
