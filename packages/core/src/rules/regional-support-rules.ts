import type { MirpsContext } from '../context/mirps-context.js';
import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { NATIONAL_MESSAGES } from '../i18n/national-messages.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import type { ActionPlan } from '../model/action-plan.js';
import type { Money } from '../model/money.js';
import type { NationalActionPlan } from '../model/national-action-plan.js';
import type { RegionalSupport } from '../model/regional-support.js';
import { checkSpan } from './date-checks.js';
import { findDuplicates, idSet, idsIn, knownList } from './duplicate-ids.js';
import { focusAreasOf, isStandardFocusArea } from './national-plan-rules.js';

/** What an optional list that is absent holds. */
const NONE: readonly never[] = [];

/** What the support of other countries is checked against: the plans its links name. */
export interface RegionalSupportRulesContext extends MirpsContext {
  /** The national action plans whose commitments pledges and Fund projects may name. */
  readonly nationalPlans: readonly NationalActionPlan[];
  /** The Regional Action Plan whose actions pledges may name; without one, no action can be named. */
  readonly regionalPlan?: ActionPlan;
}

/** Two sums of money are equal, up to the rounding of adding decimal amounts. */
const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

const written = (money: Money): string => `${money.amount} ${money.currency}`;

/**
 * The rules of a {@link RegionalSupport} document beyond its shape, against the
 * reference data and the plans its links name: unique ids; known working
 * groups, actions, commitments, submitters, partners, member states, focus
 * areas and pledges; every pledge and contribution linked to something; spans
 * in order; and the Fund's contributions adding up to its total, in its
 * currency, with its projects' budgets within it. Messages in `language`.
 */
