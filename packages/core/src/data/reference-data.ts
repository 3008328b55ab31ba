import type { AnnualMeeting } from '../model/annual-meeting.js';
import type { Instrument } from '../model/instrument.js';
import type { MemberState } from '../model/member-state.js';
import type { Partner } from '../model/partner.js';
import type { Pledge } from '../model/pledge.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { WorkingGroup } from '../model/working-group.js';
import { annualMeetings } from './annual-meetings.js';
import { instruments } from './instruments.js';
import { memberStates } from './member-states.js';
import { partners } from './partners.js';
import { pledges } from './pledges.js';
import { workingGroups } from './working-groups.js';

/**
 * The day the embedded data is current to: the day it was compiled from the
 * sources, 30 November 2026. What happened after it is not in the data.
 */
export const EMBEDDED_DATA_AS_OF = '2026-11-30';

/**
 * The embedded MIRPS reference data in one document: the {@link memberStates},
 * {@link workingGroups}, {@link partners}, {@link instruments},
 * {@link annualMeetings} and {@link pledges}, from the 2023 Regional Action
 * Plan and the sourced reference facts, current to `asOf` (2026-11-30). The
 * other documents (the action plan, the presidency ledger) point into it.
 *
 * @example
 * ```ts
 * import { referenceData } from '@mirps/core/data';
 * referenceData.memberStates.length; // 7
 * referenceData.asOf; // '2026-11-30'
 * ```
 */
export const referenceData: ReferenceData = /* @__PURE__ */ Object.freeze<ReferenceData>({
  // The lists are frozen already; the casts only widen `readonly T[]` to the model's array types.
  memberStates: memberStates as MemberState[],
  workingGroups: workingGroups as WorkingGroup[],
  partners: partners as Partner[],
  instruments: instruments as Instrument[],
  annualMeetings: annualMeetings as AnnualMeeting[],
  pledges: pledges as Pledge[],
  asOf: EMBEDDED_DATA_AS_OF,
});
