import { MirpsRotationError } from '../errors/mirps-error.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';
import type { PassedOver, PreparedRotation, RotationState, Selection } from './engine.js';
import type { ExplanationLimits } from './explanation-options.js';
import { memberName } from './member-name.js';
import type { RotationExplanation, RotationStep, RotationStepReason } from './rotation-result.js';
import type { RotationSetup } from './rotation-setup.js';

// How the engine explains a choice: the rule, the outgoing holder, who has held it this cycle, each member passed
// over and why, and the conclusion, in data and in sentences. An explanation names each member one by one up to
// `maxExplainedMembers`; past that it is a summary, so that its size does not grow with the number of members: the
// members passed over are grouped by reason (consecutive ones with the same reason together, or, when even those
// groups are too many, all of one reason together), each group with a count and a few names.

/** How many members a group of passed-over members names. */
const EXAMPLES_PER_GROUP = 3;

/** A count as people write it: `7,998`. The same on every machine. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How many members the rule names: a fixed order all of them (a summary the first ones), an alphabetical none. */
function membersNamedByRule(setup: RotationSetup, circle: readonly string[], limits: ExplanationLimits): number {
  if (setup.order.kind !== 'explicit') return 0;
  return limits.full ? circle.length : Math.min(circle.length, limits.maxExplainedMembers);
}

/** The rule in words, and how many members it names (a fixed order lists them; a summary only the first ones). */
export function ruleOf(
  setup: RotationSetup,
  circle: readonly string[],
  names: ReadonlyMap<string, string>,
  limits: ExplanationLimits,
): { rule: string; ruleNames: number } {
  const messages = ROTATION_MESSAGES[limits.language];
  const body = setup.body ?? messages.defaultBody;
  const named = membersNamedByRule(setup, circle, limits);
  const more = circle.length - named;
  const order =
    setup.order.kind === 'alphabetical'
      ? messages.alphabeticalOrder(setup.order.locale)
      : messages.fixedOrder(
          `${circle
            .slice(0, named)
            .map((id) => names.get(id))
            .join(', ')}${more > 0 ? messages.andMore(formatCount(more)) : ''}`,
        );
  const rule =
    setup.strategy === 'once-per-cycle' ? messages.oncePerCycleRule(body, order) : messages.successorRule(body, order);
  return { rule, ruleNames: named };
}

function stepMessage(
  prepared: PreparedRotation,
  state: RotationState,
  member: string,
  reason: RotationStepReason,
  day: string,
): string {
  const name = memberName(prepared, member);
  const steps = ROTATION_MESSAGES[prepared.limits.language].steps;
  const cycle = String(state.cycle);
  switch (reason) {
    case 'already-held-this-cycle':
      return steps.alreadyHeld(name, cycle, String(state.held.get(member)));
    case 'lost-turn-this-cycle':
      return steps.lostTurn(name, cycle, String(state.lost.get(member)));
    case 'not-a-member':
      return steps.notAMember(name, day);
    case 'suspended':
      return steps.suspended(name, day);
    case 'held-previous-term':
      return steps.heldPreviousTerm(name);
    case 'joined-during-cycle':
      return steps.joinedDuringCycle(name, cycle);
    case 'override':
      return steps.override(name);
    case 'next-in-circle':
      return prepared.setup.strategy === 'once-per-cycle' ? steps.nextNotHeld(name, cycle) : steps.next(name);
  }
}

/** Why several members are passed over, as the end of a sentence about them. */
function groupReason(
  prepared: PreparedRotation,
  state: RotationState,
  reason: RotationStepReason,
  day: string,
): string {
  const groups = ROTATION_MESSAGES[prepared.limits.language].groups;
  const cycle = String(state.cycle);
  switch (reason) {
    case 'already-held-this-cycle':
      return groups.alreadyHeld(cycle);
    case 'lost-turn-this-cycle':
      return groups.lostTurn(cycle);
    case 'not-a-member':
      return groups.notAMember(day);
    case 'suspended':
      return groups.suspended(day);
    case 'joined-during-cycle':
      return groups.joinedDuringCycle(cycle);
    default:
      return reason;
  }
}

/** Members passed over for one reason: how many, and the first few. */
interface Group {
  readonly reason: RotationStepReason;
  count: number;
  readonly examples: [string, ...string[]];
}

const addTo = (group: Group, member: string): void => {
  group.count += 1;
  if (group.examples.length < EXAMPLES_PER_GROUP) group.examples.push(member);
};

/** Consecutive members passed over for the same reason, together; when that makes more than `most` groups, all members of one reason together. */
function groupPassedOver(passedOver: readonly PassedOver[], most: number): Group[] {
  const runs: Group[] = [];
  for (const { member, reason } of passedOver) {
    const last = runs[runs.length - 1];
    if (last?.reason === reason) addTo(last, member);
    else runs.push({ reason, count: 1, examples: [member] });
  }
  if (runs.length <= most) return runs;
  const byReason = new Map<RotationStepReason, Group>();
  for (const { member, reason } of passedOver) {
    const group = byReason.get(reason);
    if (group === undefined) byReason.set(reason, { reason, count: 1, examples: [member] });
    else addTo(group, member);
  }
  return [...byReason.values()];
}

