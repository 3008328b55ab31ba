import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { localizedTextSchema } from './localized-text.js';
import { calendarDaySchema, partialDateSchema } from './partial-date.js';

const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const SIGNED = (digits: number): string => `[+-]?\\d{1,${digits}}`;
const LIST = (item: string): string => `${item}(?:,${item})*`;
const RULE_PARTS = [
  'FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)',
  'UNTIL=\\d{8}(?:T\\d{6}Z?)?',
  'COUNT=[1-9]\\d{0,5}',
  'INTERVAL=[1-9]\\d{0,3}',
  `BYSECOND=${LIST('\\d{1,2}')}`,
  `BYMINUTE=${LIST('\\d{1,2}')}`,
  `BYHOUR=${LIST('\\d{1,2}')}`,
  `BYDAY=${LIST(`(?:${SIGNED(2)})?${WEEKDAY}`)}`,
  `BYMONTHDAY=${LIST(SIGNED(2))}`,
  `BYYEARDAY=${LIST(SIGNED(3))}`,
  `BYWEEKNO=${LIST(SIGNED(2))}`,
  `BYMONTH=${LIST('\\d{1,2}')}`,
  `BYSETPOS=${LIST(SIGNED(3))}`,
  `WKST=${WEEKDAY}`,
].join('|');
/**
 * An RFC 5545 RRULE value (without the `RRULE:` prefix): known parts only, FREQ
 * required, never both COUNT and UNTIL. One pattern, so JSON Schema validators
 * enforce what zod does.
 */
export const RRULE_PATTERN = new RegExp(
  `^(?=(?:[^;]*;)*FREQ=)(?!(?=(?:[^;]*;)*COUNT=)(?:[^;]*;)*UNTIL=)(?:${RULE_PARTS})(?:;(?:${RULE_PARTS}))*$`,
);

/** The issue code for an RRULE that fails {@link RRULE_PATTERN}. */
export function rruleIssueCode(value: unknown): 'schedule.count-with-until' | 'schedule.invalid-rrule' {
  return typeof value === 'string' && /(?:^|;)COUNT=/.test(value) && /(?:^|;)UNTIL=/.test(value)
    ? 'schedule.count-with-until'
    : 'schedule.invalid-rrule';
}

/**
 * When an activity happens: on one or more dates (`dates`), over a span of days
 * (`range`), by an RFC 5545 recurrence rule with its exceptions and added days
 * (`recurrence`), or `unscheduled`: the source gives no date, and the SDK says
 * so rather than guess. Dates and ranges may be of year, month or day precision.
 *
 * @example
 * ```ts
 * import { scheduleSchema } from '@mirps/core';
 * scheduleSchema.parse({ kind: 'dates', dates: ['2023-01-24', '2023-04-20'] });
 * scheduleSchema.parse({ kind: 'range', start: '2023-12-13', end: '2023-12-15' });
 * scheduleSchema.parse({ kind: 'unscheduled' });
 * ```
 */
export const scheduleSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('dates'),
        dates: z.array(partialDateSchema).min(1, 'Give at least one date'),
      }),
      z.strictObject({
        kind: z.literal('range'),
        start: partialDateSchema,
        end: partialDateSchema,
      }),
      z.strictObject({
        kind: z.literal('recurrence'),
        /** The first occurrence (DTSTART), a calendar day. */
        start: calendarDaySchema,
        /** The RFC 5545 rule, e.g. `FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4`. */
        rrule: z
          .string()
          .regex(RRULE_PATTERN, 'Write an RFC 5545 RRULE such as "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4"'),
        /** Days the rule gives that do not take place (EXDATE). */
        exdates: z.array(calendarDaySchema).optional(),
        /** Days added to the rule, such as a moved occurrence (RDATE). */
        rdates: z.array(calendarDaySchema).optional(),
      }),
      z.strictObject({
        kind: z.literal('unscheduled'),
        /** What the sources do say, if anything. */
        note: localizedTextSchema.optional(),
      }),
    ])
    .meta({ title: 'Schedule', description: 'When an activity happens, or that the source does not schedule it.' }),
);

/**
 * When an activity happens.
 *
 * @example
 * ```ts
 * import type { Schedule } from '@mirps/core';
 * const notGiven: Schedule = { kind: 'unscheduled' };
 * ```
 */
export type Schedule = z.infer<typeof scheduleSchema>;
