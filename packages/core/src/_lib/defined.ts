// What an invariant of the SDK guarantees (every member of the circle has a name, a ledger has a first term) is read
// through this, so that a broken invariant stops at once, where it broke, instead of flowing on as `undefined`.

/**
 * `value`, which an invariant of the SDK guarantees is there; throws when it
 * is not, which is a bug in the SDK (never bad input: that gets a MIRPS issue).
 */
export function defined<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('@mirps/core: an internal invariant is broken (a bug in the SDK; please report it)');
  return value;
}
