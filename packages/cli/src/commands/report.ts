import { calendarDaySchema, parsePlanProgress } from '@mirps/core';
import { assembleActionPlanReport, assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderJSON, renderMarkdown, type ReportDocument } from '@mirps/report';
import { UsageError } from '../cli-error.js';
import { DATA_OPTIONS, loadContext, loadPlan, OUTPUT_OPTIONS, parseCommand, refuseExtraArguments, type MirpsDefaults } from '../context.js';
import { fromFile } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';
import { writeAtomically } from '../write-output.js';

const RENDERERS = { md: renderMarkdown, html: renderHTML, json: renderJSON } as const;
type Format = keyof typeof RENDERERS;
const isFormat = (format: string): format is Format => Object.hasOwn(RENDERERS, format);

export function reportCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { messages, language } = io;
  const { values, positionals } = parseCommand(messages, 'report', args, {
    ...DATA_OPTIONS,
    ...OUTPUT_OPTIONS,
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    progress: { type: 'string' },
    'as-of': { type: 'string' },
  });
  if (values.help) {
    io.stdout(messages.reportHelp);
    return 0;
  }
  const [kind, ...rest] = positionals;
  refuseExtraArguments(messages, 'report', rest);
  const format = values.format ?? (values.json ? 'json' : 'md');
  if (!isFormat(format)) throw new UsageError(messages.format(String(values.format)), 'report');
  if (kind !== 'plan' && kind !== 'progress' && kind !== 'memoir') throw new UsageError(kind === undefined ? messages.whichReport : messages.unknownReport(kind), 'report');
  if (kind !== 'plan' && values.progress === undefined) throw new UsageError(messages.needsProgress(kind), 'report');
  if (values['as-of'] !== undefined && !calendarDaySchema.safeParse(values['as-of']).success) throw new UsageError(messages.asOf(values['as-of']), 'report');
  const input = jsonInput(io, 'report', values['max-input-size']);
  const context = loadContext(input, values, language);
  const plan = loadPlan(input, values.plan, context, defaults, language);
  let doc: ReportDocument;
  if (kind === 'plan') doc = fromFile(values.plan ?? messages.planLabel, () => assembleActionPlanReport(plan, { ...context, language }));
  else {
    const file = values.progress!;
    const progress = fromFile(file, () => parsePlanProgress(input.read(file), plan, { ...context, language }));
    const asOf = values['as-of'] ?? `${plan.year}-12-31`;
    doc = fromFile('--as-of', () => (kind === 'progress' ? assembleProgressReport(plan, progress, { ...context, asOf, language }) : assemblePresidencyMemoir(plan, progress, { ...context, asOf, language })));
  }
  const text = RENDERERS[format](doc);
  if (values.output === undefined || values.output === '-') io.data(text);
  else {
    writeAtomically(io.cwd, values.output, text, { force: values.force, language });
    io.stderr(messages.wrote(values.output));
  }
  return 0;
}
