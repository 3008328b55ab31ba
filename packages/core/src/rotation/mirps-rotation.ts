import { presidencyLedger as embeddedLedger } from '../data/presidency-terms.js';
import type { PartialDate } from '../model/partial-date.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { ReferenceData } from '../model/reference-data.js';
import { safeParsePresidencyLedger, resolveReference } from '../parse/presidency-ledger.js';
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
 * Where the MIRPS rotation reads its data from, and what it may assume. Every
 * field is optional: by default, the embedded reference data and ledger.
 *
 * @example
 * ```ts
 * import type { MirpsRotationOptions } from '@mirps/core';
 * const options: MirpsRotationOptions = { handovers: { '2024': '2023-12-05' } };
 * ```
 */
export interface MirpsRotationOptions {
  /** Member states to rotate among; the embedded data by default. Validated. */
  readonly reference?: ReferenceData;
  /** The recorded terms; the embedded ledger by default. Validated against `reference`. */
  readonly ledger?: PresidencyLedger;
  /** Known handover days of future terms, by label (the Annual Meeting's date, once set). */
  readonly handovers?: Readonly<Record<string, PartialDate>>;
  /** Policies for late joiners and declined turns; see {@link RotationSetup}. */
  readonly policies?: RotationSetup['policies'];
}

/**
 * The MIRPS Pro-Tempore Presidency as a rotation setup: the member states in
 * alphabetical order of their Spanish names, each holding the presidency once
 * per cycle, a year per term, handed over at the Annual Meeting, with the
 * recorded ledger (2019 and 2020 before the mechanism). Plain JSON: copy it and
 * amend it for "what if" questions, then pass it to {@link createRotation}.
 *
 * @param options - Other reference data, ledger, known handovers or policies.
 * @throws {@link MirpsValidationError} when given reference data or a ledger that is not valid.
 * @example
 * ```ts
 * import { createRotation, mirpsRotationSetup } from '@mirps/core';
 * const setup = mirpsRotationSetup();
 * setup.order; // { kind: 'alphabetical', locale: 'es' }
 * createRotation({ ...setup, policies: { lateJoiners: 'next-cycle' } }).nextPresidency().holder; // 'BZ'
 * ```
 */
export function mirpsRotationSetup(options: MirpsRotationOptions = {}): RotationSetup {
  const reference = unwrap(resolveReference(options.reference));
  const ledger =
    options.ledger === undefined && options.reference === undefined
      ? embeddedLedger
      : unwrap(safeParsePresidencyLedger(options.ledger ?? embeddedLedger, { reference }));
  const members = reference.memberStates.map(
    (state): RotationMember => ({
      id: state.id,
      names: { ...(state.name.en === undefined ? {} : { en: state.name.en }), ...(state.name.es === undefined ? {} : { es: state.name.es }) },
      sortKey: state.sortKey ?? state.name.es ?? state.name.en!,
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

function mirpsRotation(options: MirpsRotationOptions | undefined): Rotation {
  return createRotation(mirpsRotationSetup(options));
}

/**
 * Who holds the MIRPS Pro-Tempore Presidency next, and why: the term after the
 * ledger's last, its holder by the rotation rule, its expected handover (the
 * Annual Meeting; the date unknown unless given) and the explanation, step by
 * step, naming each member passed over and why.
 *
 * @param options - Other reference data, ledger, known handovers or policies; the embedded data by default.
 * @example
 * ```ts
 * import { nextPresidency } from '@mirps/core';
 * const next = nextPresidency();
 * next.label; // '2024'
 * next.holder; // 'BZ'
 * console.log(next.explanation.text.join('\n'));
 * ```
 */
export function nextPresidency(options?: MirpsRotationOptions): Presidency {
  return mirpsRotation(options).nextPresidency();
}

/**
 * Successive projected MIRPS presidencies after the ledger, each marked as a
 * projection with its explanation: `{ count: n }` terms, or every term
 * `{ through: 'YYYY' }`.
 *
 * @param request - How many terms, and optionally other data (see {@link MirpsRotationOptions}).
 * @throws {@link MirpsRotationError} for 0 terms, more than {@link MAX_PROJECTED_TERMS}, or a label that is not a year.
 * @example
 * ```ts
 * import { projectPresidencies } from '@mirps/core';
 * projectPresidencies({ through: '2027' }).map((p) => `${p.label} ${p.holder}`);
 * // ['2024 BZ', '2025 CR', '2026 SV', '2027 GT']
 * ```
 */
export function projectPresidencies(request: ProjectionRequest & MirpsRotationOptions): Presidency[] {
  const { count, through, ...options } = (typeof request === 'object' && request !== null ? request : {}) as ProjectionRequest & MirpsRotationOptions;
  return mirpsRotation(options).projectPresidencies((through === undefined ? { count } : { through }) as ProjectionRequest);
}

/**
 * Who holds the MIRPS Pro-Tempore Presidency on a calendar day, aware of the
 * handover: before the handover day the outgoing holder still holds it. Beyond
 * the ledger, the projected holder, marked as a projection.
 *
 * @param date - A day as `YYYY-MM-DD`, or a `Date` (read in UTC).
 * @param options - Other data; the embedded data by default.
 * @throws {@link MirpsRotationError} for a value that is not a date, or a day before the ledger's first term.
 * @example
 * ```ts
 * import { presidencyOn } from '@mirps/core';
 * presidencyOn('2022-12-12').holder; // 'HN'
 * presidencyOn('2022-12-13').holder; // 'PA'
 * ```
 */
export function presidencyOn(date: string | Date, options?: MirpsRotationOptions): PresidencyOnDate {
  return mirpsRotation(options).presidencyOn(date);
}

/**
 * Checks a MIRPS ledger against the rotation rule: one verdict per recorded
 * term: follows the rule, before the mechanism, a recorded departure with its
 * reason, or an unexplained departure with the holder the rule expected.
 *
 * @param ledger - The ledger to check; the embedded one by default. Validated.
 * @param options - Other reference data or policies.
 * @example
 * ```ts
 * import { checkRotation } from '@mirps/core';
 * checkRotation().map((v) => `${v.label} ${v.verdict}`);
 * // ['2019 before-mechanism', '2020 before-mechanism', '2021 follows-rule', '2022 follows-rule', '2023 follows-rule']
 * ```
 */
export function checkRotation(ledger?: PresidencyLedger, options?: Omit<MirpsRotationOptions, 'ledger'>): RotationVerdict[] {
  return mirpsRotation({ ...options, ...(ledger === undefined ? {} : { ledger }) }).checkRotation();
}

/**
 * The MIRPS presidency of the term labelled `label`: as the ledger records it
 * (with the rule's verdict as its explanation), or, beyond the ledger, as the
 * rule projects it. What a calendar or a memoir needs to name the incoming
 * presidency of a plan's successor term.
 *
 * @param label - A term label, e.g. `'2024'`; after the ledger's first term.
 * @param options - Other reference data, ledger, known handovers or policies; the embedded data by default.
 * @throws {@link MirpsRotationError} for a label that is not a year, or not after the ledger's first term.
 * @example
 * ```ts
 * import { presidencyOfTerm } from '@mirps/core';
 * presidencyOfTerm('2022').holder; // 'HN' (recorded)
 * presidencyOfTerm('2024').projected; // true
 * ```
 */
export function presidencyOfTerm(label: string, options?: MirpsRotationOptions): Presidency {
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
