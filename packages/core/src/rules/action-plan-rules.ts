import type { MirpsContext } from '../context/mirps-context.js';
import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { ActionPlan } from '../model/action-plan.js';
import type { Objective } from '../model/objective.js';
import { type PartialDate, yearOf } from '../model/partial-date.js';
import { checkSpan } from './date-checks.js';
import { byId, type DuplicateMessage, findDuplicates, idsIn, type KeyedList, knownList } from './duplicate-ids.js';
import { checkHolder, termStart } from './presidency-ledger-rules.js';
import { isKnownTimeZone } from './time-zone.js';

/** What an optional list that is absent holds. */
const NONE: readonly never[] = [];

/** Every id in a plan, in its lists: ids are unique across the whole plan. */
function planIds(plan: ActionPlan): Array<KeyedList<{ readonly id: string }>> {
  const methodology = plan.workMethodology;
  return [
    { items: [plan], key: byId, path: () => ['id'] },
    idsIn(plan.paragraphs ?? NONE, 'paragraphs'),
    idsIn(plan.priorities, 'priorities'),
    idsIn(plan.objectives, 'objectives'),
    idsIn(plan.actions, 'actions'),
    idsIn(plan.expectedResults, 'expectedResults'),
    idsIn(methodology.technicalMeetings, 'workMethodology', 'technicalMeetings'),
    idsIn(methodology.highLevelEvents, 'workMethodology', 'highLevelEvents'),
    idsIn(methodology.keyDocuments, 'workMethodology', 'keyDocuments'),
    idsIn(plan.handoverCommitments, 'handoverCommitments'),
    idsIn(plan.calendar, 'calendar'),
  ];
}

/** True when `number` (`1.2.3`, as the shape guarantees) is numbered under `parent` (`1.2`). */
const isNumberedUnder = (number: string, parent: string): boolean =>
  number.lastIndexOf('.') === parent.length && number.startsWith(parent);

/**
 * Checks that each item of a list points at an existing parent and is numbered
 * under it, and that no two items share a number.
 */
function checkNumberedUnder<T extends { readonly number: string }>(
  items: readonly T[],
  list: string,
  parentOf: (item: T) => { readonly id: string; readonly number: string } | undefined,
  describe: { duplicate: DuplicateMessage; mismatch: (number: string, parent: string, id: string) => string },
  issues: MirpsIssue[],
): void {
  findDuplicates(
    [{ items, key: (item) => item.number, path: (i) => [list, i, 'number'] }],
    'numbering.duplicate',
    describe.duplicate,
    issues,
  );
  for (const [i, item] of items.entries()) {
    const parent = parentOf(item);
    if (parent !== undefined && !isNumberedUnder(item.number, parent.number)) {
      issues.push({
        code: 'numbering.mismatch',
        path: [list, i, 'number'],
        message: describe.mismatch(item.number, parent.number, JSON.stringify(parent.id)),
      });
    }
  }
}

/**
 * The rules of calendar activities on their own: spans and times that end
 * after they start, known time zones and, when a plan year is given, dates in
 * it; the messages in `language`. Paths are built only for an issue.
 */
export function checkCalendarActivities(
  calendar: ActionPlan['calendar'],
  planYear: number | undefined,
  issues: MirpsIssue[],
  root: MirpsPath,
  language: Language,
): void {
  const says = RULE_MESSAGES[language];
  for (const [a, activity] of calendar.entries()) {
    const schedule = activity.schedule;
    if (schedule.kind === 'range')
      checkSpan(schedule.start, schedule.end, () => [...root, a, 'schedule', 'end'], issues, language);
    const time = activity.time;
    if (time !== undefined) {
      if (!isKnownTimeZone(time.zone)) {
        issues.push({
          code: 'schedule.unknown-time-zone',
          path: [...root, a, 'time', 'zone'],
          message: says.unknownTimeZone(JSON.stringify(time.zone)),
        });
      }
      if (time.end !== undefined && time.end <= time.start) {
        issues.push({
          code: 'dates.range-reversed',
          path: [...root, a, 'time', 'end'],
          message: VALIDATION_MESSAGES[language].rangeReversed(time.end, time.start),
        });
      }
    }
    if (activity.outsidePlanYear === true || planYear === undefined) continue;
    if (schedule.kind === 'dates') {
      for (const [d, date] of schedule.dates.entries())
        checkPlanYear(date, planYear, () => [...root, a, 'schedule', 'dates', d], issues, language);
    }
    if (schedule.kind === 'range') {
      checkPlanYear(schedule.start, planYear, () => [...root, a, 'schedule', 'start'], issues, language);
      checkPlanYear(schedule.end, planYear, () => [...root, a, 'schedule', 'end'], issues, language);
    }
    if (schedule.kind === 'recurrence') {
      checkPlanYear(schedule.start, planYear, () => [...root, a, 'schedule', 'start'], issues, language);
      const { exdates = NONE, rdates = NONE } = schedule;
      for (const [d, date] of exdates.entries())
        checkPlanYear(date, planYear, () => [...root, a, 'schedule', 'exdates', d], issues, language);
      for (const [d, date] of rdates.entries())
        checkPlanYear(date, planYear, () => [...root, a, 'schedule', 'rdates', d], issues, language);
    }
  }
}

