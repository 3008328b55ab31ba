import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  type ActionPlan,
  type ActionPlanContext,
  type Language,
  type MirpsContext,
  MirpsValidationError,
  type NationalActionPlan,
  type NationalPlanProgress,
  type PresidencyLedger,
  parseActionPlan,
  parseContext,
  parseNationalActionPlan,
  parseNationalPlanProgress,
  parsePresidencyLedger,
  parseReferenceData,
  type ReferenceData,
} from '@mirps/core';
import { InputError, UsageError } from './cli-error.js';
import { type Messages, messagesIn } from './i18n/messages.js';
import { describeIssues, fromFile } from './issues.js';
import type { JsonInput } from './read-json.js';
import type { CommandIo } from './terminal.js';

/**
 * Where a command reads and writes: the working folder, the two output streams,
 * and standard input.
 *
 * Human-readable text (results without `--json`, every message on `stderr`)
 * shows control characters from the data escaped (`\u001b`), so a file cannot
 * move the cursor or change colours; data (`--json`, a schema, a report or
 * `--ics -` on standard output) is written as it is, unless `isTTY` says
 * `stdout` is a terminal.
 *
 * @example
 * ```ts
 * import type { CliIo } from '@mirps/cli';
 * const io: CliIo = { cwd: '/data', stdout: (text) => console.log(text), stderr: (text) => console.error(text) };
 * ```
 */
export interface CliIo {
  /** The folder relative file names are read from and written to. */
  readonly cwd: string;
  /** Receives what a command prints: results, reports, JSON. */
  readonly stdout: (text: string) => void;
  /** Receives messages about the run: errors, usage, the files written. */
  readonly stderr: (text: string) => void;
  /**
   * Whether `stdout` is a terminal: data printed there then has its control
   * characters (line ends aside) escaped too. `false` when not given; `runCli`
   * without `io` takes `process.stdout.isTTY`.
   */
  readonly isTTY?: boolean | undefined;
  /**
   * The file descriptor a file named `-` is read from (with the same size
   * limit as a file): 0, the process's standard input, when not given.
   */
  readonly stdin?: number | undefined;
}

/**
 * What the commands fall back on when no file is given, passed down from the
 * package's entry point (the embedded MIRPS data there). The reference data and
 * the ledger need no default here: `parseContext` and the rotation functions
 * are entry points of `@mirps/core` and complete a context themselves.
 */
export interface MirpsDefaults {
  /** The plan of `validate` (plan-progress), `calendar` and `report` without `--plan`. */
  readonly plan: ActionPlan;
}

/** A command: its arguments, where it reads and writes, and the defaults; returns the exit code. */
export type Command = (args: readonly string[], io: CommandIo, defaults: MirpsDefaults) => number;

/** The commands by name: a Map, so that a command name such as constructor or __proto__ finds nothing. */
export type CommandTable = ReadonlyMap<string, Command>;

