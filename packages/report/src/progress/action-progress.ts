import type { ActionPlan, ActionStatus, PlanProgress, ProgressRecord } from '@mirps/core';
import { messages, type Messages } from '../i18n/messages.js';

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

/** Each action's status on `asOf`, from the latest record on or before it. */
export function actionProgress(plan: ActionPlan, progress: PlanProgress, asOf: string, termEnd: string): ActionProgress[] {
  return plan.actions.map((action) => {
    let latest: ProgressRecord | undefined;
    for (const record of progress.records) {
      if (record.action !== action.id || record.date > asOf) continue;
      if (latest === undefined || record.date > latest.date || (record.date === latest.date && record.id > latest.id)) latest = record;
    }
    const status = latest?.status ?? 'not-started';
    return { actionId: action.id, number: action.number, objective: action.objective, status, overdue: asOf > termEnd && status !== 'completed' && status !== 'dropped', record: latest };
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

function completion(id: string, label: string, actions: readonly ActionProgress[]): Completion {
  const counted = actions.filter((a) => a.status !== 'dropped').length;
  const completed = actions.filter((a) => a.status === 'completed').length;
  return { id, label, total: actions.length, counted, completed, percent: counted === 0 ? 0 : Math.round((completed / counted) * 1000) / 10 };
}

/** Completion by objective, by priority and overall, labelled in the report's language. */
export function completionOf(plan: ActionPlan, actions: readonly ActionProgress[], m: Messages = messages('en')): { objectives: Completion[]; priorities: Completion[]; overall: Completion } {
  const objectives = plan.objectives.map((o) => completion(o.id, m.objective(o.number), actions.filter((a) => a.objective === o.id)));
  const priorities = plan.priorities.map((p) => {
    const ids = new Set(plan.objectives.filter((o) => o.priority === p.id).map((o) => o.id));
    return completion(p.id, m.priority(String(p.number)), actions.filter((a) => ids.has(a.objective)));
  });
  return { objectives, priorities, overall: completion('plan', m.wholePlan, actions) };
}
