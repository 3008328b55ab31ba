import { isVouchedPair, vouchPair } from '../_lib/vouched.js';
import type { MirpsContext } from '../context/mirps-context.js';
import { unreadableIssue } from '../_lib/unreadable.js';
import { isMirpsError } from '../errors/invalid-argument.js';
import { MirpsValidationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import type { MirpsParseResult } from './parse-result.js';
import { safeParseLedgerAgainst } from './presidency-ledger.js';
import { checkReference } from './reference-data.js';

const notAContext = (context: unknown): MirpsParseResult<never> => ({
  success: false,
  error: new MirpsValidationError('Context', [
    {
      code: 'shape.invalid-type',
      path: ['context'],
      message: `Give the context as an object with "reference" (reference data) and "ledger" (a presidency ledger), or leave it out; got ${describeValue(context)}`,
    },
  ]),
});

/**
 * Runs work that reads a caller's context so that it cannot throw: a
 * validation error becomes the result, and where reading the context throws (a
 * getter, a Proxy), the result is a `shape.unreadable` issue of the `Context`
 * at the place that could not be read.
 */
export function guardContext<T>(context: unknown, run: () => MirpsParseResult<T>): MirpsParseResult<T> {
  try {
    return run();
  } catch (error) {
    if (isMirpsError(error, MirpsValidationError)) return { success: false, error };
    if (isMirpsError(error)) throw error;
    return { success: false, error: new MirpsValidationError('Context', [unreadableIssue(context, ['context'], 'the context')]) };
  }
}

/**
 * A complete context, validated: the reference data on its own, the ledger
 * against it. A pair checked before (or the embedded data) is taken as it is;
 * otherwise the result is a frozen validated copy, vouched for, so the rest of
 * the call chain does not check it again.
 */
export function resolveContext(context: MirpsContext): MirpsParseResult<MirpsContext> {
  if (typeof context !== 'object' || context === null) return notAContext(context);
  return guardContext(context, () => {
    const { reference, ledger } = context;
    // Vouched documents are frozen already: only the pair itself may need freezing.
    if (isVouchedPair(reference, ledger)) return { success: true, data: Object.isFrozen(context) ? context : Object.freeze({ reference, ledger }) };
    const checkedReference = checkReference(reference);
    if (!checkedReference.success) return checkedReference;
    const checkedLedger = safeParseLedgerAgainst(ledger, checkedReference.data);
    if (!checkedLedger.success) return checkedLedger;
    return { success: true, data: vouchPair({ reference: checkedReference.data, ledger: checkedLedger.data }) };
  });
}
