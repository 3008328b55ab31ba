// Opaque, stable UIDs: a 64-bit FNV-1a hash of the activity's id and the occurrence's key, written twice with two seeds.
// The hash is kept in two 32-bit halves. The FNV prime is 2^40 + 0x1b3, so multiplying by it adds 0x1b3 times the
// hash and the low half shifted 8 bits into the high half; the low half's product (under 2^41) is exact in a double,
// and what it carries past 32 bits goes to the high half.
const PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;
const encoder = new TextEncoder();
// Hex digits by octet: faster than writing each half with toString(16).
const HEX = Array.from({ length: 256 }, (_, octet) => octet.toString(16).padStart(2, '0'));
const hex = (word: number): string =>
  `${HEX[word >>> 24]}${HEX[(word >>> 16) & 0xff]}${HEX[(word >>> 8) & 0xff]}${HEX[word & 0xff]}`;
// The key's UTF-8 octets are written here, not into a new array for each UID; it grows for a longer key (a UTF-16
// unit takes at most 3 octets).
let octets = new Uint8Array(256);

function fnv1a64(key: Uint8Array, seedHigh: number, seedLow: number): string {
  let high = seedHigh;
  let low = seedLow;
  for (const octet of key) {
    const mixed = (low ^ octet) >>> 0;
    const lowTimesPrime = mixed * PRIME_LOW;
    high = (Math.imul(high, PRIME_LOW) + Math.floor(lowTimesPrime / TWO_32) + (mixed << 8)) >>> 0;
    low = lowTimesPrime >>> 0;
  }
  return `${hex(high)}${hex(low)}`;
}

/** The same UID on every export of the same activity (and occurrence key), revealing neither. */
export function stableUid(parts: readonly string[], domain: string): string {
  const key = parts.join('\u001f');
  if (octets.length < key.length * 3) octets = new Uint8Array(key.length * 3);
  const { written } = encoder.encodeInto(key, octets);
  const keyOctets = octets.subarray(0, written);
  return `${fnv1a64(keyOctets, 0xcbf29ce4, 0x84222325)}${fnv1a64(keyOctets, 0x84222325, 0xcbf29ce4)}@${domain}`;
}
