import { defined } from '../_lib/defined.js';
import { earliestDay, type PartialDate } from '../model/partial-date.js';
import { buildCircle } from './circle.js';
import { MemberCalendar } from './eligibility.js';
import { ruleOf } from './explanation.js';
import type { ExplanationLimits } from './explanation-options.js';
import { answerNameOf, memberName, orderLanguage } from './member-name.js';
import type { Presidency, RotationExplanation, RotationStepReason } from './rotation-result.js';
import type { Departure, RotationOverride, RotationSetup } from './rotation-setup.js';
import { nominalStart, type TermLength, termIndex, termLabelAt } from './term-label.js';

/** A setup resolved once: the circle, each member's calendar and name, overrides and handovers by term index, how to explain. */
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
  /** How many members the rule names (a fixed order lists them), for the budget of full explanations. */
  readonly ruleNames: number;
  readonly limits: ExplanationLimits;
}

/** Resolves a validated setup for the engine. */
export function prepareRotation(setup: RotationSetup, limits: ExplanationLimits): PreparedRotation {
  const length = setup.termLength;
  const circle = Object.freeze(buildCircle(setup));
  const language = setup.order.kind === 'alphabetical' ? orderLanguage(setup.order) : 'en';
  const names = new Map(setup.members.map((member) => [member.id, answerNameOf(member, language, limits.language)]));
  const { rule, ruleNames } = ruleOf(setup, circle, names, limits);
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
    ruleNames,
    limits,
  };
}

/** Where the rotation stands after a term: whose slot it was, and who has held it in the current cycle. */
export interface RotationState {
  /** Whose slot the last term was (before the ledger's first term is applied: its holder, whom nothing precedes). */
  position: string;
  cycle: number;
  cycleStart: string;
  held: Map<string, string>;
  lost: Map<string, string>;
}

/** A fresh copy of a state, so a projection never changes the state it starts from. */
export function copyState(state: RotationState): RotationState {
  return { ...state, held: new Map(state.held), lost: new Map(state.lost) };
}

/** A member the rule passed over, and why. */
export interface PassedOver {
  readonly member: string;
  readonly reason: RotationStepReason;
}

/** The rule's choice for a term that begins on `day`: the holder (null when nobody is eligible), whom it passed over, in circle order. */
export interface Selection {
  readonly day: string;
  readonly holder: string | null;
  /** The members passed over; empty when the selection was not traced. */
  readonly passedOver: readonly PassedOver[];
  readonly newCycle: boolean;
}

/** The selection of the ledger's first term, which follows nothing. */
export const noSelection = (day: string): Selection => ({ day, holder: null, passedOver: [], newCycle: false });

/**
 * Applies the rule for a term that begins on `day`, going round the circle once
 * at most: each member's calendar is read at most once per call, so a call
 * costs one pass over the circle. May open a new cycle in `state`. With
 * `trace`, records the members passed over (for an explanation).
 */
