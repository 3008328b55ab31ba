/**
 * True when `sources` (the value of a `sources` key) is a list with an entry
 * marked `illustrative: true`: the mark {@link isIllustrative} looks for, and
 * the freezing walk notes for a document the parser vouches for.
 */
export const marksIllustrative = (sources: unknown): boolean => {
  if (!Array.isArray(sources)) return false;
  const length = sources.length;
  for (let i = 0; i < length; i++) {
    const source: unknown = sources[i];
    if (source !== null && typeof source === 'object' && (source as { illustrative?: unknown }).illustrative === true)
      return true;
  }
  return false;
};
