import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseActionPlan, parsePresidencyLedger, parseReferenceData, type ActionPlan, type PresidencyLedger, type ReferenceData } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { UsageError } from './cli-error.js';
import { fromFile, readJson } from './files.js';

/**
 * Where a command reads and writes: the working folder and the two output streams.
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
}

/** The options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The options of commands that read MIRPS data: other reference data, ledger or plan than the embedded ones. */
export const DATA_OPTIONS = {
  reference: { type: 'string' },
  ledger: { type: 'string' },
  plan: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Parses a command's arguments strictly: an unknown option or a missing value is a usage error. */
type Parsed<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & T; allowPositionals: true; strict: true }>>;

export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: readonly string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'), command);
  }
}

/** The data a command works on: the embedded MIRPS data, or the files given, validated. */
export function loadData(io: CliIo, values: { reference?: string | undefined; ledger?: string | undefined; plan?: string | undefined }): { reference?: ReferenceData; ledger?: PresidencyLedger; plan: ActionPlan } {
  const reference = values.reference === undefined ? undefined : fromFile(values.reference, () => parseReferenceData(readJson(io.cwd, values.reference!)));
  const ledger =
    values.ledger === undefined ? undefined : fromFile(values.ledger, () => parsePresidencyLedger(readJson(io.cwd, values.ledger!), reference === undefined ? {} : { reference }));
  const context = { ...(reference === undefined ? {} : { reference }), ...(ledger === undefined ? {} : { ledger }) };
  const plan = values.plan === undefined ? actionPlan2023 : fromFile(values.plan, () => parseActionPlan(readJson(io.cwd, values.plan!), context));
  return { ...context, plan };
}

/** Writes a value as JSON, two-space indented. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
