import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatPath, MirpsError, type MirpsIssue } from '@mirps/core';
import { InputError } from './cli-error.js';

/** Reads a JSON file, or says which file and what is wrong with it. */
export function readJson(cwd: string, file: string): unknown {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Writes a file whole or not at all: to a temporary name beside it, then
 * renamed, so a failure never leaves a half-written file behind.
 */
export function writeAtomically(cwd: string, file: string, content: string): void {
  const path = resolve(cwd, file);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

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
