import { extname } from 'node:path';
import {
  type ActionPlan,
  calendarDaySchema,
  type PlanProgress,
  parsePlanProgress,
  parseRegionalSupport,
} from '@mirps/core';
import {
  assembleActionPlanReport,
  assembleAnnualReport,
  assemblePresidencyMemoir,
  assembleProgressReport,
  type ReportDocument,
  renderHTML,
  renderJSON,
  renderMarkdown,
} from '@mirps/report';
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
import type { Messages } from '../i18n/messages.js';
import { fromFile, fromOption } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';
import { writeResult } from '../write-output.js';

const RENDERERS = { md: renderMarkdown, html: renderHTML, json: renderJSON } as const;
type Format = keyof typeof RENDERERS;
const isFormat = (format: string): format is Format => Object.hasOwn(RENDERERS, format);
/** The format each extension of an output file names (compared in lower case). */
const EXTENSIONS: ReadonlyMap<string, Format> = new Map([
  ['.md', 'md'],
  ['.markdown', 'md'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.json', 'json'],
]);

/**
 * The format to write: `--format` (or `--json`) when given, else the one the extension of `-o FILE` names, else
 * Markdown (standard output, or a name without an extension). An extension naming no format is a usage error.
 */
function outputFormat(values: { format?: string; json?: boolean; output?: string }, messages: Messages): Format {
  if (values.format !== undefined) {
    if (!isFormat(values.format)) throw new UsageError(messages.format(values.format), 'report');
    return values.format;
  }
  if (values.json === true) return 'json';
  const { output } = values;
  const extension = output === undefined || output === '-' ? '' : extname(output).toLowerCase();
  if (output === undefined || extension === '') return 'md';
  const format = EXTENSIONS.get(extension);
  if (format === undefined) throw new UsageError(messages.outputExtension(output), 'report');
  return format;
}

export function reportCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { messages, language } = io;
  const { values, positionals } = parseCommand(messages, 'report', args, {
    ...DATA_OPTIONS,
    ...OUTPUT_OPTIONS,
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    progress: { type: 'string' },
    'as-of': { type: 'string' },
    year: { type: 'string' },
    'national-plan': { type: 'string', multiple: true },
    'national-progress': { type: 'string', multiple: true },
    support: { type: 'string' },
  });
  if (values.help) {
    io.stdout(messages.reportHelp);
    return 0;
  }
  const [kind, ...rest] = positionals;
  refuseExtraArguments(messages, 'report', rest);
  const format = outputFormat(values, messages);
  if (kind !== 'plan' && kind !== 'progress' && kind !== 'memoir' && kind !== 'annual')
    throw new UsageError(kind === undefined ? messages.whichReport : messages.unknownReport(kind), 'report');
  if (values['as-of'] !== undefined && !calendarDaySchema.safeParse(values['as-of']).success)
    throw new UsageError(messages.asOf(values['as-of']), 'report');
  if (kind === 'annual') {
    writeResult(io, values, RENDERERS[format](annualReport(io, values, defaults)));
    return 0;
  }
  // The plan report reads no progress file (null); the others need one.
  const progressFile = kind === 'plan' ? null : values.progress;
  if (progressFile === undefined) throw new UsageError(messages.needsProgress(kind), 'report');
  const input = jsonInput(io, 'report', values['max-input-size']);
  const context = loadContext(input, values, language);
  const plan = loadPlan(input, values.plan, context, defaults, language);
  let doc: ReportDocument;
  if (progressFile === null)
    doc = fromFile(values.plan ?? messages.planLabel, () => assembleActionPlanReport(plan, { ...context, language }));
  else {
    const progress = fromFile(progressFile, () =>
      parsePlanProgress(input.read(progressFile), plan, { ...context, language }),
    );
    const asOf = values['as-of'] ?? `${plan.year}-12-31`;
    const assemble = kind === 'progress' ? assembleProgressReport : assemblePresidencyMemoir;
    doc = fromOption('--as-of', 'asOf', () => assemble(plan, progress, { ...context, asOf, language }));
  }
  writeResult(io, values, RENDERERS[format](doc));
  return 0;
}

/**
 * The MIRPS Annual Report of `--year` (or of the year of `--as-of`): a chapter for each `--national-plan` with its
 * `--national-progress`, the regional chapter when `--progress` (of `--plan` or the embedded plan) is given, and the
 * support chapter when `--support` is.
 */
function annualReport(
  io: CommandIo,
  values: {
    year?: string;
    'as-of'?: string;
    'national-plan'?: string[];
    'national-progress'?: string[];
    support?: string;
    progress?: string;
    plan?: string;
    reference?: string;
    ledger?: string;
    'max-input-size'?: string;
  },
  defaults: MirpsDefaults,
): ReportDocument {
  const { messages, language } = io;
  const asOf = values['as-of'];
  const yearText = values.year ?? asOf?.slice(0, 4);
  if (yearText === undefined) throw new UsageError(messages.needsYear, 'report');
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(messages.year(yearText), 'report');
  const files = [values.progress, values.plan, values.reference, values.ledger, values.support];
  if (
    [...files, ...(values['national-plan'] ?? []), ...(values['national-progress'] ?? [])].filter((f) => f === '-')
      .length > 1
  )
    throw new UsageError(messages.stdinOnce, 'report');
  const input = jsonInput(io, 'report', values['max-input-size']);
  const context = loadContext(input, values, language);
  const national = loadNationalPairs(
    input,
    values['national-plan'] ?? [],
    values['national-progress'] ?? [],
    context,
    language,
    'report',
  );
  let regional: { plan: ActionPlan; progress: PlanProgress } | undefined;
  const progressFile = values.progress;
  if (progressFile !== undefined) {
    const plan = loadPlan(input, values.plan, context, defaults, language);
    const progress = fromFile(progressFile, () =>
      parsePlanProgress(input.read(progressFile), plan, { ...context, language }),
    );
    regional = { plan, progress };
  }
  const supportFile = values.support;
  const support =
    supportFile === undefined
      ? undefined
      : fromFile(supportFile, () =>
          parseRegionalSupport(
            input.read(supportFile),
            {
              nationalPlans: national.map((n) => n.plan),
              ...(regional === undefined ? {} : { regionalPlan: regional.plan }),
            },
            { ...context, language },
          ),
        );
  const documents = {
    national,
    ...(regional === undefined ? {} : { regional }),
    ...(support === undefined ? {} : { support }),
  };
  return fromOption('--year', 'year', () =>
    assembleAnnualReport(documents, {
      ...context,
      year: Number(yearText),
      ...(asOf === undefined ? {} : { asOf }),
      language,
    }),
  );
}
