import { earliestDay, type PartialDate } from '../model/partial-date.js';
import { buildCircle, orderLanguage, sortNameOf } from './circle.js';
import { MemberCalendar } from './eligibility.js';
import type { Presidency, RotationExplanation, RotationStep, RotationStepReason } from './rotation-result.js';
import type { Departure, RotationOverride, RotationSetup } from './rotation-setup.js';
import { nominalStart, termIndex, termLabelAt, type TermLength } from './term-label.js';

/** A setup resolved once: the circle, each member's calendar and name, overrides and handovers by term index. */
export interface PreparedRotation {
  readonly setup: RotationSetup;
  readonly length: TermLength;
  readonly circle: readonly string[];
  readonly ring: ReadonlyMap<string, number>;
  readonly calendars: ReadonlyMap<string, MemberCalendar>;
  readonly names: ReadonlyMap<string, string>;
  readonly mechanismIndex: number | undefined;
  readonly overrides: ReadonlyMap<number, RotationOverride>;
  readonly handovers: ReadonlyMap<number, PartialDate>;
  readonly lateJoinersWait: boolean;
  readonly declinedLosesTurn: boolean;
  readonly rule: string;
}

/** Resolves a validated setup for the engine. */
export function prepareRotation(setup: RotationSetup): PreparedRotation {
  const length = setup.termLength;
  const circle = buildCircle(setup);
  const language = setup.order.kind === 'alphabetical' ? orderLanguage(setup.order) : 'en';
  const names = new Map(
    setup.members.map((member) => [member.id, member.names[language] ?? sortNameOf(member, language) ?? Object.values(member.names)[0] ?? member.id]),
  );
  const body = setup.body ?? 'The presidency';
  const order =
    setup.order.kind === 'alphabetical'
      ? `alphabetical order of the members' names (${setup.order.locale}, ignoring accents and case)`
      : `the fixed order ${circle.map((id) => names.get(id)).join(', ')}`;
  const rule =
    setup.strategy === 'once-per-cycle'
      ? `${body} rotates in ${order}; every eligible member holds it once per cycle: the next holder is the first member after the outgoing holder that is a member, not suspended, and has not held it in the current cycle.`
      : `${body} rotates in ${order}: the next holder is the first member after the outgoing holder that is a member and not suspended.`;
  return {
    setup,
    length,
    circle,
    ring: new Map(circle.map((id, i) => [id, i])),
    calendars: new Map(setup.members.map((member) => [member.id, new MemberCalendar(member)])),
    names,
    mechanismIndex: setup.mechanismFrom === undefined ? undefined : termIndex(setup.mechanismFrom, length),
    overrides: new Map((setup.overrides ?? []).map((override) => [termIndex(override.label, length), override])),
    handovers: new Map(Object.entries(setup.handovers ?? {}).map(([label, date]) => [termIndex(label, length), date])),
    lateJoinersWait: setup.policies?.lateJoiners === 'next-cycle',
    declinedLosesTurn: setup.policies?.declined !== 'defers-turn',
    rule,
  };
}

/** Where the rotation stands after a term: whose slot it was, and who has held it in the current cycle. */
export interface RotationState {
  position: string | null;
  cycle: number;
  cycleStart: string;
  held: Map<string, string>;
  lost: Map<string, string>;
}

/** A fresh copy of a state, so a projection never changes the state it starts from. */
export function copyState(state: RotationState): RotationState {
  return { ...state, held: new Map(state.held), lost: new Map(state.lost) };
}

/** The rule's choice for a term that begins on `day`: the holder (null when nobody is eligible) and the steps taken. */
export interface Selection {
  readonly holder: string | null;
  readonly steps: RotationStep[];
  readonly newCycle: boolean;
}

function stepMessage(prepared: PreparedRotation, state: RotationState, member: string, reason: RotationStepReason, day: string): string {
  const name = prepared.names.get(member)!;
  switch (reason) {
    case 'already-held-this-cycle':
      return `${name} is passed over: it has already held it in cycle ${state.cycle} (${state.held.get(member)})`;
    case 'lost-turn-this-cycle':
      return `${name} is passed over: it gave up its turn in cycle ${state.cycle} (${state.lost.get(member)})`;
    case 'not-a-member':
      return `${name} is passed over: not a member on ${day}`;
    case 'suspended':
      return `${name} is passed over: suspended on ${day}`;
    case 'held-previous-term':
      return `${name} is passed over: it holds the outgoing term, and others can hold the next`;
    case 'joined-during-cycle':
      return `${name} is passed over: it joined during cycle ${state.cycle} and waits for the next cycle`;
    case 'override':
      return `${name} holds it by a recorded departure from the rule`;
    case 'next-in-circle':
      return prepared.setup.strategy === 'once-per-cycle'
        ? `${name} is next in the circle and has not held it in cycle ${state.cycle}`
        : `${name} is next in the circle`;
  }
}

/**
 * Applies the rule for a term that begins on `day`, going round the circle once
 * at most: each call inspects at most as many members as the circle has. May
 * open a new cycle in `state`.
 */
