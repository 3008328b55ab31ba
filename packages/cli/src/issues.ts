import { formatPath, MirpsError, type MirpsIssue } from '@mirps/core';
import { InputError } from './cli-error.js';

/**
 * A MIRPS error's issues as lines that name the file and the path inside it. An issue about `value`, the one
 * parameter an option's value became (`through` for `--through`), names the option alone: `--through: …`.
 */
export function describeIssues(file: string, issues: readonly MirpsIssue[], value?: string): string {
  return issues
    .map((issue) => {
      const where =
        value !== undefined && issue.path.length === 1 && issue.path[0] === value ? '' : `${formatPath(issue.path)}: `;
      return `${file}: ${where}${issue.message} (${issue.code})`;
    })
    .join('\n');
}

/** Runs a step that reads one file's data, turning MIRPS errors into an input error that names the file. */
export function fromFile<T>(file: string, step: () => T): T {
  return fromInput(file, undefined, step);
}

/**
 * Runs a step on one option's value, turning MIRPS errors into an input error that names the option once: the
 * option for its value's own parameter (`--as-of` for `asOf`), and the path of any other issue after it.
 */
export function fromOption<T>(option: string, parameter: string, step: () => T): T {
  return fromInput(option, parameter, step);
}

function fromInput<T>(name: string, parameter: string | undefined, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof MirpsError) throw new InputError(describeIssues(name, error.issues, parameter));
    throw error;
  }
}
