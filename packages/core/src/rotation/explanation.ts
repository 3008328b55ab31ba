import { MirpsRotationError } from '../errors/mirps-error.js';
import type { PassedOver, PreparedRotation, RotationState, Selection } from './engine.js';
import type { ExplanationLimits } from './explanation-options.js';
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

/** The rule in words, and how many members it names (a fixed order lists them; a summary only the first ones). */
export function ruleOf(setup: RotationSetup, circle: readonly string[], names: ReadonlyMap<string, string>, limits: ExplanationLimits): { rule: string; ruleNames: number } {
  const body = setup.body ?? 'The presidency';
  const named = setup.order.kind === 'explicit' ? (limits.full ? circle.length : Math.min(circle.length, limits.maxExplainedMembers)) : 0;
  const more = circle.length - named;
  const order =
    setup.order.kind === 'alphabetical'
      ? `alphabetical order of the members' names (${setup.order.locale}, ignoring accents and case)`
      : `the fixed order ${circle
          .slice(0, named)
          .map((id) => names.get(id))
          .join(', ')}${more > 0 ? `, and ${formatCount(more)} more` : ''}`;
  const rule =
    setup.strategy === 'once-per-cycle'
      ? `${body} rotates in ${order}; every eligible member holds it once per cycle: the next holder is the first member after the outgoing holder that is a member, not suspended, and has not held it in the current cycle.`
      : `${body} rotates in ${order}: the next holder is the first member after the outgoing holder that is a member and not suspended.`;
  return { rule, ruleNames: named };
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

/** Why several members are passed over, as the end of a sentence about them. */
function groupReason(state: RotationState, reason: RotationStepReason, day: string): string {
  switch (reason) {
    case 'already-held-this-cycle':
      return `they have already held it in cycle ${state.cycle}`;
    case 'lost-turn-this-cycle':
      return `they gave up their turn in cycle ${state.cycle}`;
    case 'not-a-member':
      return `not members on ${day}`;
    case 'suspended':
      return `suspended on ${day}`;
    case 'joined-during-cycle':
      return `they joined during cycle ${state.cycle} and wait for the next cycle`;
    default:
      return reason;
  }
}

/** Members passed over for one reason: how many, and the first few. */
interface Group {
  readonly reason: RotationStepReason;
  count: number;
  readonly examples: string[];
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

function individualStep(prepared: PreparedRotation, state: RotationState, member: string, reason: RotationStepReason, day: string): RotationStep {
  return {
    member,
    name: prepared.names.get(member)!,
    outcome: reason === 'next-in-circle' ? 'selected' : 'passed-over',
    reason,
    message: stepMessage(prepared, state, member, reason, day),
  };
}

function groupStep(prepared: PreparedRotation, state: RotationState, group: Group, day: string): RotationStep {
  if (group.count === 1) return individualStep(prepared, state, group.examples[0]!, group.reason, day);
  const examples = group.examples.map((member) => ({ member, name: prepared.names.get(member)! }));
  const more = group.count - examples.length;
  const named = `${examples.map((example) => example.name).join(', ')}${more > 0 ? `, and ${formatCount(more)} more` : ''}`;
  return {
    member: examples[0]!.member,
    name: examples[0]!.name,
    outcome: 'passed-over',
    reason: group.reason,
    message: `${formatCount(group.count)} members are passed over: ${groupReason(state, group.reason, day)} (${named})`,
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
  const name = (id: string): string => prepared.names.get(id)!;
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
  text.push(outgoing === null ? 'There is no outgoing holder: the ledger begins here.' : `Outgoing holder: ${name(outgoing)} (${outgoingLabel}).`);
  if (selection.newCycle) text.push(`Every eligible member has held it in cycle ${state.cycle - 1}; cycle ${state.cycle} begins, going on round the circle.`);
  else if (heldThisCycle.length > 0) {
    const held = heldThisCycle.map(({ member, term }) => `${name(member)} (${term})`);
    const more = heldCount - heldThisCycle.length;
    text.push(`Held so far in cycle ${state.cycle}: ${held.join(', ')}${more > 0 ? `, and ${formatCount(more)} more` : ''}.`);
  }
  for (const step of steps) text.push(`${step.message}.`);
  if (isSummary) {
    const limit = limits.maxExplainedMembers;
    text.push(`This is a summary: it names at most ${formatCount(limit)} member${limit === 1 ? '' : 's'} one by one; ask for explain: 'full' to list them all.`);
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
      throw new MirpsRotationError([
        {
          code: 'rotation.explanation-too-large',
          path: ['explain'],
          message: `The full explanations of this answer would hold more than ${formatCount(this.limits.maxFullExplanationEntries)} entries (steps, holders this cycle, members named by the rule): ask for fewer terms, leave explain at 'summary', or raise maxFullExplanationEntries`,
        },
      ]);
    }
  }
}
