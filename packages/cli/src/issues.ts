import { formatPath, MirpsError, type MirpsIssue } from '@mirps/core';
import { InputError } from './cli-error.js';

/** A MIRPS error's issues as lines that name the file and the path inside it. */
export function describeIssues(file: string, issues: readonly MirpsIssue[]): string {
  return issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message} (${issue.code})`).join('\n');
}

/** Runs a step that reads one file's data, turning MIRPS errors into an input error that names the file. */
export function fromFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof MirpsError) throw new InputError(describeIssues(file, error.issues));
    throw error;
  }
}
