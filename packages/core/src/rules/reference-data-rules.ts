import type { MirpsIssue } from '../errors/issue.js';
import type { MemberState } from '../model/member-state.js';
import { isCertainlyBefore } from '../model/partial-date.js';
import type { ReferenceData } from '../model/reference-data.js';
import { checkSpan } from './date-checks.js';
import { collectIds, findDuplicates, idsOf, knownList } from './duplicate-ids.js';

function checkMemberships(state: MemberState, index: number, issues: MirpsIssue[]): void {
  state.memberships.forEach((period, p) => {
    const at = ['memberStates', index, 'memberships', p] as const;
    checkSpan(period.joined, period.left, [...at, 'left'], issues);
    const previous = state.memberships[p - 1];
    if (previous !== undefined && (previous.left === undefined || !isCertainlyBefore(previous.left, period.joined))) {
      issues.push({
        code: 'membership.periods-overlap',
        path: [...at, 'joined'],
        message: `This membership period must begin after the previous one ended (${previous.left ?? 'still open'}); list periods oldest first`,
      });
    }
    period.suspensions?.forEach((suspension, s) => {
      const where = [...at, 'suspensions', s] as const;
      checkSpan(suspension.start, suspension.end, [...where, 'end'], issues);
      const ends = suspension.end ?? suspension.start;
      if (isCertainlyBefore(suspension.start, period.joined) || (period.left !== undefined && isCertainlyBefore(period.left, ends))) {
        issues.push({
          code: 'membership.suspension-outside-period',
          path: [...where, 'start'],
          message: `A suspension must fall within its membership period (${period.joined} to ${period.left ?? 'now'})`,
        });
      }
    });
  });
}

/** Pledges point at working groups, member states and bodies the reference data has. */
function checkPledges(data: ReferenceData, members: ReadonlySet<string>, issues: MirpsIssue[]): void {
  const groups = new Set(data.workingGroups.map((group) => group.id));
  const bodies = new Set([...groups, ...data.partners.map((partner) => partner.id)]);
  data.pledges?.forEach((pledge, i) => {
    if (pledge.workingGroup !== null && !groups.has(pledge.workingGroup)) {
      issues.push({
        code: 'ref.unknown-working-group',
        path: ['pledges', i, 'workingGroup'],
        message: `Unknown working group ${JSON.stringify(pledge.workingGroup)}; ${knownList(groups)}`,
      });
    }
    const by = pledge.submittedBy;
    if (by !== undefined && 'memberState' in by && !members.has(by.memberState)) {
      issues.push({
        code: 'ref.unknown-member-state',
        path: ['pledges', i, 'submittedBy', 'memberState'],
        message: `Unknown member state ${JSON.stringify(by.memberState)} as submitter; ${knownList(members)}`,
      });
    }
    if (by !== undefined && 'body' in by && !bodies.has(by.body)) {
      issues.push({
        code: 'ref.unknown-body',
        path: ['pledges', i, 'submittedBy', 'body'],
        message: `Unknown working group or partner ${JSON.stringify(by.body)} as submitter; ${knownList(bodies)}`,
      });
    }
  });
}

/** The rules of a {@link ReferenceData} document beyond its shape. */
export function referenceDataRules(data: ReferenceData): MirpsIssue[] {
  const issues = findDuplicates(idsOf(data.memberStates, 'memberStates'), 'ref.duplicate-id', 'member state');
  findDuplicates(
    data.memberStates.map((state, i) => ({ key: state.iso3, path: ['memberStates', i, 'iso3'] })),
    'ref.duplicate-code',
    'ISO 3166-1 alpha-3 code',
    issues,
  );
  const bodies = idsOf(data.workingGroups, 'workingGroups');
  collectIds(data.partners, ['partners'], bodies);
  collectIds(data.instruments, ['instruments'], bodies);
  collectIds(data.annualMeetings, ['annualMeetings'], bodies);
  collectIds(data.pledges ?? [], ['pledges'], bodies);
  findDuplicates(bodies, 'ref.duplicate-id', 'id', issues);
  findDuplicates(
    data.annualMeetings.map((meeting, i) => ({ key: String(meeting.ordinal), path: ['annualMeetings', i, 'ordinal'] })),
    'numbering.duplicate',
    'Annual Meeting number',
    issues,
  );

  const members = new Set(data.memberStates.map((state) => state.id));
  const checkMember = (id: string | null, path: Array<string | number>, role: string): void => {
    if (id !== null && !members.has(id)) {
      issues.push({ code: 'ref.unknown-member-state', path, message: `Unknown member state ${JSON.stringify(id)} as ${role}; ${knownList(members)}` });
    }
  };
  data.memberStates.forEach((state, i) => checkMemberships(state, i, issues));
  data.workingGroups.forEach((group, i) => checkMember(group.lead, ['workingGroups', i, 'lead'], 'lead'));
  data.annualMeetings.forEach((meeting, i) => checkMember(meeting.host, ['annualMeetings', i, 'host'], 'host'));
  data.partners.forEach((partner, i) =>
    partner.roles?.forEach((role, r) => {
      if (role.from !== undefined) checkSpan(role.from, role.to, ['partners', i, 'roles', r, 'to'], issues);
    }),
  );
  checkPledges(data, members, issues);
  return issues;
}
