import {
  type ActionPlan,
  type ActionPlanContext,
  type Language,
  type MirpsContext,
  parseActionPlan,
  parseContext,
} from '@mirps/core';
import { list, localized, localizedRun, note, paragraph, rich, section, strong, text } from '../document/blocks.js';
import type { Inline, ReportDocument } from '../document/report-document.js';
import { messages } from '../i18n/messages.js';
import { illustrativePreface } from './illustrative-warning.js';
import { calendarBlocks, objectiveSections } from './plan-sections.js';

/**
 * Options of {@link assembleActionPlanReport}: the language of the report and
 * the reference data and ledger (the embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { ActionPlanReportOptions } from '@mirps/report';
 * const options: ActionPlanReportOptions = { language: 'es' };
 * ```
 */
export interface ActionPlanReportOptions extends ActionPlanContext {
  /** The language of the report: `'en'` (the default) or `'es'`. */
  readonly language?: Language;
}

/** The plan as a document, read against a complete context; see the entry point in `index.ts`. */
export function assembleActionPlanReport(
  plan: ActionPlan,
  given: MirpsContext & { readonly language: Language },
): ReportDocument {
  const { language } = given;
  const m = messages(language);
  const data = (value: Parameters<typeof localizedRun>[0], kind: 'text' | 'strong' = 'text'): Inline =>
    localizedRun(value, language, kind);
  const context = parseContext(given);
  const checked = parseActionPlan(plan, { ...context, language });
  const { reference, ledger } = context;
  const holder = reference.memberStates.find((s) => s.id === checked.presidency.holder);
  const holderName = localized(holder?.name, language) || checked.presidency.holder;
  const instruments = (checked.instruments ?? [])
    .map((id) => reference.instruments.find((i) => i.id === id))
    .filter((i) => i !== undefined);
  const earlier = ledger.terms.filter((term) => term.label < checked.presidency.term);
  const { table, timeline } = calendarBlocks(checked, context, language);
  const methodology = checked.workMethodology;

  return {
    title: rich(data(checked.title)),
    subtitle: m.presidencyOfTerm(checked.presidency.term, holderName),
    language,
    ...illustrativePreface(language, checked),
    sections: [
      section('background', m.background, [
        paragraph(m.instrumentsIntro),
        list(
          instruments.map((i) => [
            data(i.name, 'strong'),
            ...(i.year === null ? [] : [text(` (${i.year})`)]),
            ...(i.summary ? [text(': '), data(i.summary)] : []),
          ]),
        ),
      ]),
      section(
        'achievements',
        m.achievementsHeading,
        [],
        earlier.map((term) => {
          const state = reference.memberStates.find((s) => s.id === term.holder);
          return section(
            `achievements-${term.label}`,
            m.achievementsOfTerm(term.label, localized(state?.name, language) || term.holder),
            [
              term.achievements.length === 0
                ? note(m.noAchievements)
                : list(term.achievements.map((a) => [data(a.text)])),
            ],
          );
        }),
      ),
      section(`vision`, m.visionHeading(holderName, String(checked.year)), [
        paragraph(strong(m.visionLabel), data(checked.vision)),
        list(checked.priorities.map((p) => [strong(m.priorityLabel(String(p.number))), data(p.text)])),
      ]),
      ...objectiveSections(checked, reference, language),
      section('work-methodology', m.workMethodology, [
        paragraph(data(methodology.introduction)),
        paragraph(strong(m.technicalMeetings)),
        list(methodology.technicalMeetings.map((i) => [data(i.text)])),
        paragraph(strong(m.highLevelEvents)),
        list(methodology.highLevelEvents.map((i) => [data(i.text)])),
        paragraph(strong(m.keyDocuments)),
        list(methodology.keyDocuments.map((i) => [data(i.text)])),
        paragraph(strong('4. '), data(methodology.websiteSection)),
      ]),
      section('handover', m.endOfTenure, [list(checked.handoverCommitments.map((c) => [data(c.text)]))]),
      section('calendar', m.calendar, [
        ...(checked.calendarNote ? [note(data(checked.calendarNote))] : []),
        table,
        timeline,
      ]),
    ],
  };
}
