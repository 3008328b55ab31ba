import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import type { MemberState } from '../model/member-state.js';
import { isCertainlyBefore } from '../model/partial-date.js';
import type { ReferenceData } from '../model/reference-data.js';
import { checkSpan } from './date-checks.js';
import { findDuplicates, idsIn, knownList } from './duplicate-ids.js';

function checkMemberships(state: MemberState, index: number, issues: MirpsIssue[], language: Language): void {
  const says = RULE_MESSAGES[language];
  state.memberships.forEach((period, p) => {
    const at = (...steps: Array<string | number>): MirpsPath => ['memberStates', index, 'memberships', p, ...steps];
    checkSpan(period.joined, period.left, () => at('left'), issues, language);
    const previous = state.memberships[p - 1];
    if (previous !== undefined && (previous.left === undefined || !isCertainlyBefore(previous.left, period.joined))) {
      issues.push({
        code: 'membership.periods-overlap',
        path: at('joined'),
        message: says.periodsOverlap(previous.left ?? says.stillOpen),
      });
    }
    period.suspensions?.forEach((suspension, s) => {
      checkSpan(suspension.start, suspension.end, () => at('suspensions', s, 'end'), issues, language);
      const ends = suspension.end ?? suspension.start;
      if (
        isCertainlyBefore(suspension.start, period.joined) ||
        (period.left !== undefined && isCertainlyBefore(period.left, ends))
      ) {
        issues.push({
          code: 'membership.suspension-outside-period',
          path: at('suspensions', s, 'start'),
          message: says.suspensionOutside(period.joined, period.left ?? says.now),
        });
      }
    });
  });
}

/** Pledges point at working groups, member states and bodies the reference data has. */
function checkPledges(
  data: ReferenceData,
  members: ReadonlySet<string>,
  issues: MirpsIssue[],
  language: Language,
): void {
  const says = RULE_MESSAGES[language];
  const groups = new Set(data.workingGroups.map((group) => group.id));
  const bodies = new Set([...groups, ...data.partners.map((partner) => partner.id)]);
  data.pledges?.forEach((pledge, i) => {
    if (pledge.workingGroup !== null && !groups.has(pledge.workingGroup)) {
      issues.push({
        code: 'ref.unknown-working-group',
        path: ['pledges', i, 'workingGroup'],
        message: says.unknownWorkingGroup(JSON.stringify(pledge.workingGroup), knownList(groups, language)),
      });
    }
    const by = pledge.submittedBy;
    if (by !== undefined && 'memberState' in by && !members.has(by.memberState)) {
      issues.push({
        code: 'ref.unknown-member-state',
        path: ['pledges', i, 'submittedBy', 'memberState'],
        message: says.unknownSubmittingState(JSON.stringify(by.memberState), knownList(members, language)),
      });
    }
    if (by !== undefined && 'body' in by && !bodies.has(by.body)) {
      issues.push({
        code: 'ref.unknown-body',
        path: ['pledges', i, 'submittedBy', 'body'],
        message: says.unknownSubmittingBody(JSON.stringify(by.body), knownList(bodies, language)),
      });
    }
  });
}

/** The rules of a {@link ReferenceData} document beyond its shape; the messages in `language`. */
export function referenceDataRules(data: ReferenceData, language: Language): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const issues = findDuplicates(
    [idsIn(data.memberStates, 'memberStates')],
    'ref.duplicate-id',
    says.duplicate.memberState,
  );
  findDuplicates(
    [{ items: data.memberStates, key: (state) => state.iso3, path: (i) => ['memberStates', i, 'iso3'] }],
    'ref.duplicate-code',
    says.duplicate.iso3,
    issues,
  );
  const bodies = [
    idsIn(data.workingGroups, 'workingGroups'),
    idsIn(data.partners, 'partners'),
    idsIn(data.instruments, 'instruments'),
    idsIn(data.annualMeetings, 'annualMeetings'),
    idsIn(data.pledges ?? [], 'pledges'),
  ];
  findDuplicates(bodies, 'ref.duplicate-id', says.duplicate.id, issues);
  findDuplicates(
    [
      {
        items: data.annualMeetings,
        key: (meeting) => String(meeting.ordinal),
        path: (i) => ['annualMeetings', i, 'ordinal'],
      },
    ],
    'numbering.duplicate',
    says.duplicate.annualMeetingNumber,
    issues,
  );

  const members = new Set(data.memberStates.map((state) => state.id));
  const checkMember = (
    id: string | null,
    path: () => MirpsPath,
    message: (id: string, known: string) => string,
  ): void => {
    if (id !== null && !members.has(id)) {
      issues.push({
        code: 'ref.unknown-member-state',
        path: path(),
        message: message(JSON.stringify(id), knownList(members, language)),
      });
    }
  };
  for (const [i, state] of data.memberStates.entries()) checkMemberships(state, i, issues, language);
  for (const [i, group] of data.workingGroups.entries())
    checkMember(group.lead, () => ['workingGroups', i, 'lead'], says.unknownLead);
  for (const [i, meeting] of data.annualMeetings.entries())
    checkMember(meeting.host, () => ['annualMeetings', i, 'host'], says.unknownHost);
  for (const [i, partner] of data.partners.entries()) {
    for (const [r, role] of (partner.roles ?? []).entries()) {
      if (role.from !== undefined)
        checkSpan(role.from, role.to, () => ['partners', i, 'roles', r, 'to'], issues, language);
    }
  }
  checkPledges(data, members, issues, language);
  return issues;
}