export function selectHolder(
  prepared: PreparedRotation,
  state: RotationState,
  day: string,
  outgoing: string | null,
  trace: boolean,
): Selection {
  const { circle, calendars } = prepared;
  const size = circle.length;
  const cyclic = prepared.setup.strategy === 'once-per-cycle';
  // Each member's calendar on `day`, read once: null until read.
  const ineligible: Array<RotationStepReason | undefined | null> = new Array<null>(size).fill(null);
  const memberAt = (i: number): string => defined(circle[i]);
  const calendarAt = (i: number): MemberCalendar => defined(calendars.get(memberAt(i)));
  const ineligibleAt = (i: number): RotationStepReason | undefined => {
    let reason = ineligible[i];
    if (reason === null) {
      reason = calendarAt(i).ineligibility(day);
      ineligible[i] = reason;
    }
    return reason;
  };
  // Why member i cannot hold the term at all (the cycle's start counts: it moves when a new cycle opens).
  const barred = (i: number): RotationStepReason | undefined => {
    const reason = ineligibleAt(i);
    if (reason !== undefined) return reason;
    if (!cyclic || !prepared.lateJoinersWait) return undefined;
    // Eligible on `day`, so a membership covers it.
    const joined = defined(calendarAt(i).joinedBefore(day));
    return joined > state.cycleStart ? 'joined-during-cycle' : undefined;
  };
  let newCycle = false;
  if (cyclic) {
    // A new cycle opens when some member can hold the office and every member that may hold it in this cycle has held
    // it (or lost its turn): a late joiner waiting for the next cycle is done with this one.
    let anyEligible = false;
    let allDone = true;
    for (let i = 0; i < size && allDone; i++) {
      if (ineligibleAt(i) !== undefined) continue;
      anyEligible = true;
      if (barred(i) !== undefined) continue;
      const member = memberAt(i);
      if (!state.held.has(member) && !state.lost.has(member)) allDone = false;
    }
    if (anyEligible && allDone) {
      state.cycle += 1;
      state.cycleStart = day;
      state.held = new Map();
      state.lost = new Map();
      newCycle = true;
    }
  }
  // The outgoing holder does not follow itself while anyone else can hold the office.
  let othersEligible: boolean | undefined;
  const anyOtherEligible = (): boolean => {
    othersEligible ??= circle.some((member, i) => member !== outgoing && barred(i) === undefined);
    return othersEligible;
  };
  // Why the rule passes over the member at seat i, or 'next-in-circle' when it is that member's turn.
  const reasonAt = (i: number, member: string): RotationStepReason => {
    const reason = barred(i);
    if (reason !== undefined) return reason;
    if (cyclic && state.held.has(member)) return 'already-held-this-cycle';
    if (cyclic && state.lost.has(member)) return 'lost-turn-this-cycle';
    if (member === outgoing && anyOtherEligible()) return 'held-previous-term';
    return 'next-in-circle';
  };
  const start = defined(prepared.ring.get(state.position));
  const passedOver: PassedOver[] = [];
  for (let step = 1; step <= size; step++) {
    const i = (start + step) % size;
    const member = memberAt(i);
    const reason = reasonAt(i, member);
    if (reason === 'next-in-circle') return { day, holder: member, passedOver, newCycle };
    if (trace) passedOver.push({ member, reason });
  }
  return { day, holder: null, passedOver, newCycle };
}

/** Records that a term was held: by whom, in whose slot, and whose turn was given up. */
export function applyTerm(
  prepared: PreparedRotation,
  state: RotationState,
  label: string,
  holder: string,
  departure: Departure | undefined,
): void {
  state.held.set(holder, label);
  for (const joint of departure?.jointWith ?? []) state.held.set(joint, label);
  // A holder that gave up its own turn has held it all the same: `held` is read before `lost`.
  const loser = turnGivenUp(prepared, departure);
  if (loser !== undefined) state.lost.set(loser, label);
  state.position = departure?.inPlaceOf ?? holder;
}

/** The member whose turn a departure gave up for this cycle (a forfeit; a decline, unless declining defers the turn). */
function turnGivenUp(prepared: PreparedRotation, departure: Departure | undefined): string | undefined {
  if (departure === undefined) return undefined;
  const gaveUp = departure.kind === 'forfeit' || (departure.kind === 'declined' && prepared.declinedLosesTurn);
  return gaveUp ? departure.inPlaceOf : undefined;
}

/** The day a term begins as the engine counts it, and whether that day is only approximate. */
export function termStartDay(
  prepared: PreparedRotation,
  index: number,
  handover: PartialDate | undefined,
): { day: string; approximate: boolean } {
  if (handover === undefined)
    return { day: nominalStart(index, prepared.length), approximate: prepared.setup.handoverEvent !== undefined };
  return { day: earliestDay(handover), approximate: handover.length !== 10 };
}

/** The label of the term after `label`. */
export function nextLabel(prepared: PreparedRotation, label: string): string {
  return termLabelAt(termIndex(label, prepared.length) + 1, prepared.length);
}

/** A fresh copy of a departure, so no answer shares an object with the (frozen) setup. */
export function copyDeparture(departure: Departure): Departure {
  return { ...departure, ...(departure.jointWith === undefined ? {} : { jointWith: [...departure.jointWith] }) };
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
    holderName: memberName(prepared, holder),
    projected: true,
    handover: { date: handover, event: prepared.setup.handoverEvent ?? null },
    cycle: prepared.setup.strategy === 'once-per-cycle' ? cycle : null,
    ...(departure === undefined ? {} : { departure: copyDeparture(departure) }),
    explanation,
  };
}
