import { z } from 'zod';
import { annualMeetingSchema } from './annual-meeting.js';
import { instrumentSchema } from './instrument.js';
import { memberStateSchema } from './member-state.js';
import { partnerSchema } from './partner.js';
import { workingGroupSchema } from './working-group.js';

/**
 * The reference data every other MIRPS document points into: member states,
 * working groups, partners and bodies, instruments and Annual Meetings.
 * Validate it with {@link parseReferenceData}.
 *
 * @example
 * ```ts
 * import { referenceDataSchema } from '@mirps/core';
 * const shape = referenceDataSchema.safeParse({ memberStates: [], workingGroups: [], partners: [], instruments: [], annualMeetings: [] });
 * shape.success; // true (the shape only; parseReferenceData also checks the rules)
 * ```
 */
export const referenceDataSchema = z
  .strictObject({
    memberStates: z.array(memberStateSchema),
    workingGroups: z.array(workingGroupSchema),
    partners: z.array(partnerSchema),
    instruments: z.array(instrumentSchema),
    annualMeetings: z.array(annualMeetingSchema),
  })
  .meta({ title: 'ReferenceData', description: 'Member states, working groups, partners, instruments and Annual Meetings.' });

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
