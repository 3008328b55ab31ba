import type { MirpsIssue } from '../errors/issue.js';
import { MirpsRotationError } from '../errors/mirps-error.js';
import { datePrecision, partialDateSchema } from '../model/partial-date.js';
import { unwrap, validateDocument, type DocumentKind } from '../parse/validate-document.js';
import {
  applyTerm,
  copyState,
  explain,
  nextLabel,
  prepareRotation,
  projectedPresidency,
  selectHolder,
  termStartDay,
  type PreparedRotation,
  type RotationState,
} from './engine.js';
import type { Presidency, PresidencyOnDate, RotationVerdict, RotationVerdictKind } from './rotation-result.js';
import { rotationSetupSchema, type RecordedTerm, type RotationSetup } from './rotation-setup.js';
import { rotationSetupRules } from './rotation-setup-rules.js';
import { isTermLabel, termIndex, type TermLength } from './term-label.js';

/**
 * The most terms one projection may give; a request for more is refused
 * rather than left to run.
 *
 * @example
 * ```ts
 * import { MAX_PROJECTED_TERMS } from '@mirps/core';
 * MAX_PROJECTED_TERMS; // 10000
 * ```
 */
export const MAX_PROJECTED_TERMS = 10_000;

/**
 * How many terms to project: a `count`, or every term `through` a label
 * (inclusive), e.g. `{ through: '2030' }`.
 *
 * @example
 * ```ts
 * import type { ProjectionRequest } from '@mirps/core';
 * const request: ProjectionRequest = { count: 5 };
 * ```
 */
export type ProjectionRequest = { readonly count: number; readonly through?: undefined } | { readonly through: string; readonly count?: undefined };

/**
 * A rotating presidency: the four operations of the engine over one setup.
 *
 * @example
 * ```ts
 * import { createRotation, mirpsRotationSetup } from '@mirps/core';
 * const rotation = createRotation(mirpsRotationSetup());
 * rotation.nextPresidency().holder; // 'GT'
 * ```
 */
export interface Rotation {
  /** The validated setup. */
  readonly setup: RotationSetup;
  /** Member ids in rotation order. */
  readonly circle: readonly string[];
  /** The term after the ledger's last, with its explanation. */
  nextPresidency(): Presidency;
  /** Successive projected terms after the ledger. */
  projectPresidencies(request: ProjectionRequest): Presidency[];
  /** Who holds the presidency on a day (`YYYY-MM-DD`, or a `Date` read in UTC), handover-aware. */
  presidencyOn(date: string | Date): PresidencyOnDate;
  /** One verdict per recorded term: this setup's ledger, or the one given. */
  checkRotation(ledger?: readonly RecordedTerm[]): RotationVerdict[];
}

const rotationSetupKind: DocumentKind<RotationSetup, undefined> = {
  name: 'RotationSetup',
  schema: rotationSetupSchema,
  rules: (setup) => rotationSetupRules(setup),
};

/** The last term that has a four-digit label. */
const LAST_INDEX: Record<TermLength, number> = { year: 9999, 'half-year': 9999 * 2 + 1, month: 9999 * 12 + 11 };

/** The member that alone held a term; none for a joint presidency, after which any member may follow. */
const soleHolder = (term: Pick<RecordedTerm, 'holder' | 'departure'>): string | null => (term.departure?.kind === 'joint' ? null : term.holder);

const refuse = (issue: MirpsIssue): never => {
  throw new MirpsRotationError([issue]);
};

/** The position of the period that contains `day` on the line of terms. */
function periodIndex(day: string, length: TermLength): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (length === 'year') return year;
  if (length === 'half-year') return year * 2 + (month > 6 ? 1 : 0);
  return year * 12 + month - 1;
}

function toDay(date: unknown): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) refuse({ code: 'rotation.invalid-date', path: ['date'], message: 'The Date is invalid' });
    return date.toISOString().slice(0, 10);
  }
  if (typeof date === 'string' && partialDateSchema.safeParse(date).success && datePrecision(date) === 'day') return date;
  return refuse({ code: 'rotation.invalid-date', path: ['date'], message: `Expected a calendar day as "YYYY-MM-DD" or a Date; got ${JSON.stringify(date) ?? String(date)}` });
}

interface RecordedStart {
  readonly term: RecordedTerm;
  readonly index: number;
  readonly since: string;
  readonly approximate: boolean;
}

class RotationEngine implements Rotation {
  readonly setup: RotationSetup;
  readonly circle: readonly string[];
  private readonly prepared: PreparedRotation;
  private readonly starts: RecordedStart[] = [];
  private readonly verdicts: RotationVerdict[] = [];
  private readonly finalState: RotationState;

