import { deepFreeze } from '../_lib/deep-freeze.js';
import type { AnnualMeeting } from '../model/annual-meeting.js';
import type { Instrument } from '../model/instrument.js';
import type { MemberState } from '../model/member-state.js';
import type { Partner } from '../model/partner.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { WorkingGroup } from '../model/working-group.js';
import { annualMeetings } from './annual-meetings.js';
import { instruments } from './instruments.js';
import { memberStates } from './member-states.js';
import { partners } from './partners.js';
import { workingGroups } from './working-groups.js';

/**
 * The embedded MIRPS reference data in one document: the {@link memberStates},
 * {@link workingGroups}, {@link partners}, {@link instruments} and
 * {@link annualMeetings}, from the 2023 Regional Action Plan and the sourced
 * reference facts. The other documents (the action plan, the presidency
 * ledger) point into it.
 *
 * @example
 * ```ts
 * import { referenceData } from '@mirps/core/data';
 * referenceData.memberStates.length; // 7
 * ```
 */
export const referenceData: ReferenceData = /* @__PURE__ */ deepFreeze<ReferenceData>({
  // The lists are frozen; the casts only widen `readonly T[]` to the model's array types.
  memberStates: memberStates as MemberState[],
  workingGroups: workingGroups as WorkingGroup[],
  partners: partners as Partner[],
  instruments: instruments as Instrument[],
  annualMeetings: annualMeetings as AnnualMeeting[],
});
