/**
 * A number as a report writes it: a whole number as it is, any other to one
 * decimal (`37.5`, `66.7`). A number that is not finite never reaches a report
 * (documents are checked first); should one, it is written as `n/a`, never as
 * `NaN` or `Infinity`.
 */
export const numberText = (value: number): string => (!Number.isFinite(value) ? 'n/a' : Number.isInteger(value) ? String(value) : value.toFixed(1));
