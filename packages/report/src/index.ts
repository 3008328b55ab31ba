/**
 * `@mirps/report`: the documents a presidency produces, assembled from data —
 * the plan itself, the annual progress report and the outgoing presidency's
 * memoir — as a small document model that renderers write as Markdown, a
 * standalone HTML page with SVG charts, or JSON.
 *
 * @packageDocumentation
 */
export { assembleActionPlanReport } from './assemble/action-plan-report.js';
export { assembleProgressReport, type ProgressReportOptions } from './assemble/progress-report.js';
export { assemblePresidencyMemoir, type MemoirOptions } from './assemble/presidency-memoir.js';
export { renderMarkdown } from './render/markdown.js';
export { renderHTML } from './render/html.js';
export { renderJSON } from './render/json.js';
export type { ActionProgress, Completion } from './progress/action-progress.js';
export type {
  ReportDocument,
  Section,
  Block,
  Inline,
  TableBlock,
  Chart,
  BarChart,
  TimelineChart,
  RotationCircleChart,
} from './document/report-document.js';
