import {
  type ActionPlan,
  type ActionPlanContext,
  type Language,
  type MirpsContext,
  type PlanProgress,
  parseActionPlan,
  parseContext,
} from '@mirps/core';
import { numberText } from '../_lib/number-text.js';
import { localized, paragraph, rich, section } from '../document/blocks.js';
import type { ReportDocument } from '../document/report-document.js';
import { illustrativePreface } from './illustrative-warning.js';
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
  /** The language of the report: `'en'` (the default) or `'es'`. */
  readonly language?: Language;
}

/** The progress report, read against a complete context; see the entry point in `index.ts`. */
export function assembleProgressReport(
  plan: ActionPlan,
  progress: PlanProgress,
  options: ProgressReportOptions & MirpsContext & { readonly language: Language },
): ReportDocument {
  const { language } = options;
  const context = parseContext(options);
  const checked = parseActionPlan(plan, { ...context, language });
  const view = progressView(checked, progress, options.asOf, context, language);
  const { m, day } = view;
  const { reference } = context;
  const holder = reference.memberStates.find((s) => s.id === checked.presidency.holder);
  const num = (n: number): string => numberText(n, language);
  return {
    title: rich(m.progressTitle, view.data(checked.title)),
    subtitle: m.progressSubtitle(
      day(view.asOf),
      checked.presidency.term,
      localized(holder?.name, language) || checked.presidency.holder,
    ),
    language,
    ...illustrativePreface(language, checked, view.progress),
    sections: [
      section('summary', m.summary, [
        paragraph(
          m.summarySentence(
            num(checked.actions.length),
            num(checked.expectedResults.length),
            day(view.asOf),
            day(view.term.from),
            day(view.term.to),
          ),
        ),
        ...completionBlocks(view),
      ]),
      ...statusSections(view),
      ...indicatorSections(view),
    ],
  };
}
