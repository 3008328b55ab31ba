import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { nonBlankLine, nonBlankString } from '../model/non-blank-string.js';
import { partialDateSchema } from '../model/partial-date.js';
import { collationLocaleSchema } from './collation-locale.js';
import { recordKey, safeRecord } from './safe-record.js';
import { TERM_LENGTHS } from './term-label.js';

const memberKey = /* @__PURE__ */ z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'A member id is letters, digits, ".", "_" or "-" (e.g. "PA")');
const languageTag = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'A language tag such as "en" or "es"');

/**
 * A span of membership or suspension: from one day to another, both included;
 * `to` absent while it lasts. Dates may be of reduced precision: a membership
 * counts from the first day `from` can mean to the last day `to` can mean.
 *
 * @example
 * ```ts
 * import { rotationIntervalSchema } from '@mirps/core';
 * rotationIntervalSchema.parse({ from: '2019-06' });
 * ```
 */
export const rotationIntervalSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({ from: partialDateSchema, to: partialDateSchema.optional(), note: nonBlankString.optional() })
    .meta({ title: 'RotationInterval', description: 'A span of days, both ends included; open while `to` is absent.' }),
);

/**
 * A member of a rotating presidency: its id, its names by language, an optional
 * sort key, its membership intervals and its suspensions. The sort key is
 * data: give it, and renaming a member does not reorder the circle silently.
 *
 * @example
 * ```ts
 * import { rotationMemberSchema } from '@mirps/core';
 * rotationMemberSchema.parse({ id: 'SV', names: { en: 'El Salvador', es: 'El Salvador' }, sortKey: 'El Salvador', memberships: [{ from: '2019-06' }] });
 * ```
 */
export const rotationMemberSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: memberKey,
      /** Names by language tag, e.g. `{ en: 'Mexico', es: 'México' }`. */
      names: safeRecord(languageTag, nonBlankLine),
      /** What alphabetical order sorts by; the name in the order's language when absent. */
      sortKey: nonBlankLine.optional(),
      memberships: z.array(rotationIntervalSchema).min(1, 'A member has at least one membership interval'),
      suspensions: z.array(rotationIntervalSchema).optional(),
    })
    .meta({ title: 'RotationMember', description: 'A member of a rotating presidency.' }),
);

/**
 * The order of the circle: alphabetical by the members' names (or sort keys)
 * in a language, with locale-aware collation that ignores accents and case; or
 * an explicit list of member ids.
 *
 * @example
 * ```ts
 * import { rotationOrderSchema } from '@mirps/core';
 * rotationOrderSchema.parse({ kind: 'alphabetical', locale: 'es' });
 * rotationOrderSchema.parse({ kind: 'explicit', members: ['BZ', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'DO'] });
 * ```
 */
export const rotationOrderSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('alphabetical'),
        /** The collation locale, and the language of the names sorted (unless `nameLanguage` says otherwise); one this JavaScript runtime can collate in. */
        locale: collationLocaleSchema,
        /** The language of the names sorted, when it is not the locale's. */
        nameLanguage: languageTag.optional(),
      }),
      z.strictObject({ kind: z.literal('explicit'), members: z.array(memberKey).min(1) }),
    ])
    .meta({ title: 'RotationOrder', description: 'The order of the circle of members.' }),
);

/**
 * The kinds of departure from the rotation rule that a term can record.
 *
 * @example
 * ```ts
 * import { DEPARTURE_KINDS } from '@mirps/core';
 * DEPARTURE_KINDS.includes('forfeit'); // true
 * ```
 */
export const DEPARTURE_KINDS = deepFreeze(['election', 'swap', 'forfeit', 'declined', 'joint', 'other'] as const);

/**
 * A recorded departure from the rule, with its reason. `inPlaceOf` is the
 * member whose turn the term was by the rule (the rule's choice when absent);
 * the circle goes on after it. A `forfeit` costs that member its turn in the
 * cycle; a `declined` turn is lost or deferred as the `declined` policy says.
 *
 * @example
 * ```ts
 * import { departureSchema } from '@mirps/core';
 * departureSchema.parse({ kind: 'forfeit', inPlaceOf: 'MM', reason: 'Myanmar relinquished its turn' });
 * ```
 */
export const departureSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      kind: z.enum(DEPARTURE_KINDS),
      reason: nonBlankString,
      inPlaceOf: memberKey.optional(),
      /** The other holders of a joint presidency. */
      jointWith: z.array(memberKey).optional(),
    })
    .meta({ title: 'Departure', description: 'A recorded departure from the rotation rule, with its reason.' }),
);

/**
 * A recorded term: its label, its holder, the day it was handed over where
 * known, and any departure from the rule.
 *
 * @example
 * ```ts
 * import { recordedTermSchema } from '@mirps/core';
 * recordedTermSchema.parse({ label: '2023', holder: 'PA', handover: '2022-12-13' });
 * ```
 */
export const recordedTermSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      label: nonBlankLine,
      holder: memberKey,
      /** The day the term began; the first day of the period it is named after when absent. */
      handover: partialDateSchema.optional(),
      departure: departureSchema.optional(),
    })
    .meta({ title: 'RecordedTerm', description: 'A recorded term of a rotating presidency.' }),
);

