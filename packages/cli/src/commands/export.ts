import { type ActionPlan, calendarDaySchema, type PlanProgress, parsePlanProgress } from '@mirps/core';
import { exportHXL, exportIATI, type HXLTable } from '@mirps/report';
import { UsageError } from '../cli-error.js';
import {
  DATA_OPTIONS,
  loadContext,
  loadNationalPairs,
  loadPlan,
  type MirpsDefaults,
  OUTPUT_OPTIONS,
  parseCommand,
  refuseExtraArguments,
} from '../context.js';
import { fromFile } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';
import { writeResult } from '../write-output.js';

/**
 * `mirps export iati|hxl`: the national plans given (and, for IATI, the regional plan's progress) as an IATI
 * activity file or as HXL-tagged CSV, to standard output or to `-o FILE`, whole or not at all.
 */
export function exportCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { messages, language } = io;
  const { values, positionals } = parseCommand(messages, 'export', args, {
    ...DATA_OPTIONS,
    ...OUTPUT_OPTIONS,
    output: { type: 'string', short: 'o' },
    'national-plan': { type: 'string', multiple: true },
    'national-progress': { type: 'string', multiple: true },
    progress: { type: 'string' },
    'reporting-org': { type: 'string' },
    'reporting-org-type': { type: 'string' },
    'reporting-org-name': { type: 'string' },
    'generated-datetime': { type: 'string' },
    table: { type: 'string' },
    'as-of': { type: 'string' },
  });
  if (values.help) {
    io.stdout(messages.exportHelp);
    return 0;
  }
  const [format, ...rest] = positionals;
  refuseExtraArguments(messages, 'export', rest);
  if (format !== 'iati' && format !== 'hxl')
    throw new UsageError(format === undefined ? messages.whichExport : messages.unknownExport(format), 'export');
  const planFiles = values['national-plan'] ?? [];
  const files = [values.progress, values.plan, values.reference, values.ledger, ...planFiles];
  if ([...files, ...(values['national-progress'] ?? [])].filter((file) => file === '-').length > 1)
    throw new UsageError(messages.stdinOnce, 'export');
  const org = { ref: values['reporting-org'], type: values['reporting-org-type'], name: values['reporting-org-name'] };
  if (format === 'iati' && (org.ref === undefined || org.type === undefined || org.name === undefined))
    throw new UsageError(messages.needsReportingOrg, 'export');
  if (format === 'iati' && planFiles.length === 0 && values.progress === undefined)
    throw new UsageError(messages.needsPlans('iati'), 'export');
  if (format === 'hxl' && planFiles.length === 0) throw new UsageError(messages.needsPlans('hxl'), 'export');
  const { table, 'as-of': asOf } = values;
  if (table !== undefined && table !== 'commitments' && table !== 'indicators')
    throw new UsageError(messages.table(table), 'export');
  if (asOf !== undefined && !calendarDaySchema.safeParse(asOf).success)
    throw new UsageError(messages.asOf(asOf), 'export');
  const input = jsonInput(io, 'export', values['max-input-size']);
  const context = loadContext(input, values, language);
  const national = loadNationalPairs(input, planFiles, values['national-progress'] ?? [], context, language, 'export');
  let text: string;
  if (format === 'hxl') {
    const options = {
      ...context,
      language,
      ...(table === undefined ? {} : { table: table as HXLTable }),
      ...(asOf === undefined ? {} : { asOf }),
    };
    text = fromFile('hxl', () => exportHXL({ national }, options));
  } else {
    const reportingOrg = { ref: org.ref as string, type: org.type as string, name: { [language]: org.name as string } };
    let regional: { plan: ActionPlan; progress: PlanProgress } | undefined;
    const progressFile = values.progress;
    if (progressFile !== undefined) {
      const plan = loadPlan(input, values.plan, context, defaults, language);
      const progress = fromFile(progressFile, () =>
        parsePlanProgress(input.read(progressFile), plan, { ...context, language }),
      );
      regional = { plan, progress };
    }
    const activities = {
      national: national.map((pair) => ({ ...pair, reportingOrg })),
      ...(regional === undefined ? {} : { regional: { ...regional, reportingOrg } }),
    };
    const generated = values['generated-datetime'];
    text = fromFile('iati', () =>
      exportIATI(activities, {
        ...context,
        language,
        ...(generated === undefined ? {} : { generatedDatetime: generated }),
      }),
    );
  }
  writeResult(io, values, text);
  return 0;
}
