import {
  createRotation,
  mirpsRotationSetup,
  parseActionPlan,
  parseContext,
  presidencyOfTerm,
  type ActionPlan,
  type ActionPlanContext,
  type MirpsContext,
  type PlanProgress,
  type Presidency,
} from '@mirps/core';
import { list, localized, note, paragraph, section, strong } from '../document/blocks.js';
import type { Block, ReportDocument, RotationCircleChart } from '../document/report-document.js';
import { readIncoming, type IncomingPresidency } from './incoming-presidency.js';
import { calendarBlocks } from './plan-sections.js';
import { STATUS_LABELS, completionBlocks, indicatorSections, progressView } from './progress-sections.js';

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
}

/** The incoming presidency after the plan's term, and the rotation circle as it stands, from the rotation engine. */
function incomingAndCircle(plan: ActionPlan, options: MemoirOptions, context: MirpsContext): { incoming: IncomingPresidency; circle: RotationCircleChart; explanation: readonly string[] } {
  // The engine's presidency is what it is; one given by the caller is checked first.
  const incoming: IncomingPresidency = options.incoming === undefined ? presidencyOfTerm(String(Number(plan.presidency.term) + 1), context) : readIncoming(options.incoming);
  const setup = mirpsRotationSetup(context);
  // Who held it in the current cycle, and in which term: member id → term label, from the explanation's data.
  const heldIn = new Map(incoming.explanation.heldThisCycle.map(({ member, term }) => [member, term]));
  const circle: RotationCircleChart = {
    kind: 'rotation-circle',
    members: createRotation(setup).circle.map((id) => {
      const name = setup.members.find((m) => m.id === id)?.names['es'] ?? id;
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
export function assemblePresidencyMemoir(plan: ActionPlan, progress: PlanProgress, options: MemoirOptions & MirpsContext): ReportDocument {
  const context = parseContext(options);
  const checked = parseActionPlan(plan, context);
  const view = progressView(checked, progress, options.asOf ?? `${checked.year}-12-31`, context);
  const { reference } = context;
  const name = (id: string): string => localized(reference.memberStates.find((s) => s.id === id)?.name) || id;
  const holder = name(checked.presidency.holder);
  const completed = view.actions.filter((a) => a.status === 'completed');
  const { table, timeline } = calendarBlocks(checked, context);
  const { incoming, circle, explanation } = incomingAndCircle(checked, options, context);
  const circleAlt = `The rotation circle in order: ${circle.members.map((m, i) => `${i + 1}. ${m.label}${m.id === circle.next ? ' (next holder)' : m.id === circle.outgoing ? ' (outgoing holder)' : m.held ? ` (held it in ${m.heldIn})` : ''}`).join(', ')}.`;
  const checklist: Block = {
    kind: 'table',
    caption: 'Handover checklist',
    columns: [{ header: 'Duty at the end of the tenure' }, { header: 'When' }],
    rows: checked.handoverCommitments.map((c) => [localized(c.text), incoming.handover.date ?? `at ${incoming.handover.event ?? 'the handover'} (date not yet known)`]),
  };
  return {
    title: `Memoir of the outgoing Pro-Tempore Presidency ${checked.presidency.term}: ${holder}`,
    subtitle: `Report of the outgoing Pro-tempore Presidency of the MIRPS, as of ${view.asOf}`,
    language: 'en',
    sections: [
      section('achievements', 'Achievements', [
        paragraph(`${holder} held the Pro-Tempore Presidency for the term ${checked.presidency.term}, under the vision: "${localized(checked.vision)}"`),
        completed.length === 0
          ? note('No action of the plan is reported completed by this day.')
          : list(completed.map((a) => [strong(`${a.number} `), { kind: 'text' as const, text: localized(checked.actions.find((x) => x.id === a.actionId)?.text) }])),
      ]),
      section('progress', 'Progress of the Regional Action Plan', [
        ...completionBlocks(view),
        {
          kind: 'table',
          caption: 'Actions by status',
          columns: [{ header: 'Status' }, { header: 'Actions', align: 'right' }],
          rows: (Object.keys(STATUS_LABELS) as Array<keyof typeof STATUS_LABELS>).map((s) => [STATUS_LABELS[s], String(view.actions.filter((a) => a.status === s).length)]),
        },
      ], indicatorSections(view)),
      section('calendar', `The calendar of ${checked.year}`, [table, timeline]),
      section('handover', 'Handover', [checklist]),
      section('incoming', `The incoming Pro-Tempore Presidency: ${name(incoming.holder)}`, [
        paragraph(`The term ${incoming.label} passes to `, strong(name(incoming.holder)), `${incoming.projected ? ', as the rotation rule gives it' : ''}, at ${incoming.handover.event ?? 'the handover'}${incoming.handover.date ? ` on ${incoming.handover.date}` : ' (date not yet known)'}.`),
        list(explanation.map((line) => line)),
        { kind: 'figure', chart: circle, caption: 'The rotation circle: members in order, holders of the current cycle, the next holder', alt: circleAlt },
      ]),
    ],
  };
}
