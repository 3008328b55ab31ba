import { describeValue, isLanguage, type Language, MirpsCalendarError } from '@mirps/core';
import { messagesIn } from './messages.js';

/**
 * A `language` option: `'en'` or `'es'`, or the fallback when left out
 * (English unless a calendar or grid carries its own). Anything else is
 * refused with `calendar.invalid-option`, never silently defaulted; the
 * refusal is written in the fallback's language.
 */
export function readLanguage(
  value: unknown,
  fallback: Language = 'en',
  path: readonly string[] = ['language'],
): Language {
  if (value === undefined) return fallback;
  if (isLanguage(value)) return value;
  throw new MirpsCalendarError([
    {
      code: 'calendar.invalid-option',
      path: [...path],
      message: messagesIn(fallback).invalidLanguage(describeValue(value, fallback)),
    },
  ]);
}
