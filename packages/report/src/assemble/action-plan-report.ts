import { parseActionPlan, parseContext, type ActionPlan, type MirpsContext } from '@mirps/core';
import { list, localized, note, paragraph, section, strong } from '../document/blocks.js';
import type { ReportDocument } from '../document/report-document.js';
import { calendarBlocks, objectiveSections } from './plan-sections.js';

/** The plan as a document, read against a complete context; see the entry point in `index.ts`. */
export function assembleActionPlanReport(plan: ActionPlan, given: MirpsContext): ReportDocument {
  const context = parseContext(given);
  const checked = parseActionPlan(plan, context);
  const { reference, ledger } = context;
  const holder = reference.memberStates.find((s) => s.id === checked.presidency.holder);
  const instruments = (checked.instruments ?? []).map((id) => reference.instruments.find((i) => i.id === id)).filter((i) => i !== undefined);
  const earlier = ledger.terms.filter((term) => term.label < checked.presidency.term);
  const { table, timeline } = calendarBlocks(checked, context);
  const methodology = checked.workMethodology;

  return {
    title: localized(checked.title),
    subtitle: `Pro-Tempore Presidency ${checked.presidency.term}: ${localized(holder?.name) || checked.presidency.holder}`,
    language: 'en',
    sections: [
      section('background', 'Background', [
        paragraph('The regional and global instruments the plan recalls:'),
        list(instruments.map((i) => [strong(localized(i.name)), ...(i.year === null ? [] : [{ kind: 'text' as const, text: ` (${i.year})` }]), ...(i.summary ? [{ kind: 'text' as const, text: `: ${localized(i.summary)}` }] : [])])),
      ]),
      section(
        'achievements',
        'Main achievements of the Pro-tempore Presidencies',
        [],
        earlier.map((term) => {
          const state = reference.memberStates.find((s) => s.id === term.holder);
          return section(`achievements-${term.label}`, `Pro-tempore Presidency ${term.label}: ${localized(state?.name) || term.holder}`, [
            term.achievements.length === 0 ? note('The sources list no achievements for this term.') : list(term.achievements.map((a) => localized(a.text))),
          ]);
        }),
      ),
      section(`vision`, `Vision and priorities of the ${localized(holder?.name) || checked.presidency.holder} Pro-tempore Presidency ${checked.year} Action Plan`, [
        paragraph(strong('Vision: '), localized(checked.vision)),
        list(checked.priorities.map((p) => [strong(`Priority ${p.number}: `), { kind: 'text' as const, text: localized(p.text) }])),
      ]),
      ...objectiveSections(checked, reference),
      section('work-methodology', 'Work methodology', [
        paragraph(localized(methodology.introduction)),
        paragraph(strong('1. Organization of technical meetings')),
        list(methodology.technicalMeetings.map((i) => localized(i.text))),
        paragraph(strong('2. Visibility of the MIRPS in High-Level Events')),
        list(methodology.highLevelEvents.map((i) => localized(i.text))),
        paragraph(strong('3. Preparation of key documents')),
        list(methodology.keyDocuments.map((i) => localized(i.text))),
        paragraph(strong('4. '), localized(methodology.websiteSection)),
      ]),
      section('handover', 'At the end of the tenure', [list(checked.handoverCommitments.map((c) => localized(c.text)))]),
      section('calendar', 'Calendar', [...(checked.calendarNote ? [note(localized(checked.calendarNote))] : []), table, timeline]),
    ],
  };
}