  constructor(setup: RotationSetup) {
    this.setup = setup;
    this.prepared = prepareRotation(setup);
    this.circle = this.prepared.circle;
    const { ledger } = setup;
    const first = termStartDay(this.prepared, termIndex(ledger[0]!.label, setup.termLength), ledger[0]!.handover);
    const state: RotationState = { position: null, cycle: 1, cycleStart: first.day, held: new Map(), lost: new Map() };
    ledger.forEach((term, k) => {
      const index = termIndex(term.label, setup.termLength);
      const { day, approximate } = termStartDay(this.prepared, index, term.handover);
      this.starts.push({ term, index, since: day, approximate });
      const previous = k === 0 ? null : ledger[k - 1]!;
      const selection = previous === null ? { holder: null, steps: [], newCycle: false } : selectHolder(this.prepared, state, day, soleHolder(previous));
      const verdict = this.verdictOf(term, index, previous === null, selection.holder);
      const explanation = explain(this.prepared, state, previous?.holder ?? null, previous?.label ?? null, selection, verdict.message);
      this.verdicts.push({ ...verdict, explanation });
      applyTerm(this.prepared, state, term.label, term.holder, term.departure);
    });
    this.finalState = state;
  }

  private verdictOf(term: RecordedTerm, index: number, first: boolean, expected: string | null): Omit<RotationVerdict, 'explanation'> {
    const name = (id: string | null): string => (id === null ? 'nobody (no member was eligible)' : this.prepared.names.get(id)!);
    const before = this.prepared.mechanismIndex !== undefined && index < this.prepared.mechanismIndex;
    let verdict: RotationVerdictKind;
    let message: string;
    if (before) {
      verdict = 'before-mechanism';
      message = `${term.label}: ${name(term.holder)} held it before the rotation mechanism (which assigns terms from ${this.setup.mechanismFrom}); the term counts toward the first cycle.`;
    } else if (first) {
      verdict = 'start-of-ledger';
      message = `${term.label}: ${name(term.holder)} holds the first term of the ledger; there is no earlier term for the rule to follow.`;
    } else if (term.holder === expected) {
      verdict = 'follows-rule';
      message = `${term.label}: ${name(term.holder)} holds it, as the rule says.`;
    } else if (term.departure !== undefined) {
      verdict = 'recorded-departure';
      message = `${term.label}: ${name(term.holder)} holds it where the rule gives ${name(expected)}: a recorded ${term.departure.kind} (${term.departure.reason}).`;
    } else {
      verdict = 'unexplained-departure';
      message = `${term.label}: ${name(term.holder)} holds it, but the rule gives ${name(expected)} and no departure is recorded.`;
    }
    return {
      label: term.label,
      holder: term.holder,
      verdict,
      expected: first ? null : expected,
      ...(term.departure === undefined ? {} : { departure: term.departure }),
      message,
    };
  }

  nextPresidency(): Presidency {
    return this.project(1, ['count'])[0]!;
  }

  projectPresidencies(request: ProjectionRequest): Presidency[] {
    if (typeof request !== 'object' || request === null) {
      return refuse({ code: 'rotation.count-out-of-range', path: [], message: 'Ask for { count: N } or { through: label }' });
    }
    const lastIndex = this.starts[this.starts.length - 1]!.index;
    if (request.count !== undefined && request.through !== undefined) {
      return refuse({ code: 'rotation.count-out-of-range', path: ['through'], message: 'Give either count or through, not both' });
    }
    if (request.through !== undefined) {
      if (typeof request.through !== 'string' || !isTermLabel(request.through, this.setup.termLength)) {
        return refuse({ code: 'rotation.invalid-label', path: ['through'], message: `${JSON.stringify(request.through)} is not a ${this.setup.termLength} term label` });
      }
      return this.project(termIndex(request.through, this.setup.termLength) - lastIndex, ['through']);
    }
    return this.project(request.count as number, ['count']);
  }

