import type { ReportDocument } from '../document/report-document.js';
import type { RenderOptions } from '../document/report-limits.js';
import { renderChecked } from './render-checked.js';

/**
 * Writes a report's document model as JSON (two-space indented, ending in a
 * newline): for other tools to lay out their own way. The document is checked
 * first (see `parseReportDocument`) and the checked copy is written, so the
 * JSON holds exactly the fields of the model, whatever getters or `toJSON`
 * methods the given value has. Text is kept as it is: JSON escapes control
 * characters and broken surrogates itself (`\u0000`, `\ud800`).
 *
 * @param doc - A report from an assembler, or one built by hand.
 * @param options - The limits the document is checked against.
 * @throws `MirpsReportError` for a value that is not a report document (`report.invalid-document`) or one beyond the limits.
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderJSON } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * JSON.parse(renderJSON(assembleActionPlanReport(actionPlan2023))).title; // 'Regional Action Plan 2023 …'
 * ```
 */
export function renderJSON(doc: ReportDocument, options?: RenderOptions): string {
  return renderChecked(doc, options, (checked) => `${JSON.stringify(checked, null, 2)}\n`);
}
