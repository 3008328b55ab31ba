import { calendarDaySchema, parsePlanProgress } from '@mirps/core';
import { assembleActionPlanReport, assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderJSON, renderMarkdown, type ReportDocument } from '@mirps/report';
import { UsageError } from '../cli-error.js';
import { DATA_OPTIONS, loadContext, loadPlan, OUTPUT_OPTIONS, parseCommand, type MirpsDefaults } from '../context.js';
import { fromFile } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';
import { writeAtomically } from '../write-output.js';

export const REPORT_HELP = `Usage: mirps report <plan | progress | memoir> [--format md|html|json] [-o FILE [--force]] [options]

  plan       the Regional Action Plan as a document
  progress   the progress report (needs --progress)
  memoir     the outgoing presidency's memoir (needs --progress)

Options:
  --format md|html|json   the output format (md by default)
  -o, --output FILE       write to FILE (whole or not at all); - for standard output
  --force                 replace FILE if it exists (only a regular file: never
                          a symbolic link, a folder or a special file)
  --progress FILE         the plan's progress (a plan-progress JSON file)
  --as-of YYYY-MM-DD      the day of a progress report or memoir (the plan's last day by default)
  --plan FILE             a plan instead of the embedded 2023 plan
  --reference FILE        reference data instead of the embedded one (working groups, members)
  --ledger FILE           a presidency ledger instead of the embedded one
  --max-input-size SIZE   the largest file read, e.g. 100M (50M by default)
  -h, --help              this help

A FILE read may be -, standard input (for one of them).
`;

const RENDERERS = { md: renderMarkdown, html: renderHTML, json: renderJSON } as const;
type Format = keyof typeof RENDERERS;
const isFormat = (format: string): format is Format => Object.hasOwn(RENDERERS, format);

export function reportCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { values, positionals } = parseCommand('report', args, {
    ...DATA_OPTIONS,
    ...OUTPUT_OPTIONS,
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    progress: { type: 'string' },
    'as-of': { type: 'string' },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const [kind, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`Unexpected arguments: ${rest.join(' ')}`, 'report');
  const format = values.format ?? (values.json ? 'json' : 'md');
  if (!isFormat(format)) throw new UsageError(`--format is md, html or json; got ${values.format}`, 'report');
  if (kind !== 'plan' && kind !== 'progress' && kind !== 'memoir') throw new UsageError(kind === undefined ? 'Which report? plan, progress or memoir' : `Unknown report: ${kind}`, 'report');
  if (kind !== 'plan' && values.progress === undefined) throw new UsageError(`The ${kind} report needs --progress <file.json>`, 'report');
  if (values['as-of'] !== undefined && !calendarDaySchema.safeParse(values['as-of']).success) throw new UsageError(`--as-of takes a day as YYYY-MM-DD; got ${values['as-of']}`, 'report');
  const input = jsonInput(io, 'report', values['max-input-size']);
  const context = loadContext(input, values);
  const plan = loadPlan(input, values.plan, context, defaults);
  let doc: ReportDocument;
  if (kind === 'plan') doc = fromFile(values.plan ?? 'plan', () => assembleActionPlanReport(plan, context));
  else {
    const file = values.progress!;
    const progress = fromFile(file, () => parsePlanProgress(input.read(file), plan, context));
    const asOf = values['as-of'] ?? `${plan.year}-12-31`;
    doc = fromFile('--as-of', () => (kind === 'progress' ? assembleProgressReport(plan, progress, { ...context, asOf }) : assemblePresidencyMemoir(plan, progress, { ...context, asOf })));
  }
  const text = RENDERERS[format](doc);
  if (values.output === undefined || values.output === '-') io.data(text);
  else {
    writeAtomically(io.cwd, values.output, text, { force: values.force });
    io.stderr(`Wrote ${values.output}\n`);
  }
  return 0;
}