function individualStep(
  prepared: PreparedRotation,
  state: RotationState,
  member: string,
  reason: RotationStepReason,
  day: string,
): RotationStep {
  return {
    member,
    name: memberName(prepared, member),
    outcome: reason === 'next-in-circle' ? 'selected' : 'passed-over',
    reason,
    message: stepMessage(prepared, state, member, reason, day),
  };
}

function groupStep(prepared: PreparedRotation, state: RotationState, group: Group, day: string): RotationStep {
  const [first] = group.examples;
  if (group.count === 1) return individualStep(prepared, state, first, group.reason, day);
  const examples = group.examples.map((member) => ({ member, name: memberName(prepared, member) }));
  const messages = ROTATION_MESSAGES[prepared.limits.language];
  const more = group.count - examples.length;
  const named = `${examples.map((example) => example.name).join(', ')}${more > 0 ? messages.andMore(formatCount(more)) : ''}`;
  return {
    member: first,
    name: memberName(prepared, first),
    outcome: 'passed-over',
    reason: group.reason,
    message: messages.groups.passedOver(
      formatCount(group.count),
      groupReason(prepared, state, group.reason, day),
      named,
    ),
    group: { count: group.count, examples },
  };
}

/** An explanation from a (traced) selection. */
export function explain(
  prepared: PreparedRotation,
  state: RotationState,
  outgoing: string | null,
  outgoingLabel: string | null,
  selection: Selection,
  conclusion: string,
): RotationExplanation {
  const { limits } = prepared;
  const messages = ROTATION_MESSAGES[limits.language];
  const name = (id: string): string => memberName(prepared, id);
  const cyclic = prepared.setup.strategy === 'once-per-cycle';
  const most = limits.full ? Number.POSITIVE_INFINITY : limits.maxExplainedMembers;

  // Who held it in the current cycle. A new cycle has already emptied state.held (selectHolder), so its list is empty.
  const heldCount = cyclic && !selection.newCycle ? state.held.size : 0;
  const heldThisCycle: Array<{ member: string; term: string }> = [];
  if (heldCount > 0) {
    for (const [member, term] of state.held) {
      if (heldThisCycle.length >= most) break;
      heldThisCycle.push({ member, term });
    }
  }

  const { passedOver, holder, day } = selection;
  const stepCount = passedOver.length + (holder === null ? 0 : 1);
  const summarised = stepCount > most;
  const steps: RotationStep[] = summarised
    ? groupPassedOver(passedOver, most - 1).map((group) => groupStep(prepared, state, group, day))
    : passedOver.map(({ member, reason }) => individualStep(prepared, state, member, reason, day));
  if (holder !== null) steps.push(individualStep(prepared, state, holder, 'next-in-circle', day));
  const isSummary = summarised || heldThisCycle.length < heldCount;

  const text: string[] = [prepared.rule];
  text.push(outgoing === null ? messages.noOutgoing : messages.outgoing(name(outgoing), String(outgoingLabel)));
  if (selection.newCycle) text.push(messages.newCycle(String(state.cycle - 1), String(state.cycle)));
  else if (heldThisCycle.length > 0) {
    const held = heldThisCycle.map(({ member, term }) => `${name(member)} (${term})`);
    const more = heldCount - heldThisCycle.length;
    text.push(
      messages.heldSoFar(
        String(state.cycle),
        `${held.join(', ')}${more > 0 ? messages.andMore(formatCount(more)) : ''}`,
      ),
    );
  }
  for (const step of steps) text.push(`${step.message}.`);
  if (isSummary) {
    const limit = limits.maxExplainedMembers;
    text.push(limit === 1 ? messages.summaryOne(formatCount(limit)) : messages.summaryMany(formatCount(limit)));
  }
  text.push(conclusion);
  return {
    rule: prepared.rule,
    outgoing,
    cycle: cyclic ? state.cycle : null,
    newCycle: selection.newCycle,
    heldThisCycle,
    steps,
    text,
    ...(isSummary ? { summary: { passedOver: passedOver.length, heldThisCycle: heldCount } } : {}),
  };
}

/**
 * What the full explanations of one answer may hold together: each adds its
 * steps, its list of who held it this cycle and the members its rule names.
 * Only full explanations count; a summary stays small by itself.
 */
export class ExplanationBudget {
  private entries = 0;

  constructor(private readonly limits: ExplanationLimits) {}

  /** Counts an explanation in; refuses the answer once the explanations hold more than the limit. */
  spend(prepared: PreparedRotation, explanation: RotationExplanation): void {
    if (!this.limits.full) return;
    this.entries += explanation.steps.length + explanation.heldThisCycle.length + prepared.ruleNames;
    if (this.entries > this.limits.maxFullExplanationEntries) {
      throw new MirpsRotationError(
        [
          {
            code: 'rotation.explanation-too-large',
            path: ['explain'],
            message: ROTATION_MESSAGES[this.limits.language].refusals.explanationTooLarge(
              formatCount(this.limits.maxFullExplanationEntries),
            ),
          },
        ],
        this.limits.language,
      );
    }
  }
}