/** An issue when a date of a calendar activity falls outside the plan's year, at its path (built only then). */
function checkPlanYear(
  date: PartialDate,
  planYear: number,
  path: () => MirpsPath,
  issues: MirpsIssue[],
  language: Language,
): void {
  if (yearOf(date) !== planYear)
    issues.push({
      code: 'dates.outside-plan-year',
      path: path(),
      message: RULE_MESSAGES[language].outsidePlanYear(date, String(planYear)),
    });
}

/** The rules of an {@link ActionPlan} beyond its shape, against the reference data and the presidency ledger; the messages in `language`. */
export function actionPlanRules(
  plan: ActionPlan,
  { reference, ledger }: MirpsContext,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const issues = findDuplicates(planIds(plan), 'ref.duplicate-id', says.duplicate.id);

  const priorities = new Map<string, { readonly id: string; readonly number: string }>();
  for (const priority of plan.priorities)
    priorities.set(priority.id, { id: priority.id, number: String(priority.number) });
  const objectives = new Map<string, Objective>();
  for (const objective of plan.objectives) objectives.set(objective.id, objective);
  findDuplicates(
    [{ items: plan.priorities, key: (p) => String(p.number), path: (i) => ['priorities', i, 'number'] }],
    'numbering.duplicate',
    says.duplicate.priorityNumber,
    issues,
  );

  for (const [i, objective] of plan.objectives.entries()) {
    if (!priorities.has(objective.priority)) {
      issues.push({
        code: 'ref.unknown-priority',
        path: ['objectives', i, 'priority'],
        message: says.unknownPriority(JSON.stringify(objective.priority), knownList(priorities.keys(), language, 'f')),
      });
    }
  }
  checkNumberedUnder(
    plan.objectives,
    'objectives',
    (objective) => priorities.get(objective.priority),
    { duplicate: says.duplicate.objectiveNumber, mismatch: says.objectiveUnderPriority },
    issues,
  );

  for (const [list, items] of [
    ['actions', plan.actions],
    ['expectedResults', plan.expectedResults],
  ] as const) {
    for (const [i, item] of items.entries()) {
      if (!objectives.has(item.objective)) {
        issues.push({
          code: 'ref.unknown-objective',
          path: [list, i, 'objective'],
          message: says.unknownObjective(JSON.stringify(item.objective), knownList(objectives.keys(), language)),
        });
      }
    }
    const describe =
      list === 'actions'
        ? { duplicate: says.duplicate.actionNumber, mismatch: says.actionUnderObjective }
        : { duplicate: says.duplicate.resultNumber, mismatch: says.resultUnderObjective };
    checkNumberedUnder(items, list, (item) => objectives.get(item.objective), describe, issues);
  }

  const groups = new Set<string>();
  for (const group of reference.workingGroups) groups.add(group.id);
  const checkGroup = (id: string | null | undefined, path: () => MirpsPath): void => {
    if (id !== null && id !== undefined && !groups.has(id)) {
      issues.push({
        code: 'ref.unknown-working-group',
        path: path(),
        message: says.unknownWorkingGroup(JSON.stringify(id), knownList(groups, language)),
      });
    }
  };
  for (const [i, action] of plan.actions.entries())
    checkGroup(action.workingGroup, () => ['actions', i, 'workingGroup']);
  for (const [i, activity] of plan.calendar.entries()) {
    checkGroup(activity.workingGroup, () => ['calendar', i, 'workingGroup']);
    const listed = activity.objectives ?? NONE;
    for (const [j, objective] of listed.entries()) {
      if (!objectives.has(objective)) {
        issues.push({
          code: 'ref.unknown-objective',
          path: ['calendar', i, 'objectives', j],
          message: says.unknownObjective(JSON.stringify(objective), knownList(objectives.keys(), language)),
        });
      }
    }
  }

  const instruments = new Set<string>();
  for (const instrument of reference.instruments) instruments.add(instrument.id);
  const named = plan.instruments ?? NONE;
  for (const [i, instrument] of named.entries()) {
    if (!instruments.has(instrument)) {
      issues.push({
        code: 'ref.unknown-instrument',
        path: ['instruments', i],
        message: says.unknownInstrument(JSON.stringify(instrument), knownList(instruments, language)),
      });
    }
  }

  const { term, holder } = plan.presidency;
  const recorded = ledger.terms.find((candidate) => candidate.label === term);
  if (recorded !== undefined && recorded.holder !== holder) {
    issues.push({
      code: 'presidency.holder-mismatch',
      path: ['presidency', 'holder'],
      message: says.holderMismatch(recorded.holder, term, holder),
    });
  } else {
    checkHolder(
      holder,
      recorded === undefined ? term : termStart(recorded),
      reference,
      () => ['presidency', 'holder'],
      issues,
      language,
    );
  }

  checkCalendarActivities(plan.calendar, plan.year, issues, ['calendar'], language);
  return issues;
}
