import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { annualMeetingSchema } from './annual-meeting.js';
import { instrumentSchema } from './instrument.js';
import { memberStateSchema } from './member-state.js';
import { calendarDaySchema } from './partial-date.js';
import { partnerSchema } from './partner.js';
import { pledgeSchema } from './pledge.js';
import { workingGroupSchema } from './working-group.js';

/**
 * The reference data every other MIRPS document points into: member states,
 * working groups, partners and bodies, instruments, Annual Meetings and,
 * optionally, pledges, with the day the data is current to (`asOf`).
 * Validate it with {@link parseReferenceData}.
 *
 * @example
 * ```ts
 * import { referenceDataSchema } from '@mirps/core';
 * const shape = referenceDataSchema.safeParse({ memberStates: [], workingGroups: [], partners: [], instruments: [], annualMeetings: [] });
 * shape.success; // true (the shape only; parseReferenceData also checks the rules)
 * ```
 */
export const referenceDataSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      memberStates: z.array(memberStateSchema),
      workingGroups: z.array(workingGroupSchema),
      partners: z.array(partnerSchema),
      instruments: z.array(instrumentSchema),
      annualMeetings: z.array(annualMeetingSchema),
      /** Pledges made at forums, such as the MIRPS Regional Pledges of the II Global Refugee Forum; absent in documents written before pledges were modelled. */
      pledges: z.array(pledgeSchema).optional(),
      /** The day the data is current to: what happened after it is not in the data. Absent where the document does not say. */
      asOf: calendarDaySchema.optional(),
    })
    .meta({
      title: 'ReferenceData',
      description:
        'Member states, working groups, partners, instruments, Annual Meetings and pledges, current to a day.',
    }),
);

/**
 * The MIRPS reference data.
 *
 * @example
 * ```ts
 * import type { ReferenceData } from '@mirps/core';
 * import { referenceData } from '@mirps/core/data';
 * const data: ReferenceData = referenceData;
 * ```
 */
export type ReferenceData = z.infer<typeof referenceDataSchema>;
