import type { PartialDate } from '../model/partial-date.js';
import type { RotationOptions } from './explanation-options.js';
import type { Departure } from './rotation-setup.js';

/**
 * Why the rule passed over a member, or chose it.
 *
 * @example
 * ```ts
 * import type { RotationStepReason } from '@mirps/core';
 * const reason: RotationStepReason = 'already-held-this-cycle';
 * ```
 */
export type RotationStepReason =
  | 'next-in-circle'
  | 'already-held-this-cycle'
  | 'lost-turn-this-cycle'
  | 'not-a-member'
  | 'suspended'
  | 'joined-during-cycle'
  | 'held-previous-term'
  | 'override';

/**
 * One member the rule looked at, going round the circle after the outgoing
 * holder: passed over (and why) or selected.
 *
 * @example
 * ```ts
 * import type { RotationStep } from '@mirps/core';
 * const step: RotationStep = { member: 'MX', name: 'México', outcome: 'passed-over', reason: 'already-held-this-cycle', message: 'México has already held it in cycle 1 (2019)' };
 * ```
 */
export interface RotationStep {
  readonly member: string;
  /** The member's name in the order's language. */
  readonly name: string;
  readonly outcome: 'selected' | 'passed-over';
  readonly reason: RotationStepReason;
  /** The step in words. */
  readonly message: string;
  /**
   * Only in a summarised explanation (see {@link RotationOptions}): this step
   * stands for `count` members passed over for the same `reason` (`member` and
   * `name` are the first of them), with the first few named in `examples`.
   */
  readonly group?: RotationStepGroup;
}

/**
 * Members passed over for one reason that a summarised explanation gives as
 * one step: how many, and the first few by name.
 *
 * @example
 * ```ts
 * import type { RotationStepGroup } from '@mirps/core';
 * const group: RotationStepGroup = { count: 7998, examples: [{ member: 'M2', name: 'Member 2' }, { member: 'M3', name: 'Member 3' }, { member: 'M4', name: 'Member 4' }] };
 * ```
 */
export interface RotationStepGroup {
  /** How many members this step stands for. */
  readonly count: number;
  /** The first of them, in circle order (at most three). */
  readonly examples: ReadonlyArray<{ readonly member: string; readonly name: string }>;
}

/**
 * How the rule arrived at a holder: from which outgoing holder, in which cycle,
 * through which steps; `text` says it in sentences.
 *
 * @example
 * ```ts
 * import { nextPresidency } from '@mirps/core';
 * console.log(nextPresidency().explanation.text.join('\n'));
 * ```
 */
export interface RotationExplanation {
  /** The rule applied, in words. */
  readonly rule: string;
  /** The outgoing holder's id, or null for the first term of a ledger. */
  readonly outgoing: string | null;
  /** The cycle the term belongs to (1 for the first), or null for the `successor` strategy. */
  readonly cycle: number | null;
  /** True when this term opens a new cycle. */
  readonly newCycle: boolean;
  /**
   * Who has held the presidency in `cycle` before this term, in the order the
   * engine recorded them, each with the label of the term they held: the data
   * behind the text's "Held so far in cycle N" line. The members of a joint
   * presidency (`jointWith`) are listed with the term they shared. Empty when
   * this term opens a new cycle, for the ledger's first term, and for the
   * `successor` strategy (which has no cycles).
   *
   * @example
   * ```ts
   * import { nextPresidency } from '@mirps/core';
   * nextPresidency().explanation.heldThisCycle[0]; // { member: 'MX', term: '2019' }
   * ```
   */
  readonly heldThisCycle: ReadonlyArray<{ readonly member: string; readonly term: string }>;
  readonly steps: readonly RotationStep[];
  readonly text: readonly string[];
  /**
   * Present only when the explanation is a summary: when it would name more
   * members than `maxExplainedMembers` (see {@link RotationOptions}), its steps
   * group the members passed over by reason and `heldThisCycle` lists only the
   * first ones. Says how many there are in all; ask for `explain: 'full'` to
   * list each.
   *
   * @example
   * ```ts
   * import type { RotationExplanation } from '@mirps/core';
   * const summary: RotationExplanation['summary'] = { passedOver: 9998, heldThisCycle: 1 };
   * ```
   */
  readonly summary?: {
    /** How many members the rule passed over before it chose the holder. */
    readonly passedOver: number;
    /** How many members have held it in the cycle so far. */
    readonly heldThisCycle: number;
  };
}

/**
 * A term as the engine gives it: recorded in the ledger or projected by the rule.
 *
 * @example
 * ```ts
 * import { nextPresidency, type Presidency } from '@mirps/core';
 * const next: Presidency = nextPresidency();
 * console.log(next.label, next.holder, next.projected);
 * ```
 */
export interface Presidency {
  /** The term's label, e.g. `'2024'`, `'2024-H1'`, `'2024-03'`. */
  readonly label: string;
  readonly holder: string;
  /** The holder's name in the order's language. */
  readonly holderName: string;
  /** True for a term the rule projects, false for one the ledger records. */
  readonly projected: boolean;
  /** The handover into the term: its day where known (else null), and the event at which it happens. */
  readonly handover: { readonly date: PartialDate | null; readonly event: string | null };
  /** The cycle the term belongs to, or null for the `successor` strategy. */
  readonly cycle: number | null;
  /** The departure from the rule, for a recorded or overridden term. */
  readonly departure?: Departure;
  readonly explanation: RotationExplanation;
}

/**
 * The verdict on one recorded term.
 *
 * @example
 * ```ts
 * import type { RotationVerdictKind } from '@mirps/core';
 * const verdict: RotationVerdictKind = 'before-mechanism';
 * ```
 */
export type RotationVerdictKind =
  | 'follows-rule'
  | 'before-mechanism'
  | 'recorded-departure'
  | 'unexplained-departure'
  | 'start-of-ledger';

/**
 * What {@link checkRotation} says of one recorded term: whether it follows the
 * rule, precedes the rotation mechanism, is a departure recorded with its
 * reason, or departs from the rule unexplained (with the holder the rule
 * expected). The ledger's first term has nothing before it to follow.
 *
 * @example
 * ```ts
 * import { checkRotation } from '@mirps/core';
 * for (const v of checkRotation()) console.log(v.label, v.verdict);
 * ```
 */
export interface RotationVerdict {
  readonly label: string;
  readonly holder: string;
  readonly verdict: RotationVerdictKind;
  /** The holder the rule expected; null for the first term of the ledger. */
  readonly expected: string | null;
  readonly departure?: Departure;
  /** The verdict in a sentence. */
  readonly message: string;
  readonly explanation: RotationExplanation;
}

/**
 * Who holds the presidency on a calendar day.
 *
 * @example
 * ```ts
 * import { presidencyOn } from '@mirps/core';
 * presidencyOn('2022-12-12').holder; // 'HN': the handover to Panama was on 13 December 2022
 * ```
 */
export interface PresidencyOnDate {
  readonly date: string;
  readonly label: string;
  readonly holder: string;
  readonly holderName: string;
  readonly projected: boolean;
  /** The first day of this holder's term, as the engine counts it. */
  readonly since: string;
  /**
   * True when this term's start or the next term's start is not known to the
   * day: a handover known only to the month or year, or a handover at an event
   * whose date is not given (the engine then counts from the first day of the
   * period the term is named after).
   */
  readonly approximate: boolean;
}
