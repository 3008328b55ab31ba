import { draft07Schemas, SCHEMA_FILES, SCHEMA_NAMES, type SchemaName, schemas } from '@mirps/schemas';
import { UsageError } from '../cli-error.js';
import { json, parseCommand, printResult, refuseExtraArguments } from '../context.js';
import type { CommandIo } from '../terminal.js';

export function schemaCommand(args: readonly string[], io: CommandIo): number {
  const { messages } = io;
  const { values, positionals } = parseCommand(messages, 'schema', args, { draft: { type: 'string' } });
  if (values.help) {
    io.stdout(messages.schemaHelp);
    return 0;
  }
  if (values.draft !== undefined && values.draft !== '07' && values.draft !== '2020-12')
    throw new UsageError(messages.draft(values.draft), 'schema');
  const [entity, ...rest] = positionals;
  refuseExtraArguments(messages, 'schema', rest);
  if (entity === undefined) {
    printResult(
      io,
      values.json,
      SCHEMA_NAMES.map((name) => ({ name, file: SCHEMA_FILES[name] })),
      () => `${SCHEMA_NAMES.map((name) => `${name.padEnd(22)} ${SCHEMA_FILES[name]}`).join('\n')}\n`,
    );
    return 0;
  }
  const name = SCHEMA_NAMES.find(
    (n) => n === entity || SCHEMA_FILES[n] === entity || SCHEMA_FILES[n] === `${entity}.schema.json`,
  ) as SchemaName | undefined;
  if (name === undefined) throw new UsageError(messages.unknownSchema(entity), 'schema');
  io.data(json(values.draft === '07' ? draft07Schemas[name] : schemas[name]));
  return 0;
}
