import type { MirpsContext } from '../context/mirps-context.js';
import type { MirpsIssue } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { NATIONAL_MESSAGES } from '../i18n/national-messages.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import { FOCUS_AREAS } from '../model/focus-area.js';
import type { NationalActionPlan } from '../model/national-action-plan.js';
import { isCertainlyBefore } from '../model/partial-date.js';
import { checkSpan } from './date-checks.js';
import { byId, findDuplicates, idSet, idsIn, knownList } from './duplicate-ids.js';

/** What an optional list that is absent holds. */
const NONE: readonly never[] = [];

/** The five standard focus areas, for lookups. */
const STANDARD_AREAS: ReadonlySet<string> = new Set(FOCUS_AREAS);

/** The focus areas a plan's commitments may name: the five standard ones and those the plan declares. */
export function focusAreasOf(plan: NationalActionPlan): Set<string> {
  const areas = new Set<string>(FOCUS_AREAS);
  for (const area of plan.focusAreas ?? NONE) areas.add(area.id);
  return areas;
}

/** Whether `id` is one of the five standard focus areas. */
export const isStandardFocusArea = (id: string): boolean => STANDARD_AREAS.has(id);

/**
 * The rules of a {@link NationalActionPlan} beyond its shape, against the
 * reference data: ids and declared focus areas are unique, the state is a
 * member state, every commitment's focus area, working groups and pledges are
 * known, and its period is in order and within the plan's. Messages in `language`.
 */
export function nationalPlanRules(
  plan: NationalActionPlan,
  { reference }: MirpsContext,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const national = NATIONAL_MESSAGES[language];
  const declared = plan.focusAreas ?? NONE;
  const issues = findDuplicates([idsIn(plan.commitments, 'commitments')], 'ref.duplicate-id', says.duplicate.id);
  findDuplicates(
    [{ items: declared, key: byId, path: (k) => ['focusAreas', k, 'id'] }],
    'ref.duplicate-id',
    national.duplicateFocusArea,
    issues,
  );
  for (const [k, area] of declared.entries()) {
    if (isStandardFocusArea(area.id))
      issues.push({
        code: 'ref.duplicate-id',
        path: ['focusAreas', k, 'id'],
        message: national.standardFocusArea(JSON.stringify(area.id)),
      });
  }
  const members = idSet(reference.memberStates);
  if (!members.has(plan.memberState)) {
    issues.push({
      code: 'ref.unknown-member-state',
      path: ['memberState'],
      message: says.unknownMemberState(JSON.stringify(plan.memberState), knownList(members, language)),
    });
  }
  const { start, end } = plan.period;
  checkSpan(start, end, () => ['period', 'end'], issues, language);
  // A reversed period is reported once, above, not again for every commitment measured against it.
  const inOrder = !isCertainlyBefore(end, start);
  const areas = focusAreasOf(plan);
  const groups = idSet(reference.workingGroups);
  const pledges = idSet(reference.pledges ?? NONE);
  for (const [c, commitment] of plan.commitments.entries()) {
    if (!areas.has(commitment.focusArea)) {
      issues.push({
        code: 'ref.unknown-focus-area',
        path: ['commitments', c, 'focusArea'],
        message: national.unknownFocusArea(JSON.stringify(commitment.focusArea), knownList(areas, language, 'f')),
      });
    }
    if (commitment.period !== undefined) {
      const own = commitment.period;
      checkSpan(own.start, own.end, () => ['commitments', c, 'period', 'end'], issues, language);
      if (inOrder && isCertainlyBefore(own.start, start))
        issues.push({
          code: 'dates.outside-plan-period',
          path: ['commitments', c, 'period', 'start'],
          message: national.outsidePlanPeriod(own.start, start, end),
        });
      if (inOrder && isCertainlyBefore(end, own.end))
        issues.push({
          code: 'dates.outside-plan-period',
          path: ['commitments', c, 'period', 'end'],
          message: national.outsidePlanPeriod(own.end, start, end),
        });
    }
    for (const [g, group] of (commitment.workingGroups ?? NONE).entries()) {
      if (!groups.has(group))
        issues.push({
          code: 'ref.unknown-working-group',
          path: ['commitments', c, 'workingGroups', g],
          message: says.unknownWorkingGroup(JSON.stringify(group), knownList(groups, language)),
        });
    }
    for (const [p, pledge] of (commitment.pledges ?? NONE).entries()) {
      if (!pledges.has(pledge))
        issues.push({
          code: 'ref.unknown-pledge',
          path: ['commitments', c, 'pledges', p],
          message: national.unknownPledge(JSON.stringify(pledge), knownList(pledges, language)),
        });
    }
  }
  return issues;
}
