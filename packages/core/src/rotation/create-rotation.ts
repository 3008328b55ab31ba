import { deepFreeze } from '../_lib/deep-freeze.js';
import { defined } from '../_lib/defined.js';
import { guardArguments } from '../errors/invalid-argument.js';
import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import { MirpsRotationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';
import { type DocumentKind, unwrap, validateDocument } from '../parse/validate-document.js';
import { readFields } from './caller-input.js';
import { dayOf } from './day-of.js';
import {
  applyTerm,
  copyDeparture,
  copyState,
  nextLabel,
  noSelection,
  type PreparedRotation,
  prepareRotation,
  projectedPresidency,
  type RotationState,
  selectHolder,
  termStartDay,
} from './engine.js';
import { ExplanationBudget, explain } from './explanation.js';
import {
  type ExplanationLimits,
  explanationLimitsFrom,
  ROTATION_OPTION_KEYS,
  type RotationOptions,
} from './explanation-options.js';
import { memberName } from './member-name.js';
import type {
  Presidency,
  PresidencyOnDate,
  RotationExplanation,
  RotationVerdict,
  RotationVerdictKind,
} from './rotation-result.js';
import { type Departure, type RecordedTerm, type RotationSetup, rotationSetupSchema } from './rotation-setup.js';
import { rotationSetupRules } from './rotation-setup-rules.js';
import { isTermLabel, TERM_LABEL_EXAMPLES, type TermLength, termIndex } from './term-label.js';

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
export type ProjectionRequest =
  | { readonly count: number; readonly through?: undefined }
  | { readonly through: string; readonly count?: undefined };

/**
 * A rotating presidency: the operations of the engine over one setup. Its
 * `setup` is a frozen copy of the one given: changing the object you passed
 * to {@link createRotation}, or trying to change this one, changes no answer.
 * Every answer is a fresh object.
 *
 * @example
 * ```ts
 * import { createRotation, mirpsRotationSetup } from '@mirps/core';
 * const rotation = createRotation(mirpsRotationSetup());
 * rotation.nextPresidency().holder; // 'GT'
 * ```
 */
export interface Rotation {
  /** The validated setup: a deep copy, frozen. */
  readonly setup: RotationSetup;
  /** Member ids in rotation order (frozen). */
  readonly circle: readonly string[];
  /** The term after the ledger's last, with its explanation. */
  nextPresidency(): Presidency;
  /** Successive projected terms after the ledger. */
  projectPresidencies(request: ProjectionRequest): Presidency[];
  /** Who holds the presidency on a day (`YYYY-MM-DD`, or a `Date` read in UTC, in the years 0001–9999), handover-aware. */
  presidencyOn(date: string | Date): PresidencyOnDate;
  /** The presidency of one term: as the ledger records it (with the rule's verdict as its explanation), or as the rule projects it. */
  presidencyOfTerm(label: string): Presidency;
  /** One verdict per recorded term: this setup's ledger, or the one given. */
  checkRotation(ledger?: readonly RecordedTerm[]): RotationVerdict[];
}

const rotationSetupKind: DocumentKind<RotationSetup, undefined> = {
  name: 'RotationSetup',
  schema: rotationSetupSchema,
  rules: (setup, _context, language) => rotationSetupRules(setup, language),
};

/** The last term that has a four-digit label. */
const LAST_INDEX: Record<TermLength, number> = { year: 9999, 'half-year': 9999 * 2 + 1, month: 9999 * 12 + 11 };

/** The member that alone held a term; none for a joint presidency, after which any member may follow. */
const soleHolder = (term: Pick<RecordedTerm, 'holder' | 'departure'>): string | null =>
  term.departure?.kind === 'joint' ? null : term.holder;

const refuse = (issue: MirpsIssue, language: Language): never => {
  throw new MirpsRotationError([issue], language);
};

interface RecordedStart {
  readonly term: RecordedTerm;
  readonly index: number;
  readonly since: string;
  readonly approximate: boolean;
}

/** A projected term, with its explanation where one was asked for. */
interface ProjectedTerm {
  readonly label: string;
  readonly holder: string;
  readonly cycle: number;
  readonly departure: Departure | undefined;
  readonly explanation: RotationExplanation | undefined;
}

class RotationEngine implements Rotation {
  readonly setup: RotationSetup;
  readonly circle: readonly string[];
  private readonly prepared: PreparedRotation;
  private readonly starts: readonly RecordedStart[];
  /** The ledger's first and last terms (a setup's ledger has at least one). */
  private readonly first: RecordedStart;
  private readonly last: RecordedStart;
  private readonly finalState: RotationState;

  constructor(
    setup: RotationSetup,
    private readonly limits: ExplanationLimits,
  ) {
    this.setup = setup;
    this.prepared = prepareRotation(setup, limits);
    this.circle = this.prepared.circle;
    this.starts = setup.ledger.map((term) => {
      const index = termIndex(term.label, setup.termLength);
      const { day, approximate } = termStartDay(this.prepared, index, term.handover);
      return { term, index, since: day, approximate };
    });
    this.first = this.recordedAt(0);
    this.last = this.recordedAt(this.starts.length - 1);
    this.finalState = this.replay(() => false).state;
  }

  /** The recorded term at position `k` of the ledger, which the caller knows is there. */
  private recordedAt(k: number): RecordedStart {
    return defined(this.starts[k]);
  }

  /**
   * Goes through the ledger as the rule does, term by term, and gives the
   * verdict (with its explanation) on each term `explained` picks. Every call
   * builds fresh answers.
   */
  private replay(explained: (k: number) => boolean): { state: RotationState; verdicts: RotationVerdict[] } {
    const budget = new ExplanationBudget(this.limits);
    const cycleStart = this.first.since;
    const state: RotationState = {
      position: this.first.term.holder,
      cycle: 1,
      cycleStart,
      held: new Map(),
      lost: new Map(),
    };
    const verdicts: RotationVerdict[] = [];
    let previous: RecordedTerm | null = null;
    for (const [k, { term, index, since }] of this.starts.entries()) {
      const wanted = explained(k);
      const selection =
        previous === null
          ? noSelection(since)
          : selectHolder(this.prepared, state, since, soleHolder(previous), wanted);
      if (wanted) {
        const verdict = this.verdictOf(term, index, previous === null, selection.holder);
        const explanation = explain(
          this.prepared,
          state,
          previous?.holder ?? null,
          previous?.label ?? null,
          selection,
          verdict.message,
        );
        budget.spend(this.prepared, explanation);
        verdicts.push({ ...verdict, explanation });
      }
      applyTerm(this.prepared, state, term.label, term.holder, term.departure);
      previous = term;
    }
    return { state, verdicts };
  }

  private verdictOf(
    term: RecordedTerm,
    index: number,
    first: boolean,
    expected: string | null,
  ): Omit<RotationVerdict, 'explanation'> {
    const messages = ROTATION_MESSAGES[this.limits.language];
    const says = messages.verdicts;
    const name = (id: string | null): string => (id === null ? says.nobody : memberName(this.prepared, id));
    const before = this.prepared.mechanismIndex !== undefined && index < this.prepared.mechanismIndex;
    let verdict: RotationVerdictKind;
    let message: string;
    if (before) {
      verdict = 'before-mechanism';
      message = says.beforeMechanism(term.label, name(term.holder), String(this.setup.mechanismFrom));
    } else if (first) {
      verdict = 'start-of-ledger';
      message = says.startOfLedger(term.label, name(term.holder));
    } else if (term.holder === expected) {
      verdict = 'follows-rule';
      message = says.followsRule(term.label, name(term.holder));
    } else if (term.departure !== undefined) {
      verdict = 'recorded-departure';
      message = says.recordedDeparture(
        term.label,
        name(term.holder),
        name(expected),
        messages.recordedDeparture[term.departure.kind],
        term.departure.reason,
      );
    } else {
      verdict = 'unexplained-departure';
      message = says.unexplainedDeparture(term.label, name(term.holder), name(expected));
    }
    return {
      label: term.label,
      holder: term.holder,
      verdict,
      expected: first ? null : expected,
      ...(term.departure === undefined ? {} : { departure: copyDeparture(term.departure) }),
      message,
    };
  }

  nextPresidency(): Presidency {
    return defined(this.presidencies(1, ['count'])[0]);
  }

  projectPresidencies(request: ProjectionRequest): Presidency[] {
    const language = this.limits.language;
    const { count, through } = guardArguments(
      'projectPresidencies',
      { request },
      () => readFields('projectPresidencies', request, ['request'], ['count', 'through'], language),
      language,
    );
    if (count !== undefined && through !== undefined) {
      return refuse(
        {
          code: 'rotation.count-out-of-range',
          path: ['through'],
          message: ROTATION_MESSAGES[language].refusals.countAndThrough,
        },
        language,
      );
    }
    if (through !== undefined) return this.presidenciesThrough(this.labelIndex(through, ['through']), ['through']);
    return this.presidencies(count, ['count']);
  }

  /** The index of a term label given by the caller; a typed refusal for anything else. */
  private labelIndex(label: unknown, path: MirpsPath): number {
    const length = this.setup.termLength;
    const language = this.limits.language;
    if (typeof label !== 'string' || !isTermLabel(label, length)) {
      const message = ROTATION_MESSAGES[language].refusals.invalidLabel(
        length,
        TERM_LABEL_EXAMPLES[length],
        describeValue(label, language),
      );
      return refuse({ code: 'rotation.invalid-label', path, message }, language);
    }
    return termIndex(label, length);
  }

  private presidenciesThrough(index: number, path: MirpsPath): Presidency[] {
    return this.project(index - this.last.index, path, () => true).map((term) => this.publicForm(term));
  }

  private presidencies(count: unknown, path: MirpsPath): Presidency[] {
    return this.project(count, path, () => true).map((term) => this.publicForm(term));
  }

  private publicForm(term: ProjectedTerm): Presidency {
    const explanation = defined(term.explanation);
    return projectedPresidency(this.prepared, term.label, term.holder, term.cycle, explanation, term.departure);
  }

  /**
   * Projects `count` terms after the ledger, explaining the terms `explained`
   * picks (by their position, from 0). Refuses a count out of range before any
   * work.
   */
  private project(count: unknown, path: MirpsPath, explained: (n: number, count: number) => boolean): ProjectedTerm[] {
    const last = this.last;
    const language = this.limits.language;
    const refusals = ROTATION_MESSAGES[language].refusals;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_PROJECTED_TERMS) {
      return refuse(
        {
          code: 'rotation.count-out-of-range',
          path,
          message: refusals.countOutOfRange(
            String(MAX_PROJECTED_TERMS),
            last.term.label,
            typeof count === 'number' ? String(count) : describeValue(count, language),
          ),
        },
        language,
      );
    }
    if (last.index + count > LAST_INDEX[this.setup.termLength]) {
      return refuse(
        { code: 'rotation.count-out-of-range', path, message: refusals.pastYear9999(String(count), last.term.label) },
        language,
      );
    }
    const budget = new ExplanationBudget(this.limits);
    const state = copyState(this.finalState);
    let outgoing = soleHolder(last.term);
    let outgoingName = last.term.holder;
    let label = last.term.label;
    const terms: ProjectedTerm[] = [];
    for (let n = 0; n < count; n++) {
      const outgoingLabel = label;
      label = nextLabel(this.prepared, label);
      const index = termIndex(label, this.setup.termLength);
      const { day } = termStartDay(this.prepared, index, this.prepared.handovers.get(index));
      const wanted = explained(n, count);
      const selection = selectHolder(this.prepared, state, day, outgoing, wanted);
      const override = this.prepared.overrides.get(index);
      const holder = override?.holder ?? selection.holder;
      if (holder === null) {
        return refuse(
          { code: 'rotation.no-eligible-member', path: ['members'], message: refusals.noEligibleMember(label, day) },
          language,
        );
      }
      let explanation: RotationExplanation | undefined;
      if (wanted) {
        const name = memberName(this.prepared, holder);
        const messages = ROTATION_MESSAGES[this.limits.language];
        const conclusion =
          override === undefined
            ? messages.holds(name, label)
            : messages.holdsByPlan(
                name,
                label,
                messages.plannedDeparture[override.departure.kind],
                override.departure.reason,
              );
        explanation = explain(this.prepared, state, outgoingName, outgoingLabel, selection, conclusion);
        budget.spend(this.prepared, explanation);
      }
      terms.push({ label, holder, cycle: state.cycle, departure: override?.departure, explanation });
      applyTerm(this.prepared, state, label, holder, override?.departure);
      outgoing = soleHolder({ holder, departure: override?.departure });
      outgoingName = holder;
    }
    return terms;
  }

  presidencyOn(date: string | Date): PresidencyOnDate {
    const language = this.limits.language;
    const day = dayOf(date, language);
    const starts = this.starts;
    const first = this.first;
    if (day < first.since) {
      const message = ROTATION_MESSAGES[language].refusals.dayBeforeLedger(day, first.term.label, first.since);
      return refuse({ code: 'rotation.before-ledger', path: ['date'], message }, language);
    }
    // The last recorded term begun by the day: the first one is (the day is not before it).
    let k = starts.length - 1;
    while (this.recordedAt(k).since > day) k--;
    const recorded = this.recordedAt(k);
    let found = {
      label: recorded.term.label,
      holder: recorded.term.holder,
      since: recorded.since,
      approximate: recorded.approximate,
      projected: false,
    };
    let nextApproximate = starts[k + 1]?.approximate ?? false;
    if (k === starts.length - 1) {
      // Beyond the last recorded handover: the terms begun by the day (one handed over early begins before its period),
      // no further than 9999. Only those are projected (no explanations): a later term, which nobody may be able to
      // hold, does not stop the answer. One term more than a projection may hold is as far as the search goes: the
      // projection refuses it.
      const lastIndex = Math.min(LAST_INDEX[this.setup.termLength], recorded.index + MAX_PROJECTED_TERMS + 1);
      let begun: { index: number; day: string; approximate: boolean } | undefined;
      for (let index = recorded.index + 1; index <= lastIndex; index++) {
        const start = termStartDay(this.prepared, index, this.prepared.handovers.get(index));
        if (start.day > day) {
          nextApproximate = start.approximate;
          break;
        }
        begun = { index, ...start };
      }
      if (begun !== undefined) {
        const term = defined(this.project(begun.index - recorded.index, ['date'], () => false).at(-1));
        found = {
          label: term.label,
          holder: term.holder,
          since: begun.day,
          approximate: begun.approximate,
          projected: true,
        };
      }
    }
    return {
      date: day,
      label: found.label,
      holder: found.holder,
      holderName: memberName(this.prepared, found.holder),
      projected: found.projected,
      since: found.since,
      approximate: found.approximate || nextApproximate,
    };
  }

  presidencyOfTerm(label: string): Presidency {
    const index = this.labelIndex(label, ['label']);
    const first = this.first;
    if (index < first.index) {
      const language = this.limits.language;
      return refuse(
        {
          code: 'rotation.before-ledger',
          path: ['label'],
          message: ROTATION_MESSAGES[language].refusals.termBeforeLedger(label, first.term.label),
        },
        language,
      );
    }
    const k = index - first.index;
    if (k >= this.starts.length) {
      // Beyond the ledger: the projection through this term, explaining this term only.
      const terms = this.project(index - this.last.index, ['label'], (n, count) => n === count - 1);
      return this.publicForm(defined(terms.at(-1)));
    }
    const recorded = this.recordedAt(k).term;
    const verdict = defined(this.replay((j) => j === k).verdicts[0]);
    return {
      label: recorded.label,
      holder: recorded.holder,
      holderName: memberName(this.prepared, recorded.holder),
      projected: false,
      handover: { date: recorded.handover ?? null, event: this.setup.handoverEvent ?? null },
      cycle: verdict.explanation.cycle,
      ...(recorded.departure === undefined ? {} : { departure: copyDeparture(recorded.departure) }),
      explanation: verdict.explanation,
    };
  }

  checkRotation(ledger?: readonly RecordedTerm[]): RotationVerdict[] {
    if (ledger === undefined) return this.replay(() => true).verdicts;
    return new RotationEngine(validSetup({ ...this.setup, ledger }, this.limits.language), this.limits).checkRotation();
  }
}

