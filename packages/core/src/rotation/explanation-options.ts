import { deepFreeze } from '../_lib/deep-freeze.js';
import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import { argumentError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import { isLanguage, type Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { wholeNumberIssue } from './caller-input.js';

/**
 * The most members one explanation names one by one, unless told otherwise:
 * past it, the members passed over are grouped by reason (each group with a
 * count and three named examples), the list of who held it this cycle stops
 * after this many, and so does a fixed order's list of members in the rule.
 * Explanations of bodies of up to this many members are never summarised.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_EXPLAINED_MEMBERS } from '@mirps/core';
 * DEFAULT_MAX_EXPLAINED_MEMBERS; // 50
 * ```
 */
export const DEFAULT_MAX_EXPLAINED_MEMBERS = 50;

/**
 * The most entries (steps, members who held it this cycle, members a fixed
 * order's rule names) the explanations of one answer may hold together when
 * `explain` is `'full'`, unless told otherwise: a full explanation lists every
 * member, so its size grows with members × terms. A larger answer is refused
 * with `rotation.explanation-too-large`.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_FULL_EXPLANATION_ENTRIES } from '@mirps/core';
 * DEFAULT_MAX_FULL_EXPLANATION_ENTRIES; // 200000
 * ```
 */
export const DEFAULT_MAX_FULL_EXPLANATION_ENTRIES = 200_000;

/**
 * How much an explanation lists: `'summary'` (the default) groups the members
 * passed over once there are more than `maxExplainedMembers`; `'full'` lists
 * each of them.
 *
 * @example
 * ```ts
 * import { EXPLANATION_DETAILS } from '@mirps/core';
 * EXPLANATION_DETAILS; // ['summary', 'full']
 * ```
 */
export const EXPLANATION_DETAILS = deepFreeze(['summary', 'full'] as const);

/**
 * One of {@link EXPLANATION_DETAILS}.
 *
 * @example
 * ```ts
 * import type { ExplanationDetail } from '@mirps/core';
 * const detail: ExplanationDetail = 'full';
 * ```
 */
export type ExplanationDetail = (typeof EXPLANATION_DETAILS)[number];

/**
 * How the rotation explains its answers. The defaults keep every explanation
 * of a body of up to {@link DEFAULT_MAX_EXPLAINED_MEMBERS} members complete,
 * and the explanations of a body of thousands small: a projection's size grows
 * with the number of terms only.
 *
 * @example
 * ```ts
 * import { createRotation, mirpsRotationSetup, type RotationOptions } from '@mirps/core';
 * const options: RotationOptions = { explain: 'full' };
 * createRotation(mirpsRotationSetup(), options).nextPresidency().explanation.steps;
 * ```
 */
export interface RotationOptions {
  /** `'summary'` (default) or `'full'`: see {@link ExplanationDetail}. */
  readonly explain?: ExplanationDetail;
  /** The most members a summary names one by one; {@link DEFAULT_MAX_EXPLAINED_MEMBERS} by default. */
  readonly maxExplainedMembers?: number;
  /** With `explain: 'full'`, the most entries the explanations of one answer hold together; {@link DEFAULT_MAX_FULL_EXPLANATION_ENTRIES} by default. */
  readonly maxFullExplanationEntries?: number;
  /** The language of the answers' texts and names: `'en'` (default) or `'es'` (see {@link Language}). */
  readonly language?: Language;
}

/** The option names of {@link RotationOptions}, as callers' objects are read. */
export const ROTATION_OPTION_KEYS = [
  'explain',
  'maxExplainedMembers',
  'maxFullExplanationEntries',
  'language',
] as const;

/** Rotation options checked, with their defaults. */
export interface ExplanationLimits {
  /** True for `explain: 'full'`. */
  readonly full: boolean;
  readonly maxExplainedMembers: number;
  readonly maxFullExplanationEntries: number;
  /** The language answers are written in. */
  readonly language: Language;
}

/** Checks rotation options read from a caller (see `readFields`) and fills in the defaults; refuses bad values as arguments of `fn`. */
export function explanationLimitsFrom(
  fn: string,
  options: Partial<Record<(typeof ROTATION_OPTION_KEYS)[number], unknown>>,
  path: MirpsPath,
): ExplanationLimits {
  const {
    explain = 'summary',
    maxExplainedMembers = DEFAULT_MAX_EXPLAINED_MEMBERS,
    maxFullExplanationEntries = DEFAULT_MAX_FULL_EXPLANATION_ENTRIES,
    language = 'en',
  } = options;
  // The issues are in the language asked for, when it is one the SDK writes in.
  const says: Language = isLanguage(language) ? language : 'en';
  const issues: MirpsIssue[] = [];
  if (!(EXPLANATION_DETAILS as readonly unknown[]).includes(explain)) {
    issues.push({
      code: 'shape.invalid-value',
      path: [...path, 'explain'],
      message: VALIDATION_MESSAGES[says].invalidValue('"summary", "full"', describeValue(explain, says)),
    });
  }
  const members = wholeNumberIssue(
    maxExplainedMembers,
    [...path, 'maxExplainedMembers'],
    1,
    'maxExplainedMembers',
    says,
  );
  if (members !== undefined) issues.push(members);
  const entries = wholeNumberIssue(
    maxFullExplanationEntries,
    [...path, 'maxFullExplanationEntries'],
    1,
    'maxFullExplanationEntries',
    says,
  );
  if (entries !== undefined) issues.push(entries);
  if (!isLanguage(language)) {
    issues.push({
      code: 'shape.invalid-value',
      path: [...path, 'language'],
      message: VALIDATION_MESSAGES.en.invalidLanguage(describeValue(language)),
    });
  }
  if (issues.length > 0) throw argumentError(fn, issues, says);
  return {
    full: explain === 'full',
    maxExplainedMembers: maxExplainedMembers as number,
    maxFullExplanationEntries: maxFullExplanationEntries as number,
    language: language as Language,
  };
}
