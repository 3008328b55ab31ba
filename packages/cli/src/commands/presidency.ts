import {
  calendarDaySchema,
  checkRotation,
  type MirpsRotationOptions,
  nextPresidency,
  type Presidency,
  presidencyOn,
  projectPresidencies,
} from '@mirps/core';
import { UsageError } from '../cli-error.js';
import {
  CONTEXT_OPTIONS,
  loadContext,
  parseCommand,
  printResult,
  refuseExtraArguments,
  rotationContext,
} from '../context.js';
import type { Messages } from '../i18n/messages.js';
import { fromFile, fromOption } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';

function describe(term: Presidency, messages: Messages): string {
  return `${term.label}: ${term.holderName} (${term.holder})${term.projected ? messages.projected : ''}`;
}

export function presidencyCommand(args: readonly string[], io: CommandIo): number {
  const { messages, language } = io;
  const { values, positionals } = parseCommand(messages, 'presidency', args, {
    ...CONTEXT_OPTIONS,
    through: { type: 'string' },
    handover: { type: 'string' },
  });
  if (values.help) {
    io.stdout(messages.presidencyHelp);
    return 0;
  }
  const [action, argument, ...rest] = positionals;
  refuseExtraArguments(messages, 'presidency', rest);
  const ledgerFile = action === 'check' && argument !== undefined ? argument : values.ledger;
  const files = { reference: values.reference, ledger: ledgerFile };
  // Only what was given goes to the rotation, validated once: its own default is the embedded ledger, also with other reference data.
  const options: MirpsRotationOptions = {
    ...rotationContext(loadContext(jsonInput(io, 'presidency', values['max-input-size']), files, language), files),
    language,
  };
  const label = ledgerFile ?? messages.ledgerLabel;
  switch (action) {
    case 'next': {
      if (values.handover !== undefined && !calendarDaySchema.safeParse(values.handover).success)
        throw new UsageError(messages.handoverDay(values.handover), 'presidency');
      const handoverDay = values.handover;
      const base = fromFile(label, () => nextPresidency(options));
      const next =
        handoverDay === undefined
          ? base
          : fromFile(label, () => nextPresidency({ ...options, handovers: { [base.label]: handoverDay } }));
      const handoverDate = next.handover.date ? `, ${next.handover.date}` : messages.handoverDateUnknown;
      const handover = `${messages.handover(next.handover.event ?? messages.theHandover)}${handoverDate}`;
      printResult(
        io,
        values.json,
        next,
        () =>
          `${describe(next, messages)}\n${handover}\n\n${messages.why}\n${next.explanation.text.map((line) => `  ${line}`).join('\n')}\n`,
      );
      return 0;
    }
    case 'schedule': {
      const through = values.through;
      if (through === undefined) throw new UsageError(messages.scheduleThrough, 'presidency');
      // Not a year of four digits: the range a projection can reach, from the term after the ledger's last.
      if (!/^\d{4}$/.test(through)) {
        const first = fromFile(label, () => nextPresidency(options)).label;
        throw new UsageError(messages.throughYear(first, through), 'presidency');
      }
      const terms = fromOption('--through', 'through', () => projectPresidencies({ through, ...options }));
      printResult(
        io,
        values.json,
        terms,
        () =>
          `${terms.map((term) => `${describe(term, messages)}${term.cycle === null ? '' : messages.cycle(String(term.cycle))}`).join('\n')}\n`,
      );
      return 0;
    }
    case 'on': {
      if (argument === undefined || !calendarDaySchema.safeParse(argument).success)
        throw new UsageError(
          `${messages.onDay}${argument === undefined ? '' : messages.gotValue(argument)}`,
          'presidency',
        );
      const holder = fromOption(messages.dateLabel, 'date', () => presidencyOn(argument, options));
      printResult(
        io,
        values.json,
        holder,
        () =>
          `${messages.holderOn(holder.date, holder.holderName, holder.holder, holder.label, holder.projected ? messages.projected : '', holder.since, holder.approximate ? messages.approximate : '')}\n`,
      );
      return 0;
    }
    case 'check': {
      const { ledger, ...others } = options;
      const verdicts = fromFile(label, () => checkRotation(ledger, others));
      printResult(io, values.json, verdicts, () => `${verdicts.map((v) => v.message).join('\n')}\n`);
      return verdicts.some((v) => v.verdict === 'unexplained-departure') ? 1 : 0;
    }
    default:
      throw new UsageError(
        action === undefined ? messages.whichPresidencyCommand : messages.unknownPresidencyCommand(action),
        'presidency',
      );
  }
}