export function selectHolder(prepared: PreparedRotation, state: RotationState, day: string, outgoing: string | null): Selection {
  const { circle, calendars } = prepared;
  const cyclic = prepared.setup.strategy === 'once-per-cycle';
  const barred = (member: string): RotationStepReason | undefined => {
    const calendar = calendars.get(member)!;
    const ineligible = calendar.ineligibility(day);
    if (ineligible !== undefined) return ineligible;
    if (cyclic && prepared.lateJoinersWait && calendar.joinedBefore(day)! > state.cycleStart) return 'joined-during-cycle';
    return undefined;
  };
  let newCycle = false;
  if (cyclic) {
    const eligible = circle.filter((member) => barred(member) === undefined);
    if (eligible.length > 0 && eligible.every((member) => state.held.has(member) || state.lost.has(member))) {
      state.cycle += 1;
      state.cycleStart = day;
      state.held = new Map();
      state.lost = new Map();
      newCycle = true;
    }
  }
  // The outgoing holder does not follow itself while anyone else can hold the office.
  const othersEligible = outgoing !== null && circle.some((member) => member !== outgoing && barred(member) === undefined);
  const start = state.position === null ? circle.length - 1 : prepared.ring.get(state.position)!;
  const steps: RotationStep[] = [];
  for (let i = 1; i <= circle.length; i++) {
    const member = circle[(start + i) % circle.length]!;
    const reason: RotationStepReason =
      barred(member) ??
      (cyclic && state.held.has(member)
        ? 'already-held-this-cycle'
        : cyclic && state.lost.has(member)
          ? 'lost-turn-this-cycle'
          : member === outgoing && othersEligible
            ? 'held-previous-term'
            : 'next-in-circle');
    const message = stepMessage(prepared, state, member, reason, day);
    const name = prepared.names.get(member)!;
    if (reason === 'next-in-circle') {
      steps.push({ member, name, outcome: 'selected', reason, message });
      return { holder: member, steps, newCycle };
    }
    steps.push({ member, name, outcome: 'passed-over', reason, message });
  }
  return { holder: null, steps, newCycle };
}

/** Records that a term was held: by whom, in whose slot, and whose turn was given up. */
export function applyTerm(prepared: PreparedRotation, state: RotationState, label: string, holder: string, departure: Departure | undefined): void {
  state.held.set(holder, label);
  for (const joint of departure?.jointWith ?? []) state.held.set(joint, label);
  const gaveUp = departure?.kind === 'forfeit' || (departure?.kind === 'declined' && prepared.declinedLosesTurn);
  if (gaveUp && departure?.inPlaceOf !== undefined && departure.inPlaceOf !== holder) state.lost.set(departure.inPlaceOf, label);
  state.position = departure?.inPlaceOf ?? holder;
}

/** The day a term begins as the engine counts it, and whether that day is only approximate. */
export function termStartDay(prepared: PreparedRotation, index: number, handover: PartialDate | null | undefined): { day: string; approximate: boolean } {
  if (handover === null || handover === undefined) return { day: nominalStart(index, prepared.length), approximate: prepared.setup.handoverEvent !== undefined };
  return { day: earliestDay(handover), approximate: handover.length !== 10 };
}

/** An explanation from a selection. */
export function explain(
  prepared: PreparedRotation,
  state: RotationState,
  outgoing: string | null,
  outgoingLabel: string | null,
  selection: Selection,
  conclusion: string,
): RotationExplanation {
  const name = (id: string): string => prepared.names.get(id)!;
  const cyclic = prepared.setup.strategy === 'once-per-cycle';
  // Who held it in the current cycle. A new cycle has already emptied state.held (selectHolder), so its list is empty.
  const heldThisCycle = cyclic && !selection.newCycle ? [...state.held].map(([member, term]) => ({ member, term })) : [];
  const text: string[] = [prepared.rule];
  text.push(outgoing === null ? 'There is no outgoing holder: the ledger begins here.' : `Outgoing holder: ${name(outgoing)} (${outgoingLabel}).`);
  if (selection.newCycle) text.push(`Every eligible member has held it in cycle ${state.cycle - 1}; cycle ${state.cycle} begins, going on round the circle.`);
  else if (heldThisCycle.length > 0) {
    const held = heldThisCycle.map(({ member, term }) => `${name(member)} (${term})`);
    text.push(`Held so far in cycle ${state.cycle}: ${held.join(', ')}.`);
  }
  for (const step of selection.steps) text.push(`${step.message}.`);
  text.push(conclusion);
  return {
    rule: prepared.rule,
    outgoing,
    cycle: cyclic ? state.cycle : null,
    newCycle: selection.newCycle,
    heldThisCycle,
    steps: selection.steps,
    text,
  };
}

/** The label of the term after `label`. */
export function nextLabel(prepared: PreparedRotation, label: string): string {
  return termLabelAt(termIndex(label, prepared.length) + 1, prepared.length);
}

/** A projected term's public form. */
export function projectedPresidency(
  prepared: PreparedRotation,
  label: string,
  holder: string,
  cycle: number,
  explanation: RotationExplanation,
  departure: Departure | undefined,
): Presidency {
  const handover = prepared.handovers.get(termIndex(label, prepared.length)) ?? null;
  return {
    label,
    holder,
    holderName: prepared.names.get(holder)!,
    projected: true,
    handover: { date: handover, event: prepared.setup.handoverEvent ?? null },
    cycle: prepared.setup.strategy === 'once-per-cycle' ? cycle : null,
    ...(departure === undefined ? {} : { departure }),
    explanation,
  };
}
