import { parseActionPlan, type ActionPlan, type ActionPlanContext, type PlanProgress } from '@mirps/core';
import { referenceData } from '@mirps/core/data';
import { localized, paragraph, section } from '../document/blocks.js';
import type { ReportDocument } from '../document/report-document.js';
import { completionBlocks, indicatorSections, progressView, statusSections } from './progress-sections.js';

/**
 * Options of {@link assembleProgressReport}: the day the report speaks of, and
 * the reference data and ledger (the embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { ProgressReportOptions } from '@mirps/report';
 * const options: ProgressReportOptions = { asOf: '2023-12-31' };
 * ```
 */
export interface ProgressReportOptions extends ActionPlanContext {
  /** The day of the report, `YYYY-MM-DD`, within the plan's term (or the year after it). */
  readonly asOf: string;
}

/**
 * The annual progress report of a plan on a day: blocked and overdue actions
 * first, completion by priority and objective (tables and a chart), every
 * action's status, and the indicators with their baseline, target, actual
 * values and disaggregation.
 *
 * @param plan - The plan.
 * @param progress - Its progress records and indicators (validated against the plan).
 * @param options - `asOf`, and optionally reference data and ledger.
 * @throws `MirpsValidationError` for invalid inputs; `MirpsReportError` for an `asOf` outside the plan's term.
 * @example
 * ```ts
 * import { assembleProgressReport, renderMarkdown } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const progress = { plan: 'regional-action-plan-2023', records: [], indicators: [] };
 * renderMarkdown(assembleProgressReport(actionPlan2023, progress, { asOf: '2023-12-31' }));
 * ```
 */
export function assembleProgressReport(plan: ActionPlan, progress: PlanProgress, options: ProgressReportOptions): ReportDocument {
  const checked = parseActionPlan(plan, options ?? {});
  const view = progressView(checked, progress, options?.asOf, options ?? {});
  const reference = options?.reference ?? referenceData;
  const holder = reference.memberStates.find((s) => s.id === checked.presidency.holder);
  return {
    title: `Progress of the ${localized(checked.title)}`,
    subtitle: `As of ${view.asOf} · Pro-Tempore Presidency ${checked.presidency.term}: ${localized(holder?.name) || checked.presidency.holder}`,
    language: 'en',
    sections: [
      section('summary', 'Summary', [
        paragraph(`This report covers the ${checked.actions.length} actions and ${checked.expectedResults.length} expected results of the plan, from the progress reported up to ${view.asOf}. The plan's term runs from ${view.term.from} to ${view.term.to}.`),
        ...completionBlocks(view),
      ]),
      ...statusSections(view),
      ...indicatorSections(view),
    ],
  };
}
