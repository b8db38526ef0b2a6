/** Discord's message limits as a test assertion, shared by the renderer tests and the property suite. */
import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { embedsLength, LIMITS, type DiscordMessage } from '../../../src/adapters/discord/render.js';

/** Every limit Discord enforces on a message we might send. */
export function expectWithinLimits(message: DiscordMessage): void {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(message.embeds)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const e of message.embeds as APIEmbed[]) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  }
}