/** The options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The options of commands that read files: the size limit. */
export const INPUT_OPTIONS = {
  'max-input-size': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The options of commands that write a file: replacing one that exists. */
export const OUTPUT_OPTIONS = {
  force: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** The options of commands that read a plan, a calendar or the rotation: other reference data and ledger than the embedded ones. */
export const CONTEXT_OPTIONS = {
  ...INPUT_OPTIONS,
  reference: { type: 'string' },
  ledger: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The options of commands that read a plan: the context, and another plan than the embedded one. */
export const DATA_OPTIONS = {
  ...CONTEXT_OPTIONS,
  plan: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type Parsed<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & T; allowPositionals: true; strict: true }>
>;

/** What `parseArgs` refused, in the language of the run: its message names the option in quotes. */
function argumentProblem(error: Error & { code?: string }, messages: Messages): string {
  const option = /^[^']*'([^']*?)(?: <value>)?'/.exec(error.message)?.[1];
  if (option !== undefined) {
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return messages.unknownOption(option);
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && error.message.endsWith(' argument missing'))
      return messages.missingValue(option);
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && error.message.endsWith(' does not take an argument'))
      return messages.takesNoValue(option);
  }
  // A refusal this version of Node.js words otherwise: its own message.
  return error.message.replace(/\. To specify a positional argument.*$/s, '.');
}

/** Parses a command's arguments strictly: an unknown option, a missing or an empty value is a usage error, in the language of `messages`. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  messages: Messages,
  command: string,
  args: readonly string[],
  options: T,
): Parsed<T> {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(argumentProblem(error as Error, messages), command);
  }
  for (const [name, value] of Object.entries(parsed.values))
    if (value === '') throw new UsageError(messages.emptyValue(name), command);
  return parsed;
}

/** Refuses positional arguments beyond those a command takes. */
export function refuseExtraArguments(messages: Messages, command: string, rest: readonly string[]): void {
  if (rest.length > 0) throw new UsageError(messages.unexpectedArguments(rest.join(' ')), command);
}

/** The files of the context, as given on the command line. */
export interface ContextFiles {
  readonly reference?: string | undefined;
  readonly ledger?: string | undefined;
}

/**
 * The one complete context a command passes on: the files given, read and
 * validated together by `parseContext` (the reference data on its own, the
 * ledger against it), the embedded MIRPS data for what is not given. An invalid
 * document is an input error naming its file.
 */
export function loadContext(input: JsonInput, files: ContextFiles, language: Language): MirpsContext {
  const read = (file: string | undefined) => (file === undefined ? undefined : { file, document: input.read(file) });
  const reference = read(files.reference);
  const ledger = read(files.ledger);
  // A file holding null would read as not given, and the embedded data would stand in: refuse it as its document does.
  if (reference?.document === null) fromFile(reference.file, () => parseReferenceData(null, { language }));
  if (ledger?.document === null) fromFile(ledger.file, () => parsePresidencyLedger(null, { language }));
  try {
    return parseContext({
      ...(reference === undefined ? {} : { reference: reference.document as ReferenceData }),
      ...(ledger === undefined ? {} : { ledger: ledger.document as PresidencyLedger }),
      language,
    });
  } catch (error) {
    if (!(error instanceof MirpsValidationError)) throw error;
    // The error is about one document: the ledger's file for the ledger, else the reference data's.
    const file =
      (error.document === 'PresidencyLedger' ? files.ledger : files.reference) ??
      files.ledger ??
      files.reference ??
      messagesIn(language).contextLabel;
    throw new InputError(describeIssues(file, error.issues));
  }
}

/**
 * What the rotation functions are given: only the documents given on the
 * command line (validated in `context`), so the rotation's own default holds:
 * with other reference data alone, the embedded ledger, checked against it.
 */
export function rotationContext(context: MirpsContext, files: ContextFiles): ActionPlanContext {
  if (files.ledger !== undefined) return context;
  return files.reference === undefined ? {} : { reference: context.reference };
}

/**
 * The plan a command works on, validated against the context: the file given,
 * or the default plan (which other reference data or another ledger may
 * contradict: the error then names it `plan`).
 */
export function loadPlan(
  input: JsonInput,
  file: string | undefined,
  context: MirpsContext,
  defaults: MirpsDefaults,
  language: Language,
): ActionPlan {
  return file === undefined
    ? fromFile(messagesIn(language).planLabel, () => parseActionPlan(defaults.plan, { ...context, language }))
    : fromFile(file, () => parseActionPlan(input.read(file), { ...context, language }));
}

/** Writes a value as JSON, two-space indented. */
/**
 * The national action plans of the files given, each checked against the
 * context; a file that holds no valid plan is refused with its issues.
 */
export function loadNationalPlans(
  input: JsonInput,
  files: readonly string[],
  context: MirpsContext,
  language: Language,
): NationalActionPlan[] {
  return files.map((file) => fromFile(file, () => parseNationalActionPlan(input.read(file), { ...context, language })));
}

/**
 * Each national plan of the files given with its progress: every progress file
 * names its plan by id (`plan`), and every plan has one progress file. A file
 * that holds no valid document is refused with its issues; a plan without its
 * progress, or a progress of no plan given, is a usage error.
 */
export function loadNationalPairs(
  input: JsonInput,
  planFiles: readonly string[],
  progressFiles: readonly string[],
  context: MirpsContext,
  language: Language,
  command: string,
): Array<{ plan: NationalActionPlan; progress: NationalPlanProgress }> {
  const messages = messagesIn(language);
  const plans = loadNationalPlans(input, planFiles, context, language);
  const progressOf = new Map<string, NationalPlanProgress>();
  for (const file of progressFiles) {
    const document = input.read(file);
    const id = (document as { plan?: unknown } | null)?.plan;
    const plan = plans.find((candidate) => candidate.id === id);
    if (plan === undefined) throw new UsageError(messages.progressOfNoPlan(file, JSON.stringify(id)), command);
    progressOf.set(
      plan.id,
      fromFile(file, () => parseNationalPlanProgress(document, plan, { ...context, language })),
    );
  }
  return plans.map((plan, i) => {
    const progress = progressOf.get(plan.id);
    if (progress === undefined) throw new UsageError(messages.planWithoutProgress(planFiles[i] ?? plan.id), command);
    return { plan, progress };
  });
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Prints a result: the value as JSON data with `--json`, else the human-readable text. */
export function printResult(io: CommandIo, asJson: boolean | undefined, value: unknown, text: () => string): void {
  if (asJson === true) io.data(json(value));
  else io.stdout(text());
}
