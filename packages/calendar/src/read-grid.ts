import { z } from 'zod';
import { CALENDAR_CATEGORIES, LANGUAGES, MirpsCalendarError } from '@mirps/core';
import { isOneLine } from './_lib/one-line.js';
import type { MonthGrid } from './month-grid.js';

// A grid to write: from monthGrid, or made by hand in the same shape. Text is on one line, so it cannot break the layout.
const line = z.string().refine(isOneLine, 'Expected text on one line, without control characters');
const day = z.int().min(1).max(31);
const gridSchema = z.object({
  year: z.int().min(1).max(9999),
  rows: z.array(
    z.object({
      activityId: line,
      title: z.object({ en: line.optional(), es: line.optional() }).refine((title) => title.en !== undefined || title.es !== undefined, 'Give the title in en, es or both'),
      category: z.enum(CALENDAR_CATEGORIES),
      // A month has at most 31 spans of days.
      months: z.array(z.object({ days: z.array(z.tuple([day, day])).max(31), wholeMonth: z.boolean() })).length(12),
      note: line.optional(),
    }),
  ),
  language: z.enum(LANGUAGES).optional(),
});

/**
 * A month grid given to a writer, checked: the shape {@link monthGrid} returns,
 * with text on one line. Anything else is refused with `calendar.invalid-grid`
 * at the first problem's path.
 */
export function readGrid(value: unknown): MonthGrid {
  const result = gridSchema.safeParse(value);
  if (result.success) return value as MonthGrid;
  const [issue] = result.error.issues;
  throw new MirpsCalendarError([
    { code: 'calendar.invalid-grid', path: ['grid', ...(issue?.path ?? []).map((step) => (typeof step === 'symbol' ? String(step) : step))], message: `Expected a grid such as monthGrid returns: ${issue?.message ?? 'not a grid'}` },
  ]);
}
