import type { ReportDocument } from '../document/report-document.js';

/**
 * Writes a report's document model as JSON (two-space indented, ending in a
 * newline): for other tools to lay out their own way.
 *
 * @param doc - A report from an assembler.
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderJSON } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * JSON.parse(renderJSON(assembleActionPlanReport(actionPlan2023))).title; // 'Regional Action Plan 2023 …'
 * ```
 */
export function renderJSON(doc: ReportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
