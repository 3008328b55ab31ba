import { parsePlanProgress } from '@mirps/core';
import { assembleActionPlanReport, assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderJSON, renderMarkdown, type ReportDocument } from '@mirps/report';
import { UsageError } from '../cli-error.js';
import { DATA_OPTIONS, loadContext, loadPlan, parseCommand, type CliIo, type MirpsDefaults } from '../context.js';
import { fromFile, readJson, writeAtomically } from '../files.js';

export const REPORT_HELP = `Usage: mirps report <plan | progress | memoir> [--format md|html|json] [-o FILE] [options]

  plan       the Regional Action Plan as a document
  progress   the progress report (needs --progress)
  memoir     the outgoing presidency's memoir (needs --progress)

Options:
  --format md|html|json   the output format (md by default)
  -o, --output FILE       write to FILE (whole or not at all); - for standard output
  --progress FILE         the plan's progress (a plan-progress JSON file)
  --as-of YYYY-MM-DD      the day of a progress report or memoir (the plan's last day by default)
  --plan FILE             a plan instead of the embedded 2023 plan
  --reference FILE        reference data instead of the embedded one (working groups, members)
  --ledger FILE           a presidency ledger instead of the embedded one
  -h, --help              this help
`;

const RENDERERS = { md: renderMarkdown, html: renderHTML, json: renderJSON } as const;

export function reportCommand(args: readonly string[], io: CliIo, defaults: MirpsDefaults): number {
  const { values, positionals } = parseCommand('report', args, {
    ...DATA_OPTIONS,
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
  const format = (values.format ?? (values.json ? 'json' : 'md')) as keyof typeof RENDERERS;
  if (!(format in RENDERERS)) throw new UsageError(`--format is md, html or json; got ${values.format}`, 'report');
  if (kind !== 'plan' && kind !== 'progress' && kind !== 'memoir') throw new UsageError(kind === undefined ? 'Which report? plan, progress or memoir' : `Unknown report: ${kind}`, 'report');
  if (kind !== 'plan' && values.progress === undefined) throw new UsageError(`The ${kind} report needs --progress <file.json>`, 'report');
  const context = loadContext(io, values);
  const plan = loadPlan(io, values.plan, context, defaults);
  let doc: ReportDocument;
  if (kind === 'plan') doc = fromFile(values.plan ?? 'plan', () => assembleActionPlanReport(plan, context));
  else {
    const file = values.progress!;
    const progress = fromFile(file, () => parsePlanProgress(readJson(io.cwd, file), plan, context));
    const asOf = values['as-of'] ?? `${plan.year}-12-31`;
    doc = fromFile('--as-of', () => (kind === 'progress' ? assembleProgressReport(plan, progress, { ...context, asOf }) : assemblePresidencyMemoir(plan, progress, { ...context, asOf })));
  }
  const text = RENDERERS[format](doc);
  if (values.output === undefined || values.output === '-') io.stdout(text);
  else {
    writeAtomically(io.cwd, values.output, text);
    io.stderr(`Wrote ${values.output}\n`);
  }
  return 0;
}
