/** The Discord command JSON generated from `commands/hr.ts`, and its registration by bulk overwrite. */
import { describe, expect, it } from 'vitest';
import { discordCommands, type DiscordOptionJson } from '../../../commands/discord.js';
import { HR_COMMAND } from '../../../commands/hr.js';
import { registerDiscordCommands } from '../../../src/adapters/discord/registration.js';
import { FakeDiscord } from '../../fakes/discord/server.js';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('Discord command JSON', () => {
  const hr = discordCommands()[0]!;

  it('has one /hr chat command with every subcommand and option of the command tree', () => {
    expect(discordCommands()).toHaveLength(1);
    expect(hr.name).toBe(HR_COMMAND.name);
    expect(hr.options.map((s) => s.name)).toEqual(HR_COMMAND.subcommands.map((s) => s.name));
    HR_COMMAND.subcommands.forEach((s, n) => {
      expect(hr.options[n]!.options?.map((o) => o.name)).toEqual(s.options.map((o) => o.name));
    });
    const ref = hr.options.find((s) => s.name === 'section')!.options!.find((o) => o.name === 'ref')!;
    expect(ref).toMatchObject({ type: 3, required: true, autocomplete: true });
    const page = hr.options.find((s) => s.name === 'section')!.options!.find((o) => o.name === 'page')!;
    expect(page).toMatchObject({ type: 4, min_value: 1 });
  });

  it('keeps within what Discord accepts', () => {
    const check = (o: { name: string; description: string; options?: DiscordOptionJson[]; required?: boolean; autocomplete?: boolean; choices?: unknown[] }): void => {
      expect(o.name).toMatch(NAME);
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect(o.autocomplete && o.choices).toBeFalsy();
      expect((o.choices ?? []).length).toBeLessThanOrEqual(25);
      const options = o.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      // Discord refuses a required option after an optional one.
      const firstOptional = options.findIndex((x) => !x.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).some((x) => x.required)).toBe(false);
      options.forEach(check);
    };
    check(hr);
    expect(hr.contexts).toEqual([0, 1]);
  });
});

describe('registering commands', () => {
  it('overwrites the commands of one guild when a guild is set, and globally otherwise', async () => {
    const fake = await FakeDiscord.start();
    try {
      const base = { token: 'fake-bot-token', applicationId: fake.applicationId, apiUrl: fake.apiUrl, shards: 1 };
      const guild = await registerDiscordCommands({ ...base, guildId: fake.guild.id });
      const global = await registerDiscordCommands(base);
      const again = await registerDiscordCommands(base);
      const puts = fake.requests.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.path)).toEqual([
        `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
        `/applications/${fake.applicationId}/commands`,
        `/applications/${fake.applicationId}/commands`,
      ]);
      for (const put of puts) {
        expect(put.body).toEqual(discordCommands());
        expect(put.headers.authorization).toBe('Bot fake-bot-token');
      }
      expect(guild).toMatchObject({ scope: `guild ${fake.guild.id}`, commands: [{ name: 'hr' }] });
      expect(global.scope).toBe('global');
      expect(again.commands.map((c) => c.name)).toEqual(global.commands.map((c) => c.name));
    } finally {
      await fake.close();
    }
  });
});