export function regionalSupportRules(
  support: RegionalSupport,
  { reference, nationalPlans, regionalPlan }: RegionalSupportRulesContext,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const national = NATIONAL_MESSAGES[language];
  const projects = support.fund?.projects ?? NONE;
  const issues = findDuplicates<{ readonly id: string }>(
    [
      idsIn(support.pledges, 'pledges'),
      idsIn(support.contributions, 'contributions'),
      idsIn(projects, 'fund', 'projects'),
    ],
    'ref.duplicate-id',
    says.duplicate.id,
  );
  const members = idSet(reference.memberStates);
  const groups = idSet(reference.workingGroups);
  const partners = idSet(reference.partners);
  const bodies = idSet(reference.workingGroups, reference.partners);
  const pledges = idSet(support.pledges, reference.pledges ?? NONE);
  const actions = idSet(regionalPlan?.actions ?? NONE);
  const commitments = idSet(...nationalPlans.map((plan) => plan.commitments));

  const memberState = (id: string, path: MirpsPath): void => {
    if (!members.has(id))
      issues.push({
        code: 'ref.unknown-member-state',
        path,
        message: says.unknownMemberState(JSON.stringify(id), knownList(members, language)),
      });
  };
  const commitment = (id: string, path: MirpsPath): void => {
    if (!commitments.has(id))
      issues.push({
        code: 'ref.unknown-commitment',
        path,
        message: national.unknownCommitment(JSON.stringify(id), national.thePlans, knownList(commitments, language)),
      });
  };
  const partner = (id: string, path: MirpsPath): void => {
    if (!partners.has(id))
      issues.push({
        code: 'ref.unknown-body',
        path,
        message: national.unknownPartner(JSON.stringify(id), knownList(partners, language)),
      });
  };

  for (const [p, pledge] of support.pledges.entries()) {
    if (pledge.workingGroup !== null && !groups.has(pledge.workingGroup))
      issues.push({
        code: 'ref.unknown-working-group',
        path: ['pledges', p, 'workingGroup'],
        message: says.unknownWorkingGroup(JSON.stringify(pledge.workingGroup), knownList(groups, language)),
      });
    const submitter = pledge.submittedBy;
    if (submitter !== undefined && 'memberState' in submitter)
      memberState(submitter.memberState, ['pledges', p, 'submittedBy', 'memberState']);
    if (submitter !== undefined && 'body' in submitter && !bodies.has(submitter.body))
      issues.push({
        code: 'ref.unknown-body',
        path: ['pledges', p, 'submittedBy', 'body'],
        message: says.unknownSubmittingBody(JSON.stringify(submitter.body), knownList(bodies, language)),
      });
    const named = pledge.actions ?? NONE;
    for (const [a, action] of named.entries()) {
      if (!actions.has(action))
        issues.push({
          code: 'ref.unknown-action',
          path: ['pledges', p, 'actions', a],
          message:
            regionalPlan === undefined
              ? national.actionWithoutPlan(JSON.stringify(action))
              : says.unknownAction(JSON.stringify(action), regionalPlan.id, knownList(actions, language, 'f')),
        });
    }
    const carried = pledge.commitments ?? NONE;
    for (const [c, id] of carried.entries()) commitment(id, ['pledges', p, 'commitments', c]);
    if (pledge.workingGroup === null && named.length === 0 && carried.length === 0)
      issues.push({
        code: 'pledge.unlinked',
        path: ['pledges', p],
        message: national.pledgeUnlinked(JSON.stringify(pledge.id)),
      });
  }

  for (const [c, contribution] of support.contributions.entries()) {
    partner(contribution.contributor, ['contributions', c, 'contributor']);
    const { memberState: state, focusArea, pledge } = contribution.supports;
    if (state === undefined && focusArea === undefined && pledge === undefined)
      issues.push({
        code: 'support.unlinked',
        path: ['contributions', c, 'supports'],
        message: national.supportUnlinked,
      });
    if (state !== undefined) memberState(state, ['contributions', c, 'supports', 'memberState']);
    if (focusArea !== undefined && !isStandardFocusArea(focusArea)) {
      const declared =
        state !== undefined &&
        nationalPlans.some((plan) => plan.memberState === state && focusAreasOf(plan).has(focusArea));
      if (!declared)
        issues.push({
          code: 'ref.unknown-focus-area',
          path: ['contributions', c, 'supports', 'focusArea'],
          message:
            state === undefined
              ? national.focusAreaNeedsState(JSON.stringify(focusArea))
              : national.focusAreaOfNoPlan(JSON.stringify(focusArea), state),
        });
    }
    if (pledge !== undefined && !pledges.has(pledge))
      issues.push({
        code: 'ref.unknown-pledge',
        path: ['contributions', c, 'supports', 'pledge'],
        message: national.unknownPledge(JSON.stringify(pledge), knownList(pledges, language)),
      });
    const period = contribution.period;
    if (period !== undefined)
      checkSpan(period.start, period.end, () => ['contributions', c, 'period', 'end'], issues, language);
  }

  const fund = support.fund;
  if (fund === undefined) return issues;
  for (const [g, gift] of fund.contributions.entries())
    partner(gift.contributor, ['fund', 'contributions', g, 'contributor']);
  for (const [p, project] of projects.entries()) {
    memberState(project.memberState, ['fund', 'projects', p, 'memberState']);
    checkSpan(
      project.period.start,
      project.period.end,
      () => ['fund', 'projects', p, 'period', 'end'],
      issues,
      language,
    );
    for (const [c, id] of (project.commitments ?? NONE).entries())
      commitment(id, ['fund', 'projects', p, 'commitments', c]);
  }
  const total = fund.total;
  if (total === undefined) return issues;
  const currencyMismatch = (money: Money, path: MirpsPath): boolean => {
    if (money.currency === total.currency) return false;
    issues.push({
      code: 'fund.currency-mismatch',
      path: [...path, 'currency'],
      message: national.currencyMismatch(money.currency, total.currency),
    });
    return true;
  };
  let given = 0;
  let comparable = true;
  for (const [g, gift] of fund.contributions.entries()) {
    if (currencyMismatch(gift.amount, ['fund', 'contributions', g, 'amount'])) comparable = false;
    else given += gift.amount.amount;
  }
  if (comparable && !sameAmount(given, total.amount))
    issues.push({
      code: 'fund.total-mismatch',
      path: ['fund', 'total'],
      message: national.contributionsMismatch(written({ amount: given, currency: total.currency }), written(total)),
    });
  let budgets = 0;
  comparable = true;
  for (const [p, project] of projects.entries()) {
    if (currencyMismatch(project.budget, ['fund', 'projects', p, 'budget'])) comparable = false;
    else budgets += project.budget.amount;
  }
  if (comparable && budgets > total.amount && !sameAmount(budgets, total.amount))
    issues.push({
      code: 'fund.total-mismatch',
      path: ['fund', 'projects'],
      message: national.projectsExceedTotal(written({ amount: budgets, currency: total.currency }), written(total)),
    });
  return issues;
}