/** A setup validated (its issues in `language`) and deep-copied (zod builds new objects; a setup that cannot be read is a `shape.unreadable` issue), then frozen. */
function validSetup(setup: unknown, language: Language): RotationSetup {
  return deepFreeze(unwrap(validateDocument(rotationSetupKind, setup, undefined, language)));
}

/**
 * Creates the rotation engine for any body whose presidency rotates among its
 * members. The setup is plain JSON, validated first: a bad setup throws
 * {@link MirpsValidationError} with every issue and its path. The rotation
 * keeps a frozen copy of it.
 *
 * @param setup - Members, order, strategy, term length, ledger, overrides, policies.
 * @param options - How answers are explained: `explain: 'summary' | 'full'` and its limits, and the `language` of their texts and member names (`'en'` by default, or `'es'`; see {@link RotationOptions}). The setup's own texts (`body`, `handoverEvent`, departure reasons) are data, shown as given.
 * @returns The operations over that setup.
 * @throws {@link MirpsValidationError} when the setup is not valid (its issues in the options' `language`), or the options are not what {@link RotationOptions} says.
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
export function createRotation(setup: RotationSetup, options?: RotationOptions): Rotation {
  const limits = guardArguments('createRotation', { options }, () =>
    explanationLimitsFrom('createRotation', readFields('createRotation', options, ['options'], ROTATION_OPTION_KEYS), [
      'options',
    ]),
  );
  return new RotationEngine(validSetup(setup, limits.language), limits);
}
