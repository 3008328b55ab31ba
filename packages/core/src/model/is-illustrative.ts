import { marksIllustrative } from '../_lib/marks-illustrative.js';
import { vouchedIllustrative } from '../_lib/vouched.js';

// Whether a document says of itself that it is made up: a source anywhere in it marked `illustrative: true`.
// The walk reads the value as a parser would (array entries up to `length`, own enumerable keys), one step at a
// time (no recursion, so no depth overflows the stack), visits each object once, skips what cannot be read, and
// stops after a fixed number of reads, so that no value (a Proxy that invents objects on every read) keeps it busy.
// A document the parser vouches for needs no walk: freezing it noted the answer.

/** How many reads the walk makes at most; a validated document of any realistic size needs far fewer. */
const READ_BUDGET = 2_000_000;

/**
 * Whether a document (a plan, its progress, reference data, a ledger, or any
 * record) is illustrative: true when any `sources` entry anywhere in it has
 * `illustrative: true`, the mark of data invented for an example rather than
 * reported. Reports built from such data carry a warning at the top. Never
 * throws: what cannot be read is skipped, and the walk is bounded.
 *
 * @param document - Any value, typically a validated document.
 * @example
 * ```ts
 * import { isIllustrative } from '@mirps/core';
 * isIllustrative({ sources: [{ document: 'MIRPS SDK example data', illustrative: true }] }); // true
 * isIllustrative({ sources: [{ document: 'OAS press release E-107/21' }] }); // false
 * ```
 */
export function isIllustrative(document: unknown): boolean {
  const known = vouchedIllustrative(document);
  if (known !== undefined) return known;
  const stack: unknown[] = [document];
  const seen = new WeakSet<object>();
  let reads = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    try {
      if (Array.isArray(node)) {
        const length = node.length;
        for (let i = 0; i < length; i++) {
          if (++reads > READ_BUDGET) return false;
          stack.push(node[i]);
        }
      } else {
        for (const key of Object.keys(node)) {
          if (++reads > READ_BUDGET) return false;
          const child: unknown = (node as Record<string, unknown>)[key];
          if (key === 'sources' && marksIllustrative(child)) return true;
          stack.push(child);
        }
      }
    } catch {
      // A getter or a Proxy that throws: what could not be read marks nothing.
    }
  }
  return false;
}
