import {
  parseActionPlan,
  parseCalendarActivities,
  parsePlanProgress,
  parsePresidencyLedger,
  parseReferenceData,
  createRotation,
  MirpsError,
  type MirpsIssue,
} from '@mirps/core';
import { UsageError } from '../cli-error.js';
import { DATA_OPTIONS, loadContext, loadPlan, parseCommand, printResult, type MirpsDefaults } from '../context.js';
import { describeIssues } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';

export const VALIDATE_HELP = `Usage: mirps validate <file.json | -> [--kind KIND] [options]

Checks a MIRPS JSON file (- reads standard input): its shape and every rule
beyond it, against the reference data and ledger given (the embedded ones by
default). Prints every issue with its path in the file; exits 1 when the file
is invalid, 0 when valid.

Kinds (detected from the content unless given):
  action-plan, reference-data, presidency-ledger, rotation-setup,
  plan-progress (checked against --plan, the embedded 2023 plan by default),
  calendar-activities

Options:
  --kind KIND          the kind of document
  --plan FILE          the plan a plan-progress file is about
  --reference FILE     reference data to check against instead of the embedded one
                       (alone, with a ledger of no recorded terms)
  --ledger FILE        a presidency ledger to check against instead of the embedded one
  --max-input-size SIZE  the largest file read, e.g. 100M (50M by default)
  --json               output JSON for scripts
  -h, --help           this help
`;

const KINDS = ['action-plan', 'reference-data', 'presidency-ledger', 'rotation-setup', 'plan-progress', 'calendar-activities'] as const;
type Kind = (typeof KINDS)[number];

/** The kind of a document, from the fields only that kind has. */
function detect(document: unknown): Kind | undefined {
  if (Array.isArray(document)) return 'calendar-activities';
  if (typeof document !== 'object' || document === null) return undefined;
  const has = (key: string): boolean => Object.hasOwn(document, key);
  if (has('priorities') || has('objectives')) return 'action-plan';
  if (has('memberStates')) return 'reference-data';
  if (has('records') || has('indicators')) return 'plan-progress';
  if (has('strategy') || has('members')) return 'rotation-setup';
  if (has('terms')) return 'presidency-ledger';
  return undefined;
}

export function validateCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { values, positionals } = parseCommand('validate', args, { ...DATA_OPTIONS, kind: { type: 'string' } });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const [file, ...rest] = positionals;
  if (file === undefined) throw new UsageError('Which file? mirps validate <file.json>', 'validate');
  if (rest.length > 0) throw new UsageError(`Unexpected arguments: ${rest.join(' ')}`, 'validate');
  if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`Unknown kind ${values.kind}; kinds: ${KINDS.join(', ')}`, 'validate');
  const input = jsonInput(io, 'validate', values['max-input-size']);
  const document = input.read(file);
  const kind = (values.kind as Kind | undefined) ?? detect(document);
  if (kind === undefined) throw new UsageError(`${file}: cannot tell what kind of document this is; give --kind (${KINDS.join(', ')})`, 'validate');
  const context = loadContext(input, values);
  // The plan is read only when given, or when a plan-progress file needs it.
  const plan = values.plan !== undefined || kind === 'plan-progress' ? loadPlan(input, values.plan, context, defaults) : undefined;
  const checks: Record<Kind, () => unknown> = {
    'action-plan': () => parseActionPlan(document, context),
    'reference-data': () => parseReferenceData(document),
    'presidency-ledger': () => parsePresidencyLedger(document, { reference: context.reference }),
    'rotation-setup': () => createRotation(document as never),
    'plan-progress': () => parsePlanProgress(document, plan!, context),
    'calendar-activities': () => parseCalendarActivities(document),
  };
  let issues: readonly MirpsIssue[] = [];
  try {
    checks[kind]();
  } catch (error) {
    if (!(error instanceof MirpsError)) throw error;
    issues = error.issues;
  }
  printResult(io, values.json, { file, kind, valid: issues.length === 0, issues }, () =>
    issues.length === 0 ? `${file}: a valid ${kind}\n` : `${file}: not a valid ${kind}, ${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${describeIssues(file, issues).replace(/^/gm, '  ')}\n`,
  );
  return issues.length === 0 ? 0 : 1;
}
