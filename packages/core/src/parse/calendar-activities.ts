import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import { type CalendarActivity, calendarActivitySchema } from '../model/calendar-activity.js';
import { checkCalendarActivities } from '../rules/action-plan-rules.js';
import { findDuplicates, idsIn } from '../rules/duplicate-ids.js';
import { type ParseOptions, withLanguageOption } from './language-option.js';
import type { MirpsParseResult } from './parse-result.js';
import { type DocumentKind, unwrap, validateDocument } from './validate-document.js';

const calendarActivitiesKind: DocumentKind<CalendarActivity[], undefined> = {
  name: 'CalendarActivities',
  schema: /* @__PURE__ */ compiledOnFirstUse(/* @__PURE__ */ z.array(calendarActivitySchema)),
  rules: (activities, _context, language) => {
    const issues = findDuplicates([idsIn(activities)], 'ref.duplicate-id', RULE_MESSAGES[language].duplicate.id);
    checkCalendarActivities(activities, undefined, issues, [], language);
    return issues;
  },
  vouchedAgainst: () => [],
};

/**
 * Validates a list of calendar activities on their own, outside a plan, and
 * returns a result instead of throwing: the shape of each, unique ids, spans
 * and times that end after they start, known time zones. The list returned is
 * a fresh copy, frozen; a list returned by this function or
 * {@link parseCalendarActivities} is accepted without being validated again.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - `language`: the language of the issues' messages, `'en'` (default) or `'es'`; any other value is refused (`shape.invalid-value`).
 * @example
 * ```ts
 * import { safeParseCalendarActivities } from '@mirps/core';
 * safeParseCalendarActivities([{ id: 'meeting', category: 'technical-meeting', title: { en: 'Meeting' }, schedule: { kind: 'dates', dates: ['2024-03-05'] } }]).success; // true
 * const reversed = [{ id: 'meeting', category: 'technical-meeting', title: { es: 'Reunión' }, schedule: { kind: 'range', start: '2024-03-05', end: '2024-03-01' } }];
 * const result = safeParseCalendarActivities(reversed, { language: 'es' });
 * if (!result.success) result.error.issues[0].message; // 'Termina (2024-03-01) antes de empezar (2024-03-05)'
 * ```
 */
export function safeParseCalendarActivities(
  input: unknown,
  options?: ParseOptions,
): MirpsParseResult<CalendarActivity[]> {
  return withLanguageOption('safeParseCalendarActivities', options, (language) =>
    validateDocument(calendarActivitiesKind, input, undefined, language),
  );
}

/**
 * Validates a list of calendar activities on their own and returns them typed,
 * or throws a {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - `language`: the language of the issues' messages, `'en'` (default) or `'es'`.
 * @returns The validated activities: a fresh copy, frozen; a list this function returned, given back, is returned as it is, without being validated again.
 * @throws {@link MirpsValidationError} when the input is not a valid list of activities, or the options are not valid.
 * @example
 * ```ts
 * import { parseCalendarActivities } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * parseCalendarActivities(actionPlan2023.calendar).length; // 16
 * ```
 */
export function parseCalendarActivities(input: unknown, options?: ParseOptions): CalendarActivity[] {
  return unwrap(
    withLanguageOption('parseCalendarActivities', options, (language) =>
      validateDocument(calendarActivitiesKind, input, undefined, language),
    ),
  );
}
