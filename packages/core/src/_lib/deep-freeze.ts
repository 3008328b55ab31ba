/**
 * Freezes a value and everything reachable from it (own properties of objects
 * and arrays, recursively), so shared data cannot be mutated, and returns the
 * value itself. Primitives are returned as they are; cycles are handled.
 *
 * @example
 * ```ts
 * import { deepFreeze } from '@mirps/core';
 * const data = deepFreeze({ list: [{ id: 'a' }] });
 * Object.isFrozen(data.list[0]); // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  freeze(value, new WeakSet<object>());
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  const object = value as object;
  if (seen.has(object)) return;
  seen.add(object);
  for (const key of Reflect.ownKeys(object)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (descriptor && 'value' in descriptor) freeze(descriptor.value, seen);
  }
  Object.freeze(object);
}
