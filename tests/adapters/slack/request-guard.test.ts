/** The request guard on its own: signatures, clock skew both ways, replays, with a controlled clock. */
import { describe, expect, test } from 'vitest';
import { RecentKeys } from '../../../src/adapters/slack/recent-keys.js';
import { RequestGuard } from '../../../src/adapters/slack/request-guard.js';
import { slackSignature } from '../../fakes/slack/signed-requests.js';

const SECRET = 'guard-secret';
const T0 = 1_750_000_000;

function guardAt(seconds: { value: number }) {
  return new RequestGuard({ signingSecret: SECRET, now: () => seconds.value * 1000 });
}

function signed(timestamp: number, body = 'command=%2Fhr&text=torture') {
  return { headers: { timestamp: String(timestamp), signature: slackSignature(SECRET, timestamp, body) }, body };
}

describe('RequestGuard', () => {
  test('accepts a fresh, correctly signed request', async () => {
    const { headers, body } = signed(T0);
    expect(await guardAt({ value: T0 }).check(headers, body)).toEqual({ ok: true });
  });

  test('rejects a signature made with another secret', async () => {
    const body = 'text=x';
    const verdict = await guardAt({ value: T0 }).check({ timestamp: String(T0), signature: slackSignature('other', T0, body) }, body);
    expect(verdict).toEqual({ ok: false, reason: 'bad-signature' });
  });

  test('rejects skew just over five minutes either way and accepts exactly five', async () => {
    const clock = { value: T0 };
    const guard = guardAt(clock);
    expect((await guard.check(signed(T0 - 301).headers, signed(T0 - 301).body)).ok).toBe(false);
    expect((await guard.check(signed(T0 + 301).headers, signed(T0 + 301).body)).ok).toBe(false);
    expect((await guard.check(signed(T0 - 300).headers, signed(T0 - 300).body)).ok).toBe(true);
    expect((await guard.check(signed(T0 + 300).headers, signed(T0 + 300).body)).ok).toBe(true);
  });

  test('rejects the same (timestamp, signature) twice, but not a new signing of the same body', async () => {
    const guard = guardAt({ value: T0 });
    const first = signed(T0);
    expect((await guard.check(first.headers, first.body)).ok).toBe(true);
    expect(await guard.check(first.headers, first.body)).toEqual({ ok: false, reason: 'replay' });
    const later = signed(T0 + 1);
    expect((await guard.check(later.headers, later.body)).ok).toBe(true);
  });

  test('a replay with the signature spelt otherwise (upper-case hex, padded, truncated) is refused', async () => {
    const guard = guardAt({ value: T0 });
    const first = signed(T0);
    expect((await guard.check(first.headers, first.body)).ok).toBe(true);
    const hex = first.headers.signature.slice(3);
    for (const signature of [`v0=${hex.toUpperCase()}`, `V0=${hex}`, `v0=${hex}0`, `v0=${hex.slice(0, 62)}`, `v0=${hex} `]) {
      expect(await guard.check({ timestamp: first.headers.timestamp, signature }, first.body)).toEqual({ ok: false, reason: 'bad-signature' });
    }
  });

  test('a forged request does not poison the replay memory for the genuine one', async () => {
    const guard = guardAt({ value: T0 });
    const genuine = signed(T0);
    expect((await guard.check(genuine.headers, 'text=forged')).ok).toBe(false);
    expect((await guard.check(genuine.headers, genuine.body)).ok).toBe(true);
  });

  test('missing or malformed headers are rejected', async () => {
    const guard = guardAt({ value: T0 });
    expect(await guard.check({ timestamp: undefined, signature: 'v0=x' }, '')).toEqual({ ok: false, reason: 'missing-headers' });
    expect(await guard.check({ timestamp: '12e3', signature: 'v0=x' }, '')).toEqual({ ok: false, reason: 'missing-headers' });
  });
});

describe('RecentKeys', () => {
  test('forgets keys after their TTL and never holds more than its maximum', async () => {
    const clock = { value: 0 };
    const keys = new RecentKeys(1000, 3, () => clock.value);
    expect(keys.addIfNew('a')).toBe(true);
    expect(keys.addIfNew('a')).toBe(false);
    clock.value = 1001;
    expect(keys.addIfNew('a')).toBe(true);
    for (const k of ['b', 'c', 'd', 'e']) keys.addIfNew(k);
    expect(keys.size).toBeLessThanOrEqual(3);
  });
});
