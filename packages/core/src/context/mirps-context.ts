import type { Language } from '../i18n/language.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { ReferenceData } from '../model/reference-data.js';

/**
 * The data a plan, its progress, a calendar or a report is read against: the
 * reference data (member states, working groups, partners, instruments, Annual
 * Meetings) and the presidency ledger. Every function that reads a plan takes
 * it; at each public entry point a missing field is the embedded MIRPS data
 * (see `withEmbeddedData` in `@mirps/core/data`), and from there it is passed
 * on explicitly. Given documents are validated.
 *
 * @example
 * ```ts
 * import type { ActionPlanContext } from '@mirps/core';
 * import { referenceData, presidencyLedger } from '@mirps/core/data';
 * const context: ActionPlanContext = { reference: referenceData, ledger: presidencyLedger };
 * ```
 */
export interface ActionPlanContext {
  /** Member states, working groups and instruments; the embedded MIRPS data by default. It is validated too. */
  readonly reference?: ReferenceData;
  /**
   * Recorded presidency terms. By default the embedded MIRPS ledger, or no terms
   * when `reference` is given (the embedded ledger speaks of the embedded
   * members). It is validated too.
   */
  readonly ledger?: PresidencyLedger;
  /** The language of the issues' messages: `'en'` (default) or `'es'`. */
  readonly language?: Language;
}

/**
 * A complete context: reference data and a ledger, both present. What
 * {@link parseContext} returns (validated and frozen), what a calendar carries,
 * and what the functions below an entry point work on.
 *
 * @example
 * ```ts
 * import { parseContext, type MirpsContext } from '@mirps/core';
 * const context: MirpsContext = parseContext();
 * context.ledger.terms.length; // 8
 * ```
 */
export interface MirpsContext {
  readonly reference: ReferenceData;
  readonly ledger: PresidencyLedger;
}
