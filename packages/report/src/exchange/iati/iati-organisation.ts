import { describeValue, type LocalizedText, localizedTextSchema, type MirpsPath, MirpsReportError } from '@mirps/core';
import { isArray } from '../../_lib/is-array.js';
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

const refused = (path: MirpsPath, message: string): MirpsReportError =>
  new MirpsReportError([{ code: 'report.invalid-option', path, message }]);

/** Reads a reporting organisation given at `path`, checked, into a plain object; refuses anything else with `report.invalid-option`. */
export function readIATIOrganisation(value: unknown, path: MirpsPath): IATIOrganisation {
  if (typeof value !== 'object' || value === null || isArray(value)) {
    throw refused(path, `reportingOrg is an object { ref, type, name }; got ${describeValue(value)}`);
  }
  let ref: unknown;
  let type: unknown;
  let name: unknown;
  try {
    ({ ref, type, name } = value as Record<string, unknown>);
  } catch {
    throw refused(path, 'reportingOrg could not be read: a getter threw');
  }
  if (typeof ref !== 'string' || !ORGANISATION_REF.test(ref) || ref.length > 200) {
    throw refused(
      [...path, 'ref'],
      `ref is an IATI organisation identifier such as "XM-DAC-41114" (agency, hyphen, number; no spaces or / ? # & | %); got ${describeValue(ref)}`,
    );
  }
  if (typeof type !== 'string' || !ORGANISATION_TYPES.has(type)) {
    throw refused(
      [...path, 'type'],
      `type is a code of IATI's OrganisationType codelist, such as "10" (Government); got ${describeValue(type)}`,
    );
  }
  const parsed = localizedTextSchema.safeParse(name);
  if (!parsed.success) {
    throw refused([...path, 'name'], `name is a text { en, es } with at least one of them; got ${describeValue(name)}`);
  }
  return { ref, type, name: parsed.data };
}
