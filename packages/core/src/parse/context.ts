import { isVouchedPair, vouchPair } from '../_lib/vouched.js';
import type { MirpsContext } from '../context/mirps-context.js';
import { MirpsValidationError } from '../errors/mirps-error.js';
import type { MirpsParseResult } from './parse-result.js';
import { safeParseLedgerAgainst } from './presidency-ledger.js';
import { checkReference } from './reference-data.js';

const notAContext = (path: string): MirpsParseResult<never> => ({
  success: false,
  error: new MirpsValidationError('Context', [
    { code: 'shape.invalid-type', path: [path], message: 'Give the context as an object with "reference" (reference data) and "ledger" (a presidency ledger)' },
  ]),
});

/**
 * A complete context, validated: the reference data on its own, the ledger
 * against it. A pair checked before (or the embedded data) is taken as it is;
 * otherwise the result is a frozen validated copy, vouched for, so the rest of
 * the call chain does not check it again.
 */
export function resolveContext(context: MirpsContext): MirpsParseResult<MirpsContext> {
  if (typeof context !== 'object' || context === null) return notAContext('context');
  const { reference, ledger } = context;
  // Vouched documents are frozen already: only the pair itself may need freezing.
  if (isVouchedPair(reference, ledger)) return { success: true, data: Object.isFrozen(context) ? context : Object.freeze({ reference, ledger }) };
  const checkedReference = checkReference(reference);
  if (!checkedReference.success) return checkedReference;
  const checkedLedger = safeParseLedgerAgainst(ledger, checkedReference.data);
  if (!checkedLedger.success) return checkedLedger;
  return { success: true, data: vouchPair({ reference: checkedReference.data, ledger: checkedLedger.data }) };
}