  private project(count: number, path: Array<string | number>): Presidency[] {
    if (!Number.isInteger(count) || count < 1 || count > MAX_PROJECTED_TERMS) {
      return refuse({
        code: 'rotation.count-out-of-range',
        path,
        message: `A projection gives 1 to ${MAX_PROJECTED_TERMS} terms after the ledger's last (${this.starts[this.starts.length - 1]!.term.label}); this asks for ${count}`,
      });
    }
    const last = this.starts[this.starts.length - 1]!;
    if (last.index + count > LAST_INDEX[this.setup.termLength]) {
      return refuse({ code: 'rotation.count-out-of-range', path, message: `Projecting ${count} terms after ${last.term.label} goes past the year 9999` });
    }
    const state = copyState(this.finalState);
    let outgoing = soleHolder(last.term);
    let outgoingName = last.term.holder;
    let label = last.term.label;
    const terms: Presidency[] = [];
    for (let n = 0; n < count; n++) {
      const outgoingLabel = label;
      label = nextLabel(this.prepared, label);
      const index = termIndex(label, this.setup.termLength);
      const { day } = termStartDay(this.prepared, index, this.prepared.handovers.get(index));
      const selection = selectHolder(this.prepared, state, day, outgoing);
      const override = this.prepared.overrides.get(index);
      const holder = override?.holder ?? selection.holder;
      if (holder === null) {
        return refuse({
          code: 'rotation.no-eligible-member',
          path: ['members'],
          message: `No member can hold term ${label} (beginning ${day}): every member is suspended or not a member then`,
        });
      }
      const name = this.prepared.names.get(holder)!;
      const conclusion =
        override === undefined
          ? `${name} holds ${label}.`
          : `${name} holds ${label} by a planned ${override.departure.kind} (${override.departure.reason}).`;
      const explanation = explain(this.prepared, state, outgoingName, outgoingLabel, selection, conclusion);
      terms.push(projectedPresidency(this.prepared, label, holder, state.cycle, explanation, override?.departure));
      applyTerm(this.prepared, state, label, holder, override?.departure);
      outgoing = soleHolder({ holder, departure: override?.departure });
      outgoingName = holder;
    }
    return terms;
  }

  presidencyOn(date: string | Date): PresidencyOnDate {
    const day = toDay(date);
    const starts = this.starts;
    if (day < starts[0]!.since) {
      return refuse({ code: 'rotation.before-ledger', path: ['date'], message: `${day} is before the ledger's first term (${starts[0]!.term.label}, from ${starts[0]!.since})` });
    }
    let k = starts.length - 1;
    while (k > 0 && starts[k]!.since > day) k--;
    const recorded = starts[k]!;
    let found = { label: recorded.term.label, holder: recorded.term.holder, since: recorded.since, approximate: recorded.approximate, projected: false };
    let nextApproximate = starts[k + 1]?.approximate ?? false;
    if (k === starts.length - 1) {
      // Beyond the last recorded handover: project far enough to pass the day, and take the last term begun by then.
      const needed = periodIndex(day, this.setup.termLength) + 1 - recorded.index;
      for (const term of needed >= 1 ? this.project(needed, ['date']) : []) {
        const start = termStartDay(this.prepared, termIndex(term.label, this.setup.termLength), term.handover.date);
        if (start.day > day) {
          nextApproximate = start.approximate;
          break;
        }
        found = { label: term.label, holder: term.holder, since: start.day, approximate: start.approximate, projected: true };
      }
    }
    return {
      date: day,
      label: found.label,
      holder: found.holder,
      holderName: this.prepared.names.get(found.holder)!,
      projected: found.projected,
      since: found.since,
      approximate: found.approximate || nextApproximate,
    };
  }

  checkRotation(ledger?: readonly RecordedTerm[]): RotationVerdict[] {
    if (ledger === undefined) return [...this.verdicts];
    return createRotation({ ...this.setup, ledger: [...ledger] }).checkRotation();
  }
}

/**
 * Creates the rotation engine for any body whose presidency rotates among its
 * members. The setup is plain JSON, validated first: a bad setup throws
 * {@link MirpsValidationError} with every issue and its path.
 *
 * @param setup - Members, order, strategy, term length, ledger, overrides, policies.
 * @returns The four operations over that setup.
 * @throws {@link MirpsValidationError} when the setup is not valid.
 * @example
 * ```ts
 * import { createRotation } from '@mirps/core';
 * const council = createRotation({
 *   body: 'The presidency of the Council',
 *   members: [
 *     { id: 'A', names: { en: 'Alpha' }, memberships: [{ from: '2020' }] },
 *     { id: 'B', names: { en: 'Bravo' }, memberships: [{ from: '2020' }] },
 *     { id: 'C', names: { en: 'Charlie' }, memberships: [{ from: '2020' }], suspensions: [{ from: '2024-01' }] },
 *   ],
 *   order: { kind: 'alphabetical', locale: 'en' },
 *   strategy: 'successor',
 *   termLength: 'half-year',
 *   ledger: [{ label: '2024-H1', holder: 'B' }],
 * });
 * council.nextPresidency().holder; // 'A': Charlie is suspended
 * ```
 */
export function createRotation(setup: RotationSetup): Rotation {
  return new RotationEngine(unwrap(validateDocument(rotationSetupKind, setup, undefined)));
}

