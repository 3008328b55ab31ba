import {
  type ActionPlan,
  type ActionPlanContext,
  createRotation,
  type Language,
  type MirpsContext,
  mirpsRotationSetup,
  type PlanProgress,
  type Presidency,
  parseActionPlan,
  parseContext,
  presidencyOfTerm,
} from '@mirps/core';
import { numberText } from '../_lib/number-text.js';
import { list, localized, note, paragraph, rich, section, strong, text } from '../document/blocks.js';
import type { Block, ReportDocument, RotationCircleChart } from '../document/report-document.js';
import { runsOf } from '../document/rich-text.js';
import { illustrativePreface } from './illustrative-warning.js';
import { type IncomingPresidency, readIncoming } from './incoming-presidency.js';
import { calendarBlocks } from './plan-sections.js';
import { completionBlocks, indicatorSections, progressView, statusLabels } from './progress-sections.js';

/**
 * Options of {@link assemblePresidencyMemoir}: the day it is written as of
 * (the last day of the plan's year by default), the incoming presidency (the
 * rotation engine's by default) and the reference data and ledger.
 *
 * @example
 * ```ts
 * import type { MemoirOptions } from '@mirps/report';
 * const options: MemoirOptions = { asOf: '2023-12-05' };
 * ```
 */
export interface MemoirOptions extends ActionPlanContext {
  readonly asOf?: string;
  readonly incoming?: Presidency;
  /** The language of the memoir, and of the incoming presidency the rotation engine explains for it: `'en'` (the default) or `'es'`. */
  readonly language?: Language;
}

/** The incoming presidency after the plan's term, and the rotation circle as it stands, from the rotation engine. */
function incomingAndCircle(
  plan: ActionPlan,
  options: MemoirOptions,
  context: MirpsContext,
  language: Language,
): { incoming: IncomingPresidency; circle: RotationCircleChart; explanation: readonly string[] } {
  // The engine's presidency is what it is, explained in the memoir's language; one given by the caller is checked first.
  const incoming: IncomingPresidency =
    options.incoming === undefined
      ? presidencyOfTerm(String(Number(plan.presidency.term) + 1), { ...context, language })
      : readIncoming(options.incoming, language);
  const setup = mirpsRotationSetup({ ...context, language });
  // Who held it in the current cycle, and in which term: member id → term label, from the explanation's data.
  const heldIn = new Map(incoming.explanation.heldThisCycle.map(({ member, term }) => [member, term]));
  const circle: RotationCircleChart = {
    kind: 'rotation-circle',
    members: createRotation(setup).circle.map((id) => {
      // The circle is in the Spanish alphabetical order of the rotation rule, so its members go by the Spanish names it is sorted by, as the engine's explanation names them.
      const name = setup.members.find((m) => m.id === id)?.names.es ?? id;
      const term = heldIn.get(id);
      return { id, label: name, held: term !== undefined, ...(term === undefined ? {} : { heldIn: term }) };
    }),
    outgoing: plan.presidency.holder,
    next: incoming.holder,
    cycle: incoming.cycle,
  };
  return { incoming, circle, explanation: incoming.explanation.text };
}

/** The memoir, read against a complete context; see the entry point in `index.ts`. */
export function assemblePresidencyMemoir(
  plan: ActionPlan,
  progress: PlanProgress,
  options: MemoirOptions & MirpsContext & { readonly language: Language },
): ReportDocument {
  const { language } = options;
  const context = parseContext(options);
  const checked = parseActionPlan(plan, { ...context, language });
  const view = progressView(checked, progress, options.asOf ?? `${checked.year}-12-31`, context, language);
  const { m, day, data } = view;
  const num = (n: number): string => numberText(n, language);
  const { reference } = context;
  const name = (id: string): string => localized(reference.memberStates.find((s) => s.id === id)?.name, language) || id;
  const holder = name(checked.presidency.holder);
  const completed = view.actions.filter((a) => a.status === 'completed');
  const { table, timeline } = calendarBlocks(checked, context, language);
  const { incoming, circle, explanation } = incomingAndCircle(checked, options, context, language);
  // What the circle's text alternative says after a member's name.
  const mark = (member: RotationCircleChart['members'][number]): string => {
    if (member.id === circle.next) return m.nextHolderMark;
    if (member.id === circle.outgoing) return m.outgoingHolderMark;
    return member.held ? m.heldItInMark(member.heldIn ?? '') : '';
  };
  const circleAlt = m.circleAlt(
    circle.members.map((member, i) => `${num(i + 1)}. ${member.label}${mark(member)}`).join(', '),
  );
  const event = incoming.handover.event ?? m.theHandover;
  const checklist: Block = {
    kind: 'table',
    caption: m.checklistCaption,
    columns: [{ header: m.dutyColumn }, { header: m.whenColumn }],
    rows: checked.handoverCommitments.map((c) => [
      rich(data(c.text)),
      incoming.handover.date ? day(incoming.handover.date) : m.atEventUndated(event),
    ]),
  };
  const labels = statusLabels(m);
  const [visionBefore = '', visionAfter = ''] = m.heldUnderVision(holder, checked.presidency.term);
  return {
    title: m.memoirTitle(checked.presidency.term, holder),
    subtitle: m.memoirSubtitle(day(view.asOf)),
    language,
    ...illustrativePreface(language, checked, view.progress),
    sections: [
      section('achievements', m.achievements, [
        paragraph(...runsOf(rich(visionBefore, data(checked.vision), visionAfter))),
        completed.length === 0
          ? note(m.nothingCompleted)
          : list(completed.map((a) => [strong(`${a.number} `), data(view.planActions.get(a.actionId)?.text)])),
      ]),
      section(
        'progress',
        m.planProgress,
        [
          ...completionBlocks(view),
          {
            kind: 'table',
            caption: m.actionsByStatus,
            columns: [{ header: m.statusColumn }, { header: m.actions, align: 'right' }],
            rows: (Object.keys(labels) as Array<keyof typeof labels>).map((s) => [
              labels[s],
              num(view.actions.filter((a) => a.status === s).length),
            ]),
          },
        ],
        indicatorSections(view),
      ),
      section('calendar', m.calendarOfYear(String(checked.year)), [table, timeline]),
      section('handover', m.handover, [checklist]),
      section('incoming', m.incomingHeading(name(incoming.holder)), [
        paragraph(
          m.termPassesTo(incoming.label),
          strong(name(incoming.holder)),
          `${incoming.projected ? m.asTheRuleGives : ''}${m.atEvent(event)}${incoming.handover.date ? m.onDate(day(incoming.handover.date)) : m.dateNotYetKnown}.`,
        ),
        list(explanation.map((line) => [text(line)])),
        { kind: 'figure', chart: circle, caption: m.circleCaption, alt: circleAlt },
      ]),
    ],
  };
}
