/** Whether a value is an array, false for a revoked Proxy (where `Array.isArray` throws). */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
