import type { Command, CommandTable } from './context.js';
import { takeLanguage } from './i18n/language-option.js';

/**
 * Each command, loaded on demand: the executable loads only the command it
 * runs, with only the packages that command needs (`presidency` never loads the
 * calendar, the reports or the schemas).
 */
const LOADERS = {
  presidency: async () => (await import('./commands/presidency.js')).presidencyCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  calendar: async () => (await import('./commands/calendar.js')).calendarCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
} satisfies Record<string, () => Promise<Command>>;

/** The name of a command, as given after `mirps`. */
export type CommandName = keyof typeof LOADERS;

const LOADER_TABLE: ReadonlyMap<string, () => Promise<Command>> = new Map(Object.entries(LOADERS));

/**
 * The table of the one command `args` name (after `--lang`), loaded: empty
 * when they name none, or a bad `--lang`, which `runCliWith` then reports.
 */
export async function loadCommandFor(args: readonly string[]): Promise<CommandTable> {
  let name: string | undefined;
  try {
    [name] = takeLanguage(args).args;
  } catch {
    return new Map();
  }
  if (name === undefined) return new Map();
  const load = LOADER_TABLE.get(name);
  return new Map(load === undefined ? [] : [[name, await load()]]);
}