/**
 * A planned departure for a future term, applied by projections.
 *
 * @example
 * ```ts
 * import { rotationOverrideSchema } from '@mirps/core';
 * rotationOverrideSchema.parse({ label: '2026', holder: 'PH', departure: { kind: 'forfeit', inPlaceOf: 'MM', reason: 'Myanmar will not chair in 2026' } });
 * ```
 */
export const rotationOverrideSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({ label: nonBlankLine, holder: memberKey, departure: departureSchema })
    .meta({ title: 'RotationOverride', description: 'A planned departure from the rule for a future term.' }),
);

/**
 * Everything that defines a rotating presidency, as plain JSON: members with
 * their membership and suspensions, the order of the circle, the strategy, the
 * term length, the recorded ledger, planned overrides and policies.
 *
 * - `once-per-cycle`: every eligible member holds the office once per cycle;
 *   the next holder is the first member after the outgoing holder, round the
 *   circle, that is eligible and has not held it in the current cycle.
 * - `successor`: the next eligible member round the circle, with no cycles.
 *
 * @example
 * ```ts
 * import { rotationSetupSchema } from '@mirps/core';
 * rotationSetupSchema.parse({
 *   body: 'Example',
 *   members: [
 *     { id: 'A', names: { en: 'Alpha' }, memberships: [{ from: '2000' }] },
 *     { id: 'B', names: { en: 'Bravo' }, memberships: [{ from: '2000' }] },
 *   ],
 *   order: { kind: 'alphabetical', locale: 'en' },
 *   strategy: 'successor',
 *   termLength: 'year',
 *   ledger: [{ label: '2000', holder: 'A' }],
 * });
 * ```
 */
export const rotationSetupSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The body whose presidency rotates, for explanations. */
      body: nonBlankLine.optional(),
      members: z.array(rotationMemberSchema).min(1, 'A rotation needs at least one member'),
      order: rotationOrderSchema,
      strategy: z.enum(['once-per-cycle', 'successor']),
      termLength: z.enum(TERM_LENGTHS),
      /** The recorded terms, oldest first, consecutive. */
      ledger: z.array(recordedTermSchema).min(1, 'The ledger needs at least one recorded term to rotate from'),
      /** The first term assigned by the rotation rule; earlier terms are history "before the mechanism" that still count toward the first cycle. */
      mechanismFrom: nonBlankLine.optional(),
      overrides: z.array(rotationOverrideSchema).optional(),
      /** Known handover days of future terms, by label. */
      handovers: safeRecord(recordKey(), partialDateSchema).optional(),
      /** What the handover is, for explanations (e.g. "the Annual Meeting"). */
      handoverEvent: nonBlankLine.optional(),
      policies: z
        .strictObject({
          /** Whether a member that joins during a cycle may hold it in that cycle (default) or waits for the next. */
          lateJoiners: z.enum(['current-cycle', 'next-cycle']).optional(),
          /** Whether a member that declines its turn loses it for the cycle (default) or defers it. */
          declined: z.enum(['loses-turn', 'defers-turn']).optional(),
        })
        .optional(),
    })
    .meta({ title: 'RotationSetup', description: 'Everything that defines a rotating presidency, as plain JSON.' }),
);

/**
 * The definition of a rotating presidency. See {@link rotationSetupSchema}.
 *
 * @example
 * ```ts
 * import type { RotationSetup } from '@mirps/core';
 * import { mirpsRotationSetup } from '@mirps/core';
 * const setup: RotationSetup = { ...mirpsRotationSetup(), policies: { lateJoiners: 'next-cycle' } };
 * ```
 */
export type RotationSetup = z.infer<typeof rotationSetupSchema>;
/**
 * A member of a rotating presidency.
 *
 * @example
 * ```ts
 * import type { RotationMember } from '@mirps/core';
 * const member: RotationMember = { id: 'BZ', names: { en: 'Belize', es: 'Belice' }, memberships: [{ from: '2017-10-26' }] };
 * ```
 */
export type RotationMember = z.infer<typeof rotationMemberSchema>;
/**
 * A recorded term of a rotating presidency.
 *
 * @example
 * ```ts
 * import type { RecordedTerm } from '@mirps/core';
 * const term: RecordedTerm = { label: '2022', holder: 'HN', handover: '2021-11-30' };
 * ```
 */
export type RecordedTerm = z.infer<typeof recordedTermSchema>;
/**
 * A recorded or planned departure from the rotation rule.
 *
 * @example
 * ```ts
 * import type { Departure } from '@mirps/core';
 * const departure: Departure = { kind: 'election', reason: 'Elected by the founding members' };
 * ```
 */
export type Departure = z.infer<typeof departureSchema>;
/**
 * A planned departure for a future term.
 *
 * @example
 * ```ts
 * import type { RotationOverride } from '@mirps/core';
 * const o: RotationOverride = { label: '2030', holder: 'CR', departure: { kind: 'swap', inPlaceOf: 'BZ', reason: 'Agreed swap' } };
 * ```
 */
export type RotationOverride = z.infer<typeof rotationOverrideSchema>;
