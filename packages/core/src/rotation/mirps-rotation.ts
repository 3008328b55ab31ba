import type { ActionPlanContext, MirpsContext } from '../context/mirps-context.js';
import { textIn } from '../model/localized-text.js';
import type { PartialDate } from '../model/partial-date.js';
import { resolveContext } from '../parse/context.js';
import { unwrap } from '../parse/validate-document.js';
import { createRotation, type ProjectionRequest, type Rotation } from './create-rotation.js';
import type { Presidency, PresidencyOnDate, RotationVerdict } from './rotation-result.js';
import type { RecordedTerm, RotationMember, RotationSetup } from './rotation-setup.js';

/**
 * The first term assigned by the MIRPS rotation mechanism. The plan records
 * that El Salvador's 2020 presidency "Established the mechanism for the
 * designation of the MIRPS Pro-tempore Presidency, to be assumed in a
 * rotational and alphabetical manner"; the 2021 term was the first so assigned.
 *
 * @example
 * ```ts
 * import { MIRPS_ROTATION_FROM } from '@mirps/core';
 * MIRPS_ROTATION_FROM; // '2021'
 * ```
 */
export const MIRPS_ROTATION_FROM = '2021';

/**
 * Where the MIRPS rotation reads its data from, and what it may assume: the
 * same context as every other function that reads MIRPS data (reference data
 * and ledger), plus what only the rotation needs. Every field is optional: at
 * the public entry points, the embedded reference data and ledger by default
 * (the embedded ledger also when only `reference` is given; it is then
 * validated against it).
 *
 * @example
 * ```ts
 * import type { MirpsRotationOptions } from '@mirps/core';
 * const options: MirpsRotationOptions = { handovers: { '2027': '2026-12-01' } };
 * ```
 */
export interface MirpsRotationOptions extends ActionPlanContext {
  /** Known handover days of future terms, by label (the Annual Meeting's date, once set). */
  readonly handovers?: Readonly<Record<string, PartialDate>>;
  /** Policies for late joiners and declined turns; see {@link RotationSetup}. */
  readonly policies?: RotationSetup['policies'];
}

/** Rotation options with the context complete, as the entry points pass them on. */
export type MirpsRotationInput = MirpsRotationOptions & MirpsContext;

/** The MIRPS Pro-Tempore Presidency as a rotation setup, from a complete (validated) context. */
export function mirpsRotationSetup(options: MirpsRotationInput): RotationSetup {
  const { reference, ledger } = unwrap(resolveContext(options));
  const members = reference.memberStates.map(
    (state): RotationMember => ({
      id: state.id,
      names: { ...(state.name.en === undefined ? {} : { en: state.name.en }), ...(state.name.es === undefined ? {} : { es: state.name.es }) },
      sortKey: state.sortKey ?? textIn(state.name, 'es') ?? state.id,
      memberships: state.memberships.map((period) => ({ from: period.joined, ...(period.left === undefined ? {} : { to: period.left }) })),
      suspensions: state.memberships.flatMap((period) =>
        (period.suspensions ?? []).map((suspension) => ({ from: suspension.start, ...(suspension.end === undefined ? {} : { to: suspension.end }) })),
      ),
    }),
  );
  const terms = ledger.terms.map(
    (term): RecordedTerm => ({
      label: term.label,
      holder: term.holder,
      ...(term.handover.date === null ? {} : { handover: term.handover.date }),
      ...(term.assignment === 'election'
        ? { departure: { kind: 'election' as const, reason: term.note?.en ?? term.handover.note?.en ?? 'Assigned by election' } }
        : {}),
    }),
  );
  return {
    body: 'The MIRPS Pro-Tempore Presidency',
    members,
    order: { kind: 'alphabetical', locale: 'es' },
    strategy: 'once-per-cycle',
    termLength: 'year',
    ledger: terms,
    mechanismFrom: MIRPS_ROTATION_FROM,
    handoverEvent: 'the MIRPS Annual Meeting',
    ...(options.handovers === undefined ? {} : { handovers: { ...options.handovers } }),
    ...(options.policies === undefined ? {} : { policies: { ...options.policies } }),
  };
}

function mirpsRotation(options: MirpsRotationInput): Rotation {
  return createRotation(mirpsRotationSetup(options));
}

/** The next presidency, from a complete context. */
export function nextPresidency(options: MirpsRotationInput): Presidency {
  return mirpsRotation(options).nextPresidency();
}

/** Projected presidencies, from a complete context. */
export function projectPresidencies(request: ProjectionRequest, options: MirpsRotationInput): Presidency[] {
  return mirpsRotation(options).projectPresidencies(request);
}

/** The holder on a day, from a complete context. */
export function presidencyOn(date: string | Date, options: MirpsRotationInput): PresidencyOnDate {
  return mirpsRotation(options).presidencyOn(date);
}

/** The rule's verdict on each term of the context's ledger. */
export function checkRotation(options: MirpsRotationInput): RotationVerdict[] {
  return mirpsRotation(options).checkRotation();
}

/** The presidency of one term, recorded or projected, from a complete context. */
export function presidencyOfTerm(label: string, options: MirpsRotationInput): Presidency {
  const setup = mirpsRotationSetup(options);
  const rotation = createRotation(setup);
  const recorded = setup.ledger.find((term) => term.label === label);
  const verdict = recorded === undefined ? undefined : rotation.checkRotation().find((v) => v.label === label);
  if (recorded === undefined || verdict === undefined) return rotation.projectPresidencies({ through: label }).at(-1)!;
  const member = setup.members.find((m) => m.id === recorded.holder);
  return {
    label,
    holder: recorded.holder,
    holderName: member?.names['es'] ?? member?.names['en'] ?? recorded.holder,
    projected: false,
    handover: { date: recorded.handover ?? null, event: setup.handoverEvent ?? null },
    cycle: verdict.explanation.cycle,
    ...(recorded.departure === undefined ? {} : { departure: recorded.departure }),
    explanation: verdict.explanation,
  };
}
