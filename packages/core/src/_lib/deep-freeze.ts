import type { MirpsPath } from '../errors/issue.js';
import { argumentError } from '../errors/mirps-error.js';

interface Pending {
  readonly value: object;
  readonly parent: Pending | undefined;
  readonly key: string | symbol;
}

/** A key as a step of a path: an array index as a number, a symbol as its description. Written only for an issue. */
const stepOf = (key: string | symbol): string | number => {
  if (typeof key === 'symbol') return String(key);
  return /^(?:0|[1-9]\d{0,8})$/.test(key) ? Number(key) : key;
};

const pathOf = (node: Pending): MirpsPath => {
  const path: Array<string | number> = [];
  for (let at: Pending | undefined = node; at?.parent !== undefined; at = at.parent) path.push(stepOf(at.key));
  return ['value', ...path.reverse()];
};

/**
 * Freezes a value and everything reachable from it (own properties of objects
 * and arrays, recursively), so shared data cannot be mutated, and returns the
 * value itself. Primitives are returned as they are; cycles are handled, and
 * so is nesting of any depth. Use the value it returns: a bundler may drop a
 * call whose result is unused.
 *
 * @throws {@link MirpsValidationError} (`arguments of deepFreeze`): `shape.unreadable` where reading a property throws (a getter or a Proxy), `shape.invalid-value` where an object refuses to be frozen (a typed array with elements).
 * @example
 * ```ts
 * import { deepFreeze } from '@mirps/core';
 * const data = deepFreeze({ list: [{ id: 'a' }] });
 * Object.isFrozen(data.list[0]); // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  const seen = new WeakSet<object>();
  const stack: Pending[] = [{ value: value as object, parent: undefined, key: '' }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node.value)) continue;
    seen.add(node.value);
    let keys: Array<string | symbol>;
    try {
      keys = Reflect.ownKeys(node.value);
    } catch {
      throw argumentError('deepFreeze', [
        {
          code: 'shape.unreadable',
          path: pathOf(node),
          message:
            'Reading the keys of this value threw an error (a Proxy that throws, or a revoked Proxy); freeze plain data',
        },
      ]);
    }
    for (const key of keys) {
      let descriptor: PropertyDescriptor | undefined;
      try {
        descriptor = Reflect.getOwnPropertyDescriptor(node.value, key);
      } catch {
        throw argumentError('deepFreeze', [
          {
            code: 'shape.unreadable',
            path: [...pathOf(node), stepOf(key)],
            message: 'Reading this property threw an error (a Proxy that throws); freeze plain data',
          },
        ]);
      }
      // A descriptor from Reflect is a plain object; only data properties are followed (a getter is not called).
      const child: unknown = descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
      if (child !== null && (typeof child === 'object' || typeof child === 'function'))
        stack.push({ value: child, parent: node, key });
    }
    try {
      Object.freeze(node.value);
    } catch {
      throw argumentError('deepFreeze', [
        {
          code: 'shape.invalid-value',
          path: pathOf(node),
          message:
            'This value cannot be frozen (a typed array with elements, or a Proxy that refuses); freeze plain data',
        },
      ]);
    }
  }
  return value;
}
