import { z } from 'zod';
import type { ActionPlanContext, MirpsContext } from '../context/mirps-context.js';
import { guardArguments } from '../errors/invalid-argument.js';
import type { MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';
import { textIn } from '../model/localized-text.js';
import type { PartialDate } from '../model/partial-date.js';
import type { PresidencyTerm } from '../model/presidency-term.js';
import { resolveContext } from '../parse/context.js';
import { type DocumentKind, unwrap, validateDocument } from '../parse/validate-document.js';
import { readFields } from './caller-input.js';
import { createRotation, type ProjectionRequest, type Rotation } from './create-rotation.js';
import { explanationLimitsFrom, ROTATION_OPTION_KEYS, type RotationOptions } from './explanation-options.js';
import type { Presidency, PresidencyOnDate, RotationVerdict } from './rotation-result.js';
import { type RecordedTerm, type RotationMember, type RotationSetup, rotationSetupSchema } from './rotation-setup.js';

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
 * and ledger), plus what only the rotation needs, and how it explains its
 * answers (see {@link RotationOptions}). Every field is optional: at the public
 * entry points, the embedded reference data and ledger by default (the
 * embedded ledger also when only `reference` is given; it is then validated
 * against it). Leave the options out for the defaults: `null` is refused.
 *
 * @example
 * ```ts
 * import type { MirpsRotationOptions } from '@mirps/core';
 * const options: MirpsRotationOptions = { handovers: { '2027': '2026-12-01' } };
 * ```
 */
export interface MirpsRotationOptions extends ActionPlanContext, RotationOptions {
  /** Known handover days of future terms, by label (the Annual Meeting's date, once set). */
  readonly handovers?: Readonly<Record<string, PartialDate>>;
  /** Policies for late joiners and declined turns; see {@link RotationSetup}. */
  readonly policies?: RotationSetup['policies'];
}

/** Rotation options with the context complete, as the entry points pass them on. */
export type MirpsRotationInput = MirpsRotationOptions & MirpsContext;

const OPTION_KEYS = ['reference', 'ledger', 'handovers', 'policies', ...ROTATION_OPTION_KEYS] as const;

/** The parts of a rotation setup that the MIRPS options give, validated as the setup would validate them. */
const setupPartsKind: DocumentKind<Pick<RotationSetup, 'handovers' | 'policies'>, undefined> = {
  name: 'RotationSetup',
  schema: /* @__PURE__ */ z.strictObject({
    handovers: rotationSetupSchema.shape.handovers,
    policies: rotationSetupSchema.shape.policies,
  }),
  rules: () => [],
};

/** The options read from the fields of a caller's object: known fields only, explanation options checked, `handovers` and `policies` validated (zod's fresh copies). */
function optionsFrom(
  fn: string,
  fields: Partial<Record<(typeof OPTION_KEYS)[number], unknown>>,
  path: MirpsPath,
): MirpsRotationOptions {
  const { language } = explanationLimitsFrom(fn, fields, path);
  const { handovers, policies, ...rest } = fields;
  const parts = unwrap(validateDocument(setupPartsKind, { handovers, policies }, undefined, language));
  return {
    ...rest,
    ...(parts.handovers === undefined ? {} : { handovers: parts.handovers }),
    ...(parts.policies === undefined ? {} : { policies: parts.policies }),
  } as MirpsRotationOptions;
}

/**
 * A caller's MIRPS rotation options, read once into a fresh object of the
 * known fields: `undefined` gives `{}`; anything but an object (`null` too),
 * bad explanation options, or a getter or Proxy that throws is refused as an
 * argument of `fn`; `handovers` and `policies` are validated as parts of the
 * setup (`MirpsValidationError` of the `RotationSetup`) and copied, so later
 * changes to the caller's objects change nothing.
 */
export function readRotationOptions(fn: string, options: unknown): MirpsRotationOptions {
  return guardArguments(fn, { options }, () =>
    optionsFrom(fn, readFields(fn, options, ['options'], OPTION_KEYS), ['options']),
  );
}

/** A projection request that also carries MIRPS rotation options, read as {@link readRotationOptions} reads options. */
export function readProjectionArguments(
  fn: string,
  request: unknown,
): { request: ProjectionRequest; options: MirpsRotationOptions } {
  return guardArguments(fn, { request }, () => {
    const { count, through, ...fields } = readFields(fn, request, ['request'], [...OPTION_KEYS, 'count', 'through']);
    return {
      request: {
        ...(count === undefined ? {} : { count }),
        ...(through === undefined ? {} : { through }),
      } as ProjectionRequest,
      options: optionsFrom(fn, fields, ['request']),
    };
  });
}

/**
 * Why the ledger says a term was assigned by election, in a language: the
 * term's note, else its handover's note. English answers read the English
 * text only, as they always have; Spanish ones the Spanish text, else the
 * English (the data is never translated).
 */
function electionReason(term: PresidencyTerm, language: Language): string | undefined {
  if (language === 'en') return term.note?.en ?? term.handover.note?.en;
  return term.note?.es ?? term.handover.note?.es ?? term.note?.en ?? term.handover.note?.en;
}

/** The MIRPS Pro-Tempore Presidency as a rotation setup, from a complete context (validated here), its texts in the options' language. */
export function mirpsRotationSetup(options: MirpsRotationInput): RotationSetup {
  const language = options.language ?? 'en';
  const { reference, ledger } = unwrap(resolveContext(options, language));
  const messages = ROTATION_MESSAGES[language];
  const members = reference.memberStates.map(
    (state): RotationMember => ({
      id: state.id,
      names: {
        ...(state.name.en === undefined ? {} : { en: state.name.en }),
        ...(state.name.es === undefined ? {} : { es: state.name.es }),
      },
      sortKey: state.sortKey ?? textIn(state.name, 'es') ?? state.id,
      memberships: state.memberships.map((period) => ({
        from: period.joined,
        ...(period.left === undefined ? {} : { to: period.left }),
      })),
      suspensions: state.memberships.flatMap((period) =>
        (period.suspensions ?? []).map((suspension) => ({
          from: suspension.start,
          ...(suspension.end === undefined ? {} : { to: suspension.end }),
        })),
      ),
    }),
  );
  const terms = ledger.terms.map(
    (term): RecordedTerm => ({
      label: term.label,
      holder: term.holder,
      ...(term.handover.date === null ? {} : { handover: term.handover.date }),
      ...(term.assignment === 'election'
        ? {
            departure: { kind: 'election' as const, reason: electionReason(term, language) ?? messages.electionReason },
          }
        : {}),
    }),
  );
  return {
    body: messages.mirpsBody,
    members,
    order: { kind: 'alphabetical', locale: 'es' },
    strategy: 'once-per-cycle',
    termLength: 'year',
    ledger: terms,
    mechanismFrom: MIRPS_ROTATION_FROM,
    handoverEvent: messages.mirpsHandoverEvent,
    ...(options.handovers === undefined ? {} : { handovers: options.handovers }),
    ...(options.policies === undefined ? {} : { policies: options.policies }),
  };
}

function mirpsRotation(options: MirpsRotationInput): Rotation {
  const { explain, maxExplainedMembers, maxFullExplanationEntries, language } = options;
  return createRotation(mirpsRotationSetup(options), {
    explain,
    maxExplainedMembers,
    maxFullExplanationEntries,
    language,
  });
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
  return mirpsRotation(options).presidencyOfTerm(label);
}
