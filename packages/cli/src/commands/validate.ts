import {
  type ActionPlan,
  createRotation,
  MirpsError,
  type MirpsIssue,
  type NationalActionPlan,
  parseActionPlan,
  parseCalendarActivities,
  parseNationalActionPlan,
  parseNationalPlanProgress,
  parsePlanProgress,
  parsePresidencyLedger,
  parseReferenceData,
  parseRegionalSupport,
} from '@mirps/core';
import { InputError, UsageError } from '../cli-error.js';
import {
  DATA_OPTIONS,
  json,
  loadContext,
  loadNationalPlans,
  loadPlan,
  type MirpsDefaults,
  parseCommand,
} from '../context.js';
import type { Messages } from '../i18n/messages.js';
import { describeIssues } from '../issues.js';
import { type JsonInput, jsonInput } from '../read-json.js';
import type { CommandIo } from '../terminal.js';

const KINDS = [
  'action-plan',
  'reference-data',
  'presidency-ledger',
  'rotation-setup',
  'plan-progress',
  'calendar-activities',
  'national-action-plan',
  'national-plan-progress',
  'regional-support',
] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** The kind of a document, from the fields only that kind has. */
function detect(document: unknown): Kind | undefined {
  if (Array.isArray(document)) return 'calendar-activities';
  if (typeof document !== 'object' || document === null) return undefined;
  const has = (key: string): boolean => Object.hasOwn(document, key);
  if (has('priorities') || has('objectives')) return 'action-plan';
  if (has('memberStates')) return 'reference-data';
  if (has('commitments') && has('memberState')) return 'national-action-plan';
  if (has('reviews')) return 'national-plan-progress';
  if (has('contributions') || has('fund')) return 'regional-support';
  if (has('records') || has('indicators')) return 'plan-progress';
  if (has('strategy') || has('members')) return 'rotation-setup';
  if (has('terms')) return 'presidency-ledger';
  return undefined;
}

/**
 * What `validate` says of one file, as `--json` prints it: its kind and issues; `kind` null and `error` the message
 * when the file could not be read, or its kind told.
 */
interface FileReport {
  readonly file: string;
  readonly kind: Kind | null;
  readonly valid: boolean;
  readonly issues: readonly MirpsIssue[];
  readonly error?: string;
}

/** One file's report and exit code: 0 valid, 1 invalid or unreadable, 2 of a kind that cannot be told. */
interface FileOutcome {
  readonly report: FileReport;
  readonly code: number;
}

/** Checks one document of a kind; its issues, none when valid. */
type Check = (kind: Kind, document: unknown) => readonly MirpsIssue[];

/** Reads, types and checks one file; what cannot be read or typed is said on standard error, as for a single file. */
function validateFile(
  file: string,
  input: JsonInput,
  kindGiven: Kind | undefined,
  check: Check,
  io: CommandIo,
): FileOutcome {
  const { messages } = io;
  let document: unknown;
  try {
    document = input.read(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${error.message}\n`);
    return { code: 1, report: { file, kind: null, valid: false, issues: [], error: error.message } };
  }
  const kind = kindGiven ?? detect(document);
  if (kind === undefined) {
    const problem = messages.unknownDocument(file, KINDS.join(', '));
    io.stderr(messages.usage('validate', problem));
    return { code: 2, report: { file, kind: null, valid: false, issues: [], error: problem } };
  }
  const issues = check(kind, document);
  return { code: issues.length === 0 ? 0 : 1, report: { file, kind, valid: issues.length === 0, issues } };
}

/** A report as people read it: the file and "valid", or the file and each of its issues. */
function reportText(file: string, kind: Kind, issues: readonly MirpsIssue[], messages: Messages): string {
  if (issues.length === 0) return messages.valid(file, kind);
  return `${messages.invalid(file, kind, issues.length)}${describeIssues(file, issues).replace(/^/gm, '  ')}\n`;
}

export function validateCommand(args: readonly string[], io: CommandIo, defaults: MirpsDefaults): number {
  const { messages, language } = io;
  const options = {
    ...DATA_OPTIONS,
    kind: { type: 'string' },
    'national-plan': { type: 'string', multiple: true },
  } as const;
  const { values, positionals: files } = parseCommand(messages, 'validate', args, options);
  if (values.help) {
    io.stdout(messages.validateHelp);
    return 0;
  }
  if (files.length === 0) throw new UsageError(messages.whichFile, 'validate');
  const kindGiven = values.kind;
  if (kindGiven !== undefined && !isKind(kindGiven)) {
    throw new UsageError(messages.unknownKind(kindGiven, KINDS.join(', ')), 'validate');
  }
  // Refused before any file is read, so that no file's report is printed before the refusal.
  if (files.includes('')) throw new UsageError(messages.emptyFileName, 'validate');
  const nationalFiles = values['national-plan'] ?? [];
  if (
    [...files, values.plan, values.reference, values.ledger, ...nationalFiles].filter((file) => file === '-').length > 1
  ) {
    throw new UsageError(messages.stdinOnce, 'validate');
  }
  const input = jsonInput(io, 'validate', values['max-input-size']);
  const context = loadContext(input, values, language);
  // The plan given is read at once; the default plan only when a plan-progress file needs it.
  let plan = values.plan === undefined ? undefined : loadPlan(input, values.plan, context, defaults, language);
  const planOfProgress = (): ActionPlan => (plan ??= loadPlan(input, values.plan, context, defaults, language));
  const nationalPlans = loadNationalPlans(input, nationalFiles, context, language);
  /** The national plan a national-plan-progress file is about: the one of its id, else the only one given. */
  const nationalPlanOf = (document: unknown): NationalActionPlan => {
    const id = (document as { plan?: unknown } | null)?.plan;
    const plan = nationalPlans.find((candidate) => candidate.id === id) ?? nationalPlans[0];
    if (plan === undefined) throw new UsageError(messages.nationalPlanNeeded, 'validate');
    return plan;
  };
  const checks: Record<Kind, (document: unknown) => unknown> = {
    'action-plan': (document) => parseActionPlan(document, { ...context, language }),
    'reference-data': (document) => parseReferenceData(document, { language }),
    'presidency-ledger': (document) => parsePresidencyLedger(document, { reference: context.reference, language }),
    'rotation-setup': (document) => createRotation(document as never),
    'plan-progress': (document) => parsePlanProgress(document, planOfProgress(), { ...context, language }),
    'calendar-activities': (document) => parseCalendarActivities(document, { language }),
    'national-action-plan': (document) => parseNationalActionPlan(document, { ...context, language }),
    'national-plan-progress': (document) =>
      parseNationalPlanProgress(document, nationalPlanOf(document), { ...context, language }),
    'regional-support': (document) =>
      parseRegionalSupport(document, { nationalPlans, regionalPlan: planOfProgress() }, { ...context, language }),
  };
  const check: Check = (kind, document) => {
    try {
      checks[kind](document);
      return [];
    } catch (error) {
      if (!(error instanceof MirpsError)) throw error;
      return error.issues;
    }
  };
  const reports: FileReport[] = [];
  let code = 0;
  for (const file of files) {
    const { report, code: fileCode } = validateFile(file, input, kindGiven, check, io);
    code = Math.max(code, fileCode);
    reports.push(report);
    if (!values.json && report.kind !== null) io.stdout(reportText(file, report.kind, report.issues, messages));
  }
  // One file: its report, as an object; several: the reports, in the order given.
  if (values.json) io.data(json(reports.length === 1 ? reports[0] : reports));
  return code;
}
