import { describeValue, type Language, type LocalizedText, localizedTextSchema, type MirpsPath } from '@mirps/core';
import { readFields, refusal } from '../../assemble/report-options.js';
import { messages } from '../../i18n/messages.js';
import { ORGANISATION_TYPES } from './iati-codes.js';

/**
 * An organisation as IATI identifies it: the organisation that reports an
 * activity (`reporting-org`).
 *
 * @example
 * ```ts
 * import type { IATIOrganisation } from '@mirps/report';
 * const reporter: IATIOrganisation = {
 *   ref: 'XX-EXAMPLE-1',
 *   type: '10', // Government (IATI OrganisationType codelist)
 *   name: { en: 'Ministry of Foreign Affairs', es: 'Ministerio de Relaciones Exteriores' },
 * };
 * ```
 */
export interface IATIOrganisation {
  /** Its IATI organisation identifier, `{RegistrationAgency}-{RegistrationNumber}` (e.g. `XM-DAC-41114`); it prefixes every activity's `iati-identifier`. */
  readonly ref: string;
  /** A code of IATI's OrganisationType codelist, e.g. `'10'` (Government) or `'40'` (Multilateral). */
  readonly type: string;
  /** Its name, in English, Spanish or both. */
  readonly name: LocalizedText;
}

/** An organisation identifier: agency and number joined by a hyphen, without white space or the characters IATI's guidance rules out of identifiers (`/ ? # & | %`). */
const ORGANISATION_REF = /^[^\s/?#&|%-][^\s/?#&|%]*-[^\s/?#&|%]+$/;

/** Reads a reporting organisation given at `path`, checked, into a plain object; refuses anything else with `report.invalid-option`, in `language`. */
export function readIATIOrganisation(value: unknown, path: MirpsPath, language: Language): IATIOrganisation {
  const m = messages(language);
  const { ref, type, name } = readFields(
    value,
    ['ref', 'type', 'name'],
    { path, shape: '{ ref, type, name }' },
    language,
  );
  if (typeof ref !== 'string' || !ORGANISATION_REF.test(ref) || ref.length > 200)
    throw refusal([...path, 'ref'], m.invalidOrganisationRef(describeValue(ref, language)));
  if (typeof type !== 'string' || !ORGANISATION_TYPES.has(type))
    throw refusal([...path, 'type'], m.invalidOrganisationType(describeValue(type, language)));
  const parsed = localizedTextSchema.safeParse(name);
  if (!parsed.success) throw refusal([...path, 'name'], m.invalidOrganisationName(describeValue(name, language)));
  return { ref, type, name: parsed.data };
}
