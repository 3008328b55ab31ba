import { calendarDaySchema, checkRotation, nextPresidency, presidencyOn, projectPresidencies, type MirpsRotationOptions, type Presidency } from '@mirps/core';
import { UsageError } from '../cli-error.js';
import { CONTEXT_OPTIONS, loadContext, parseCommand, printResult, rotationContext } from '../context.js';
import { fromFile } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';

export const PRESIDENCY_HELP = `Usage: mirps presidency <next | schedule --through <year> | on <date> | check [ledger.json]> [options]

The MIRPS Pro-Tempore Presidency: who holds it next and why, the projected
schedule, the holder on a day (handover-aware), and a check of a ledger
against the rotation rule.

  next                      the term after the ledger's last, with the explanation
  schedule --through YEAR   every projected term up to YEAR
  on YYYY-MM-DD             who holds it on that day
  check [ledger.json | -]   one verdict per recorded term; exit 1 if one departs unexplained

Options:
  --ledger FILE        a presidency ledger instead of the embedded one
  --reference FILE     reference data instead of the embedded one (alone, the
                       embedded ledger is read against it)
  --handover YYYY-MM-DD  the known handover day of the next term
  --max-input-size SIZE  the largest file read, e.g. 100M (50M by default)
  --json               output JSON for scripts
  -h, --help           this help
`;

function describe(term: Presidency): string {
  return `${term.label}: ${term.holderName} (${term.holder})${term.projected ? ', projected' : ''}`;
}

export function presidencyCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseCommand('presidency', args, { ...CONTEXT_OPTIONS, through: { type: 'string' }, handover: { type: 'string' } });
  if (values.help) {
    io.stdout(PRESIDENCY_HELP);
    return 0;
  }
  const [action, argument, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`Unexpected arguments: ${rest.join(' ')}`, 'presidency');
  const ledgerFile = action === 'check' && argument !== undefined ? argument : values.ledger;
  const files = { reference: values.reference, ledger: ledgerFile };
  // Only what was given goes to the rotation, validated once: its own default is the embedded ledger, also with other reference data.
  const options: MirpsRotationOptions = rotationContext(loadContext(jsonInput(io, 'presidency', values['max-input-size']), files), files);
  const label = ledgerFile ?? 'ledger';
  switch (action) {
    case 'next': {
      if (values.handover !== undefined && !calendarDaySchema.safeParse(values.handover).success) throw new UsageError(`--handover takes a day as YYYY-MM-DD; got ${values.handover}`, 'presidency');
      const base = fromFile(label, () => nextPresidency(options));
      const next = values.handover === undefined ? base : fromFile(label, () => nextPresidency({ ...options, handovers: { [base.label]: values.handover! } }));
      printResult(io, values.json, next, () => `${describe(next)}\nHandover: ${next.handover.event ?? 'the handover'}${next.handover.date ? `, ${next.handover.date}` : ', date not yet known'}\n\nWhy:\n${next.explanation.text.map((line) => `  ${line}`).join('\n')}\n`);
      return 0;
    }
    case 'schedule': {
      if (values.through === undefined || !/^\d{4}$/.test(values.through)) throw new UsageError('schedule needs --through <year>, e.g. --through 2030', 'presidency');
      const terms = fromFile('--through', () => projectPresidencies({ through: values.through!, ...options }));
      printResult(io, values.json, terms, () => `${terms.map((term) => `${describe(term)}${term.cycle === null ? '' : `, cycle ${term.cycle}`}`).join('\n')}\n`);
      return 0;
    }
    case 'on': {
      if (argument === undefined || !calendarDaySchema.safeParse(argument).success) throw new UsageError(`on needs a day as YYYY-MM-DD, e.g. mirps presidency on 2023-06-01${argument === undefined ? '' : `; got ${argument}`}`, 'presidency');
      const holder = fromFile('date', () => presidencyOn(argument, options));
      printResult(io, values.json, holder, () => `${holder.date}: ${holder.holderName} (${holder.holder}), term ${holder.label}${holder.projected ? ', projected' : ''}, since ${holder.since}${holder.approximate ? ' (approximate: a handover day is not known)' : ''}\n`);
      return 0;
    }
    case 'check': {
      const { ledger, ...others } = options;
      const verdicts = fromFile(label, () => checkRotation(ledger, others));
      printResult(io, values.json, verdicts, () => `${verdicts.map((v) => v.message).join('\n')}\n`);
      return verdicts.some((v) => v.verdict === 'unexplained-departure') ? 1 : 0;
    }
    default:
      throw new UsageError(action === undefined ? 'Which? next, schedule, on or check' : `Unknown presidency command: ${action}`, 'presidency');
  }
}
