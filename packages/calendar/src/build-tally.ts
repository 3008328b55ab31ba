import { type Language, MirpsCalendarError, type MirpsPath } from '@mirps/core';
import type { CalendarWindow } from './calendar-types.js';
import { messagesIn } from './i18n/messages.js';
import type { ResolvedLimits } from './limits.js';

/**
 * What a calendar's build has used of its limits so far: occurrences made and
 * expansion steps taken. Each part of the build charges it before (or while)
 * it does the work, so a request over a limit stops there.
 */
export interface BuildTally {
  readonly limits: ResolvedLimits;
  /** The language of the build's refusals. */
  readonly language: Language;
  occurrences: number;
  steps: number;
}

/** A fresh tally for a build under these limits, refusing in `language`. */
export const startTally = (limits: ResolvedLimits, language: Language = 'en'): BuildTally => ({
  limits,
  language,
  occurrences: 0,
  steps: 0,
});

/** Charges `count` more occurrences, of the activity at `path`, refusing them past `maxOccurrences`. */
export function chargeOccurrences(tally: BuildTally, count: number, window: CalendarWindow, path: MirpsPath): void {
  if (tally.occurrences + count > tally.limits.maxOccurrences)
    refuseTooManyOccurrences(tally, window, path, 'calendar');
  tally.occurrences += count;
}

/** Refuses a calendar, or one rule, with more occurrences than its limit allows (`calendar.too-many-occurrences`). */
export function refuseTooManyOccurrences(
  tally: BuildTally,
  window: CalendarWindow,
  path: MirpsPath,
  which: 'calendar' | 'rule',
): never {
  const { maxOccurrences, maxOccurrencesPerRule } = tally.limits;
  const say = messagesIn(tally.language);
  const message =
    which === 'rule'
      ? say.ruleTooManyOccurrences(maxOccurrencesPerRule, window.from, window.to)
      : say.calendarTooManyOccurrences(maxOccurrences, window.from, window.to);
  throw new MirpsCalendarError([{ code: 'calendar.too-many-occurrences', path: [...path], message }]);
}
