import type { MirpsIssue } from '../errors/issue.js';
import type { ActionPlan } from '../model/action-plan.js';
import { yearOf, type PartialDate } from '../model/partial-date.js';
import type { MirpsContext } from '../context/mirps-context.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { checkSpan } from './date-checks.js';
import { isKnownTimeZone } from './time-zone.js';
import { collectIds, findDuplicates, knownList, type DuplicateMessage, type Keyed } from './duplicate-ids.js';
import { checkHolder, termStart } from './presidency-ledger-rules.js';

/** Every id in a plan, with its path: ids are unique across the whole plan. */
function planIds(plan: ActionPlan): Keyed[] {
  const methodology = plan.workMethodology;
  const ids: Keyed[] = [{ key: plan.id, path: ['id'] }];
  collectIds(plan.paragraphs ?? [], ['paragraphs'], ids);
  collectIds(plan.priorities, ['priorities'], ids);
  collectIds(plan.objectives, ['objectives'], ids);
  collectIds(plan.actions, ['actions'], ids);
  collectIds(plan.expectedResults, ['expectedResults'], ids);
  collectIds(methodology.technicalMeetings, ['workMethodology', 'technicalMeetings'], ids);
  collectIds(methodology.highLevelEvents, ['workMethodology', 'highLevelEvents'], ids);
  collectIds(methodology.keyDocuments, ['workMethodology', 'keyDocuments'], ids);
  collectIds(plan.handoverCommitments, ['handoverCommitments'], ids);
  collectIds(plan.calendar, ['calendar'], ids);
  return ids;
}

/** `1.2.3` → `1.2`: the number of the parent an item is numbered under. */
const parentNumber = (number: string): string => number.slice(0, number.lastIndexOf('.'));

/**
 * Checks that each item of a list points at an existing parent and is numbered
 * under it, and that no two items share a number.
 */
function checkNumberedUnder(
  items: ReadonlyArray<{ readonly number: string }>,
  list: string,
  parentOf: (index: number) => { readonly id: string; readonly number: string } | undefined,
  describe: { duplicate: DuplicateMessage; mismatch: (number: string, parent: string, id: string) => string },
  issues: MirpsIssue[],
): void {
  findDuplicates(items.map((item, i) => ({ key: item.number, path: [list, i, 'number'] })), 'numbering.duplicate', describe.duplicate, issues);
  items.forEach((item, i) => {
    const parent = parentOf(i);
    if (parent !== undefined && parentNumber(item.number) !== parent.number) {
      issues.push({
        code: 'numbering.mismatch',
        path: [list, i, 'number'],
        message: describe.mismatch(item.number, parent.number, JSON.stringify(parent.id)),
      });
    }
  });
}

/**
 * The rules of calendar activities on their own: spans and times that end
 * after they start, known time zones and, when a plan year is given, dates in
 * it; the messages in `language`.
 */
export function checkCalendarActivities(
  calendar: ActionPlan['calendar'],
  planYear: number | undefined,
  issues: MirpsIssue[],
  root: Array<string | number> = ['calendar'],
  language: Language = 'en',
): void {
  const says = VALIDATION_MESSAGES[language].rules;
  calendar.forEach((activity, a) => {
    const at = [...root, a, 'schedule'] as const;
    const dated: Array<[PartialDate, Array<string | number>]> = [];
    const schedule = activity.schedule;
    if (schedule.kind === 'dates') schedule.dates.forEach((date, d) => dated.push([date, [...at, 'dates', d]]));
    if (schedule.kind === 'range') {
      checkSpan(schedule.start, schedule.end, [...at, 'end'], issues, language);
      dated.push([schedule.start, [...at, 'start']], [schedule.end, [...at, 'end']]);
    }
    if (schedule.kind === 'recurrence') {
      dated.push([schedule.start, [...at, 'start']]);
      schedule.exdates?.forEach((day, d) => dated.push([day, [...at, 'exdates', d]]));
      schedule.rdates?.forEach((day, d) => dated.push([day, [...at, 'rdates', d]]));
    }
    const time = activity.time;
    if (time !== undefined) {
      if (!isKnownTimeZone(time.zone)) {
        issues.push({ code: 'schedule.unknown-time-zone', path: [...root, a, 'time', 'zone'], message: says.unknownTimeZone(JSON.stringify(time.zone)) });
      }
      if (time.end !== undefined && time.end <= time.start) {
        issues.push({ code: 'dates.range-reversed', path: [...root, a, 'time', 'end'], message: says.rangeReversed(time.end, time.start) });
      }
    }
    if (activity.outsidePlanYear === true || planYear === undefined) return;
    for (const [date, path] of dated) {
      if (yearOf(date) !== planYear) {
        issues.push({
          code: 'dates.outside-plan-year',
          path,
          message: says.outsidePlanYear(date, String(planYear)),
        });
      }
    }
  });
}

