/**
 * The `/hr` command tree as Discord application-command JSON, generated from `hr.ts`.
 * Plain JSON with Discord's numeric types, so `commands/` stays free of any chat SDK.
 */
import { HR_COMMAND, type OptionDef } from './hr.js';

/** Discord's numeric enums used here (https://discord.com/developers/docs/interactions/application-commands). */
const CHAT_INPUT = 1;
const SUB_COMMAND = 1;
const STRING = 3;
const INTEGER = 4;
/** Where the command can be used: servers and DMs with the bot. */
const CONTEXT_GUILD = 0;
const CONTEXT_BOT_DM = 1;
/** Installed to servers (not to user accounts). */
const GUILD_INSTALL = 0;

export interface DiscordOptionJson {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  min_value?: number;
  choices?: Array<{ name: string; value: string }>;
  options?: DiscordOptionJson[];
}

export interface DiscordCommandJson {
  type: number;
  name: string;
  description: string;
  options: DiscordOptionJson[];
  contexts: number[];
  integration_types: number[];
}

/** Discord caps descriptions at 100 characters. */
const describe = (text: string): string => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

function optionJson(o: OptionDef): DiscordOptionJson {
  return {
    type: o.type === 'integer' ? INTEGER : STRING,
    name: o.name,
    description: describe(o.description),
    ...(o.required ? { required: true } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
    ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
    ...(o.minValue !== undefined ? { min_value: o.minValue } : {}),
    ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
  };
}

/** Every command hr-bot registers with Discord (bulk overwrite body). */
export function discordCommands(): DiscordCommandJson[] {
  return [
    {
      type: CHAT_INPUT,
      name: HR_COMMAND.name,
      description: describe(HR_COMMAND.description),
      options: HR_COMMAND.subcommands.map((s) => ({
        type: SUB_COMMAND,
        name: s.name,
        description: describe(s.description),
        options: s.options.map(optionJson),
      })),
      contexts: [CONTEXT_GUILD, CONTEXT_BOT_DM],
      integration_types: [GUILD_INSTALL],
    },
  ];
}
