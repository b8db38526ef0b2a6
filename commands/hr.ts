/**
 * The `/hr` command tree, defined once. Discord registration, the Slack manifest, help text and the
 * console parser are all generated from this list.
 */

export interface OptionDef {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required?: boolean;
  /** Discord offers completions for it (section refs, reports). */
  autocomplete?: boolean;
  maxLength?: number;
  minValue?: number;
  choices?: readonly string[];
}

export interface SubcommandDef {
  name: 'search' | 'section' | 'sections' | 'reports' | 'fact' | 'daily' | 'help';
  description: string;
  /** How to type it after `/hr` in a text-based platform (Slack, console). */
  usage: string;
  options: readonly OptionDef[];
}

/** Longest query or ref we accept from chat; longer input is refused with a friendly message. */
export const MAX_QUERY_LENGTH = 300;

/**
 * The `report` option: which report to read. Text platforms type it as `report:ID` anywhere in the
 * command (`report:kazakhstan-2018`, `report:2018`, `report:atlantis`); Discord autocompletes it.
 */
const REPORT_OPTION: OptionDef = {
  name: 'report',
  description: 'Which report: an id, a country or a year, e.g. kazakhstan-2017 or 2018',
  type: 'string',
  autocomplete: true,
  maxLength: 100,
};

export const HR_COMMAND = {
  name: 'hr',
  description: 'Ask the human rights report: search it, read a section, get a daily fact',
  subcommands: [
    {
      name: 'search',
      description: 'Find the passages of the report that answer a question',
      usage: 'search <question or keywords> [report:ID]',
      options: [
        { name: 'query', description: 'What you want to know, e.g. "how long can police hold a detainee"', type: 'string', required: true, maxLength: MAX_QUERY_LENGTH },
        REPORT_OPTION,
      ],
    },
    {
      name: 'section',
      description: 'Read a section of the report, e.g. 2a, 7c, exec summary, internet freedom',
      usage: 'section <ref> [page N] [report:ID]',
      options: [
        { name: 'ref', description: 'Section number or name: 2a, 1(c), summary, prison conditions…', type: 'string', required: true, autocomplete: true, maxLength: 100 },
        { name: 'page', description: 'Page of the section to show (default 1)', type: 'integer', minValue: 1 },
        REPORT_OPTION,
      ],
    },
    {
      name: 'sections',
      description: 'List the sections of the report',
      usage: 'sections [report:ID]',
      options: [REPORT_OPTION],
    },
    {
      name: 'reports',
      description: 'List the reports I can answer from',
      usage: 'reports',
      options: [],
    },
    {
      name: 'fact',
      description: 'Show a fact from the reports',
      usage: 'fact [report:ID]',
      options: [{ ...REPORT_OPTION, description: 'A fact from one report only (default: every report)' }],
    },
    {
      name: 'daily',
      description: 'Post a fact to this channel every day (on/off/status)',
      usage: 'daily on [HH:MM] [time zone] [report:ID] | daily off | daily status',
      options: [
        { name: 'action', description: 'Turn daily facts on or off, or show the status', type: 'string', required: true, choices: ['on', 'off', 'status'] },
        { name: 'time', description: 'Local time to post, HH:MM (default 09:00)', type: 'string', maxLength: 5 },
        { name: 'timezone', description: 'IANA time zone, e.g. Europe/Paris (default UTC)', type: 'string', maxLength: 64 },
        { ...REPORT_OPTION, description: 'Facts from one report only (default: every report)' },
      ],
    },
    {
      name: 'help',
      description: 'How to use hr-bot',
      usage: 'help',
      options: [],
    },
  ],
} as const satisfies { name: string; description: string; subcommands: readonly SubcommandDef[] };