/** The rules of an {@link ActionPlan} beyond its shape, against the reference data and the presidency ledger; the messages in `language`. */
export function actionPlanRules(plan: ActionPlan, { reference, ledger }: MirpsContext, language: Language = 'en'): MirpsIssue[] {
  const says = VALIDATION_MESSAGES[language].rules;
  const issues = findDuplicates(planIds(plan), 'ref.duplicate-id', says.duplicate.id);

  const priorities = new Map(plan.priorities.map((priority) => [priority.id, { id: priority.id, number: String(priority.number) }]));
  const objectives = new Map(plan.objectives.map((objective) => [objective.id, objective]));
  findDuplicates(plan.priorities.map((p, i) => ({ key: String(p.number), path: ['priorities', i, 'number'] })), 'numbering.duplicate', says.duplicate.priorityNumber, issues);

  plan.objectives.forEach((objective, i) => {
    if (!priorities.has(objective.priority)) {
      issues.push({
        code: 'ref.unknown-priority',
        path: ['objectives', i, 'priority'],
        message: says.unknownPriority(JSON.stringify(objective.priority), knownList(priorities.keys(), language, 'f')),
      });
    }
  });
  checkNumberedUnder(plan.objectives, 'objectives', (i) => priorities.get(plan.objectives[i]!.priority), { duplicate: says.duplicate.objectiveNumber, mismatch: says.objectiveUnderPriority }, issues);

  for (const [list, items] of [['actions', plan.actions], ['expectedResults', plan.expectedResults]] as const) {
    items.forEach((item, i) => {
      if (!objectives.has(item.objective)) {
        issues.push({
          code: 'ref.unknown-objective',
          path: [list, i, 'objective'],
          message: says.unknownObjective(JSON.stringify(item.objective), knownList(objectives.keys(), language)),
        });
      }
    });
    const describe =
      list === 'actions'
        ? { duplicate: says.duplicate.actionNumber, mismatch: says.actionUnderObjective }
        : { duplicate: says.duplicate.resultNumber, mismatch: says.resultUnderObjective };
    checkNumberedUnder(items, list, (i) => objectives.get(items[i]!.objective), describe, issues);
  }

  const groups = new Set(reference.workingGroups.map((group) => group.id));
  const checkGroup = (id: string | null | undefined, path: Array<string | number>): void => {
    if (id !== null && id !== undefined && !groups.has(id)) {
      issues.push({ code: 'ref.unknown-working-group', path, message: says.unknownWorkingGroup(JSON.stringify(id), knownList(groups, language)) });
    }
  };
  plan.actions.forEach((action, i) => checkGroup(action.workingGroup, ['actions', i, 'workingGroup']));
  plan.calendar.forEach((activity, i) => {
    checkGroup(activity.workingGroup, ['calendar', i, 'workingGroup']);
    activity.objectives?.forEach((id, j) => {
      if (!objectives.has(id)) {
        issues.push({ code: 'ref.unknown-objective', path: ['calendar', i, 'objectives', j], message: says.unknownObjective(JSON.stringify(id), knownList(objectives.keys(), language)) });
      }
    });
  });

  const instruments = new Set(reference.instruments.map((instrument) => instrument.id));
  plan.instruments?.forEach((id, i) => {
    if (!instruments.has(id)) {
      issues.push({ code: 'ref.unknown-instrument', path: ['instruments', i], message: says.unknownInstrument(JSON.stringify(id), knownList(instruments, language)) });
    }
  });

  const { term, holder } = plan.presidency;
  const recorded = ledger.terms.find((candidate) => candidate.label === term);
  if (recorded !== undefined && recorded.holder !== holder) {
    issues.push({
      code: 'presidency.holder-mismatch',
      path: ['presidency', 'holder'],
      message: says.holderMismatch(recorded.holder, term, holder),
    });
  } else {
    checkHolder(holder, recorded === undefined ? term : termStart(recorded), reference, ['presidency', 'holder'], issues, language);
  }

  checkCalendarActivities(plan.calendar, plan.year, issues, ['calendar'], language);
  return issues;
}
