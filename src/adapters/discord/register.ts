/**
 * `npm run register:discord`: registers `/hr` with Discord — to DISCORD_GUILD_ID when set (instant),
 * else globally — and prints what it registered. A script, never a side effect of start-up.
 */
import { existsSync } from 'node:fs';
import { HR_COMMAND } from '../../../commands/hr.js';
import { ConfigError, loadConfig } from '../../config.js';
import { registerDiscordCommands } from './registration.js';

async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  if (!config.discord) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID to register to one server while developing).\n');
    return 1;
  }
  const result = await registerDiscordCommands(config.discord);
  for (const c of result.commands) {
    const subcommands = c.name === HR_COMMAND.name ? HR_COMMAND.subcommands.map((s) => s.name).join(', ') : '';
    process.stdout.write(`Registered /${c.name} (${result.scope}, id ${c.id})${subcommands ? `: ${subcommands}` : ''}\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `Registration failed: ${(err as Error).message}`}\n`);
    process.exit(1);
  },
);
