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
import { DATA_OPTIONS, loadContext, loadPlan, parseCommand, printResult, refuseExtraArguments, type MirpsDefaults } from '../context.js';
import { describeIssues } from '../issues.js';
import { jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';

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
  const { messages, language } = io;
  const { values, positionals } = parseCommand(messages, 'validate', args, { ...DATA_OPTIONS, kind: { type: 'string' } });
  if (values.help) {
    io.stdout(messages.validateHelp);
    return 0;
  }
  const [file, ...rest] = positionals;
  if (file === undefined) throw new UsageError(messages.whichFile, 'validate');
  refuseExtraArguments(messages, 'validate', rest);
  if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) throw new UsageError(messages.unknownKind(values.kind, KINDS.join(', ')), 'validate');
  const input = jsonInput(io, 'validate', values['max-input-size']);
  const document = input.read(file);
  const kind = (values.kind as Kind | undefined) ?? detect(document);
  if (kind === undefined) throw new UsageError(messages.unknownDocument(file, KINDS.join(', ')), 'validate');
  const context = loadContext(input, values, language);
  // The plan is read only when given, or when a plan-progress file needs it.
  const plan = values.plan !== undefined || kind === 'plan-progress' ? loadPlan(input, values.plan, context, defaults, language) : undefined;
  const checks: Record<Kind, () => unknown> = {
    'action-plan': () => parseActionPlan(document, { ...context, language }),
    'reference-data': () => parseReferenceData(document, { language }),
    'presidency-ledger': () => parsePresidencyLedger(document, { reference: context.reference, language }),
    'rotation-setup': () => createRotation(document as never),
    'plan-progress': () => parsePlanProgress(document, plan!, { ...context, language }),
    'calendar-activities': () => parseCalendarActivities(document, { language }),
  };
  let issues: readonly MirpsIssue[] = [];
  try {
    checks[kind]();
  } catch (error) {
    if (!(error instanceof MirpsError)) throw error;
    issues = error.issues;
  }
  printResult(io, values.json, { file, kind, valid: issues.length === 0, issues }, () =>
    issues.length === 0 ? messages.valid(file, kind) : `${messages.invalid(file, kind, issues.length)}${describeIssues(file, issues).replace(/^/gm, '  ')}\n`,
  );
  return issues.length === 0 ? 0 : 1;
}
