/**
 * Orders two strings by their UTF-16 code units, as `<` does: a tie-break
 * and a sort order that are the same on every machine, unlike `localeCompare`.
 */
export function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
