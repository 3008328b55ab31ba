import { CALENDAR_CATEGORIES, isLanguage, LANGUAGES, type Language, MirpsCalendarError } from '@mirps/core';
import { z } from 'zod';
import { isOneLine } from './_lib/one-line.js';
import { type Messages, messagesIn } from './i18n/messages.js';
import type { MonthGrid } from './month-grid.js';

const en = messagesIn('en');

// A grid to write: from monthGrid, or made by hand in the same shape. Text is on one line, so it cannot break the layout.
const line = z.string().refine(isOneLine, en.gridNotOneLine);
const day = z.int().min(1).max(31);
const gridSchema = z.object({
  year: z.int().min(1).max(9999),
  rows: z.array(
    z.object({
      activityId: line,
      title: z
        .object({ en: line.optional(), es: line.optional() })
        .refine((title) => title.en !== undefined || title.es !== undefined, en.gridNoTitle),
      category: z.enum(CALENDAR_CATEGORIES),
      // A month has at most 31 spans of days.
      months: z.array(z.object({ days: z.array(z.tuple([day, day])).max(31), wholeMonth: z.boolean() })).length(12),
      note: line.optional(),
    }),
  ),
  language: z.enum(LANGUAGES).optional(),
});

/**
 * The language a grid is written in, as far as it says: its `language` when
 * that is `'en'` or `'es'`, English otherwise (an invalid one is refused in
 * English by {@link readGrid}).
 */
export function gridLanguage(value: unknown): Language {
  if (typeof value !== 'object' || value === null) return 'en';
  const { language } = value as { language?: unknown };
  return isLanguage(language) ? language : 'en';
}

/**
 * A month grid given to a writer, checked: the shape {@link monthGrid} returns,
 * with text on one line. Anything else is refused with `calendar.invalid-grid`
 * at the first problem's path, in `language` (the problem in zod's own words
 * in English, in the catalogue's in Spanish).
 */
export function readGrid(value: unknown, language: Language = 'en'): MonthGrid {
  const result = gridSchema.safeParse(value);
  if (result.success) return value as MonthGrid;
  const [issue] = result.error.issues;
  const say = messagesIn(language);
  let problem = say.gridInvalid;
  if (issue !== undefined) problem = language === 'en' ? issue.message : problemIn(issue, say);
  throw new MirpsCalendarError([
    {
      code: 'calendar.invalid-grid',
      path: ['grid', ...(issue?.path ?? []).map((step) => (typeof step === 'symbol' ? String(step) : step))],
      message: say.invalidGrid(problem),
    },
  ]);
}

/** A problem zod found in a grid, in the catalogue's words. */
function problemIn(issue: z.core.$ZodIssue, say: Messages): string {
  switch (issue.code) {
    case 'custom':
      return issue.message === en.gridNoTitle ? say.gridNoTitle : say.gridNotOneLine;
    case 'invalid_type':
      return say.gridExpected(typeName(issue.expected, say));
    case 'too_small':
      if (issue.origin === 'array') return say.gridExpected(say.gridListOf(Number(issue.minimum)));
      return say.gridExpected(say.gridNumberAtLeast(Number(issue.minimum)));
    case 'too_big':
      if (issue.origin === 'array')
        return say.gridExpected(
          issue.exact === true ? say.gridListOf(Number(issue.maximum)) : say.gridListAtMost(Number(issue.maximum)),
        );
      return say.gridExpected(say.gridNumberAtMost(Number(issue.maximum)));
    case 'invalid_value':
      return say.gridExpected(say.gridOneOf(issue.values.map((v) => JSON.stringify(v)).join(', ')));
    default:
      return say.gridInvalid;
  }
}

/** The kind of value zod expected, in the catalogue's words. */
function typeName(expected: string, say: Messages): string {
  switch (expected) {
    case 'object':
      return say.gridObject;
    case 'array':
    case 'tuple':
      return say.gridList;
    case 'string':
      return say.gridText;
    case 'number':
    case 'int':
      return say.gridWholeNumber;
    case 'boolean':
      return say.gridBoolean;
    default:
      return expected;
  }
}
