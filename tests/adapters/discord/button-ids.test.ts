/** Button state in `custom_id`: compact, within Discord's 100 characters, and honest when it expired. */
import { describe, expect, it } from 'vitest';
import { ButtonIds, CUSTOM_ID_MAX, type ButtonAction } from '../../../src/adapters/discord/button-ids.js';

describe('button ids', () => {
  it.each<ButtonAction>([
    { action: 'more', query: 'torture', offset: 3 },
    { action: 'share', query: 'how long can police hold a detainee', offset: 0 },
    { action: 'page', ref: '2a/internet-freedom', page: 4 },
    { action: 'more', query: 'q'.repeat(300), offset: 9 },
    { action: 'page', ref: '1d/arrest-procedures-and-treatment-of-detainees/pretrial-detention-and-more-of-a-very-long-ref', page: 2 },
    { action: 'more', query: 'пытки 🙂 détention', offset: 3 },
    { action: 'more', query: 'a:b:=~c', offset: 3 },
    // The report a person named rides along: inline when its id is plain, cached when it is not.
    { action: 'more', query: 'prison conditions', offset: 3, report: 'kazakhstan-2017-human-rights-report' },
    { action: 'page', ref: '2a', page: 2, report: 'atlantis-2019-human-rights-report' },
    { action: 'share', query: 'q'.repeat(300), offset: 0, report: 'Côte d’Ivoire 2018: report' },
  ])('round-trips %j within 100 characters', (action) => {
    const ids = new ButtonIds();
    const id = ids.encode(action);
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(ids.decode(id)).toEqual(action);
  });

  it('carries short ASCII state in the id itself, so the button survives a restart', () => {
    const id = new ButtonIds().encode({ action: 'page', ref: '2a', page: 2 });
    expect(new ButtonIds().decode(id)).toEqual({ action: 'page', ref: '2a', page: 2 });
  });

  it('says a cached state expired after its time to live, or after a restart', () => {
    let now = 0;
    const ids = new ButtonIds({ ttlMs: 1000, now: () => now });
    const id = ids.encode({ action: 'more', query: 'q'.repeat(200), offset: 3 });
    now = 999;
    expect(ids.decode(id)).toMatchObject({ action: 'more' });
    now = 2000;
    expect(ids.decode(id)).toBe('expired');
    expect(new ButtonIds().decode(ids.encode({ action: 'more', query: 'q'.repeat(200), offset: 3 }))).toBe('expired');
  });

  it('forgets the oldest state first when full', () => {
    const ids = new ButtonIds({ maxEntries: 2 });
    const [a, b, c] = ['a', 'b', 'c'].map((x) => ids.encode({ action: 'more', query: x.repeat(200), offset: 3 }));
    expect(ids.decode(a!)).toBe('expired');
    expect(ids.decode(b!)).toMatchObject({ query: 'b'.repeat(200) });
    expect(ids.decode(c!)).toMatchObject({ query: 'c'.repeat(200) });
  });

  it('does not claim buttons that are not ours', () => {
    const ids = new ButtonIds();
    for (const id of ['other-app:click', 'hr:delete:1:=x', 'hr:more:x:=torture', '']) expect(ids.decode(id)).toBeUndefined();
  });
});
