// What an invariant guarantees (every occurrence's activity is in its calendar, a parsed text is in some language) is
// read through this, so that a broken invariant stops where it broke instead of flowing on as `undefined`.

/**
 * `value`, which an invariant of the calendar guarantees is there; throws when
 * it is not, which is a bug in the SDK (never bad input: that gets a MIRPS issue).
 */
export function defined<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('@mirps/calendar: an internal invariant is broken (a bug in the SDK; please report it)');
  return value;
}
