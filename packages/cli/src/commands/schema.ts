import { SCHEMA_FILES, SCHEMA_NAMES, draft07Schemas, schemas, type SchemaName } from '@mirps/schemas';
import { UsageError } from '../cli-error.js';
import { json, parseCommand, printResult } from '../context.js';
import type { CommandIo } from '../terminal.js';

export const SCHEMA_HELP = `Usage: mirps schema [entity] [--draft 07]

Prints the JSON Schema of an entity (draft 2020-12; draft-07 with --draft 07),
by its name (ActionPlan) or file name (action-plan.schema.json); without an
entity, lists them.

Options:
  --draft 07     the draft-07 variant, for older tools
  --json         the list as JSON
  -h, --help     this help
`;

export function schemaCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseCommand('schema', args, { draft: { type: 'string' } });
  if (values.help) {
    io.stdout(SCHEMA_HELP);
    return 0;
  }
  if (values.draft !== undefined && values.draft !== '07' && values.draft !== '2020-12') throw new UsageError(`--draft is 07 or 2020-12; got ${values.draft}`, 'schema');
  const [entity, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`Unexpected arguments: ${rest.join(' ')}`, 'schema');
  if (entity === undefined) {
    printResult(io, values.json, SCHEMA_NAMES.map((name) => ({ name, file: SCHEMA_FILES[name] })), () => `${SCHEMA_NAMES.map((name) => `${name.padEnd(22)} ${SCHEMA_FILES[name]}`).join('\n')}\n`);
    return 0;
  }
  const name = SCHEMA_NAMES.find((n) => n === entity || SCHEMA_FILES[n] === entity || SCHEMA_FILES[n] === `${entity}.schema.json`) as SchemaName | undefined;
  if (name === undefined) throw new UsageError(`Unknown schema ${entity}; run mirps schema for the list`, 'schema');
  io.data(json(values.draft === '07' ? draft07Schemas[name] : schemas[name]));
  return 0;
}
