// Opaque, stable UIDs: a 64-bit FNV-1a hash of the activity's id and the occurrence's key, written twice with two seeds.
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

function fnv1a64(text: string, seed: bigint): string {
  let hash = seed;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The same UID on every export of the same activity (and occurrence key), revealing neither. */
export function stableUid(parts: readonly string[], domain: string): string {
  const key = parts.join('\u001f');
  return `${fnv1a64(key, 0xcbf29ce484222325n)}${fnv1a64(key, 0x84222325cbf29ce4n)}@${domain}`;
}
