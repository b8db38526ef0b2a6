/** Registers the `/hr` command with Discord: a bulk overwrite, to one guild or globally. */
import { REST, Routes } from 'discord.js';
import { discordCommands, type DiscordCommandJson } from '../../../commands/discord.js';
import type { Config } from '../../config.js';

export interface Registration {
  /** `guild <id>` (instant, for development) or `global` (may take up to an hour to show). */
  scope: string;
  commands: Array<{ id: string; name: string }>;
}

/** Overwrites the application's commands with ours; running it twice changes nothing. */
export async function registerDiscordCommands(discord: NonNullable<Config['discord']>, rest?: REST): Promise<Registration> {
  const client = rest ?? new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const body: DiscordCommandJson[] = discordCommands();
  const registered = (await client.put(route, { body })) as Array<{ id: string; name: string }>;
  return {
    scope: discord.guildId ? `guild ${discord.guildId}` : 'global',
    commands: registered.map((c) => ({ id: c.id, name: c.name })),
  };
}
