import type { ActionPlan, ActionStatus, PlanProgress, ProgressRecord } from '@mirps/core';
import { latestRecords } from '../_lib/latest-records.js';
import { type Messages, messages } from '../i18n/messages.js';

/**
 * Where one action stands on a day: the latest status reported on or before it
 * (`not-started` when nothing was reported), and whether it is overdue.
 *
 * @example
 * ```ts
 * import type { ActionProgress } from '@mirps/report';
 * const p: ActionProgress = { actionId: 'action-1.1.1', number: '1.1.1', objective: 'objective-1.1', status: 'completed', overdue: false, record: undefined };
 * ```
 */
export interface ActionProgress {
  readonly actionId: string;
  readonly number: string;
  readonly objective: string;
  readonly status: ActionStatus;
  /** Not completed nor dropped once the plan's term has ended. */
  readonly overdue: boolean;
  /** The record the status comes from, if any. */
  readonly record: ProgressRecord | undefined;
}

/** Each action's status on `asOf`, from the latest record on or before it: the records are read once, each kept only while it is its action's latest. */
export function actionProgress(
  plan: ActionPlan,
  progress: PlanProgress,
  asOf: string,
  termEnd: string,
): ActionProgress[] {
  const latestOf = latestRecords(progress.records, (record: ProgressRecord) => record.action, asOf);
  return plan.actions.map((action) => {
    const latest = latestOf.get(action.id);
    const status = latest?.status ?? 'not-started';
    return {
      actionId: action.id,
      number: action.number,
      objective: action.objective,
      status,
      overdue: asOf > termEnd && status !== 'completed' && status !== 'dropped',
      record: latest,
    };
  });
}

/**
 * How much of a group of actions is done: completed out of those not dropped.
 *
 * @example
 * ```ts
 * import type { Completion } from '@mirps/report';
 * const c: Completion = { id: 'objective-1.1', label: 'Objective 1.1', total: 5, counted: 5, completed: 3, percent: 60 };
 * ```
 */
export interface Completion {
  readonly id: string;
  readonly label: string;
  readonly total: number;
  /** Actions that count: all but the dropped ones. */
  readonly counted: number;
  readonly completed: number;
  /** Completed as a share of counted, 0–100, rounded to one decimal. */
  readonly percent: number;
}

/** Counts of a group of actions, added to one action at a time. */
interface Tally {
  total: number;
  counted: number;
  completed: number;
}

const tally = (): Tally => ({ total: 0, counted: 0, completed: 0 });

function count(into: Tally | undefined, action: ActionProgress): void {
  if (into === undefined) return;
  into.total++;
  if (action.status !== 'dropped') into.counted++;
  if (action.status === 'completed') into.completed++;
}

function completion(id: string, label: string, { total, counted, completed }: Tally): Completion {
  return {
    id,
    label,
    total,
    counted,
    completed,
    percent: counted === 0 ? 0 : Math.round((completed / counted) * 1000) / 10,
  };
}

/** Completion by objective, by priority and overall, labelled in the report's language: the actions are counted in one pass. */
export function completionOf(
  plan: ActionPlan,
  actions: readonly ActionProgress[],
  m: Messages = messages('en'),
): { objectives: Completion[]; priorities: Completion[]; overall: Completion } {
  // Each objective and priority with its own tally; the plan is checked, so their ids are unique.
  const objectives = plan.objectives.map((objective) => ({ objective, counts: tally() }));
  const priorities = plan.priorities.map((priority) => ({ priority, counts: tally() }));
  const byObjective = new Map(objectives.map(({ objective, counts }) => [objective.id, counts]));
  const byPriority = new Map(priorities.map(({ priority, counts }) => [priority.id, counts]));
  const priorityOf = new Map(plan.objectives.map((o) => [o.id, byPriority.get(o.priority)]));
  const overall = tally();
  for (const action of actions) {
    count(byObjective.get(action.objective), action);
    count(priorityOf.get(action.objective), action);
    count(overall, action);
  }
  return {
    objectives: objectives.map(({ objective, counts }) =>
      completion(objective.id, m.objective(objective.number), counts),
    ),
    priorities: priorities.map(({ priority, counts }) =>
      completion(priority.id, m.priority(String(priority.number)), counts),
    ),
    overall: completion('plan', m.wholePlan, overall),
  };
}
