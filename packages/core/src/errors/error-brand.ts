// An application can hold several copies of @mirps/core at once: the ESM and the CommonJS build (one imported, the
// other required by a dependency), or two versions. Each copy has its own error classes, so an error thrown by one is
// not an instance of the other's by its prototype. Each class's prototype therefore carries a brand under a symbol
// from the global registry, which every copy shares: its kind, the name of the SDK class it is. `MirpsError.is` and
// `instanceof` read the brand, not the prototype.

/** The registry symbol under which an error's prototype carries its kind: the same in every copy of the package. */
const ERROR_BRAND: unique symbol = Symbol.for('@mirps/core/error');

/** The kind of an SDK error: the name of its class. */
export type MirpsErrorKind =
  | 'MirpsError'
  | 'MirpsValidationError'
  | 'MirpsRotationError'
  | 'MirpsCalendarError'
  | 'MirpsReportError';

/** Marks a class of the SDK's errors: its instances, and those of any subclass, carry `kind`. */
export function brandErrorClass(errorClass: abstract new (...args: never[]) => Error, kind: MirpsErrorKind): void {
  Object.defineProperty(errorClass.prototype, ERROR_BRAND, { value: kind });
}

/** The kind a class of the SDK declares with {@link brandErrorClass}; undefined for a class of its caller's. */
export function declaredKind(errorClass: unknown): string | undefined {
  if (typeof errorClass !== 'function') return undefined;
  const prototype: unknown = errorClass.prototype;
  if (typeof prototype !== 'object' || prototype === null || !Object.hasOwn(prototype, ERROR_BRAND)) return undefined;
  const kind: unknown = (prototype as Record<symbol, unknown>)[ERROR_BRAND];
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * True when `value` is an error of the kind `kind`, from any copy of the package: any SDK error for `'MirpsError'`,
 * otherwise one of that class or a subclass of it. False for anything else, even a value that throws when read.
 */
export function carriesBrand(value: unknown, kind: string): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    const brand: unknown = (value as Record<symbol, unknown>)[ERROR_BRAND];
    return typeof brand === 'string' && (kind === 'MirpsError' || brand === kind);
  } catch {
    return false;
  }
}

/**
 * `instanceof` for the SDK's error classes, installed as their `Symbol.hasInstance`; `this` is the class on the right
 * of `instanceof`. For a class of the SDK, whether `value` carries that class's kind (from any copy of the package);
 * for a caller's own subclass, the ordinary check of the prototype chain.
 */
export function instanceOfBrand(this: unknown, value: unknown): boolean {
  const kind = declaredKind(this);
  return kind === undefined ? Function.prototype[Symbol.hasInstance].call(this, value) : carriesBrand(value, kind);
}
