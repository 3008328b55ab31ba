// The static fragments of a catalogue half: every string entry, and every function entry called with placeholder
// arguments and split on them, recursively through nested objects. Tests use the fragments of the English half to
// prove that Spanish output contains none of them. Internal: not exported from the package index.

/** Fragments shorter than this are too common to tell a language (`, `, ` (`, `: `). */
const SHORTEST_FRAGMENT = 6;

/** A placeholder argument: it cannot occur in any catalogue text. */
const placeholder = (i: number): string => `\u0001${i}\u0001`;
const PLACEHOLDER = /\u0001\d+\u0001/;

/**
 * The static fragments of `english` (a catalogue half: strings, functions of
 * strings and numbers, nested objects) that are at least six characters long
 * after trimming and differ from every fragment of `other` (the other language's
 * half), so that names and terms the same in both languages are left out.
 */
export function catalogueFragments(english: object, other?: object): string[] {
  const collect = (half: object): Set<string> => {
    const found = new Set<string>();
    const stack: unknown[] = [half];
    while (stack.length > 0) {
      const entry = stack.pop();
      let text: string | undefined;
      if (typeof entry === 'string') text = entry;
      else if (typeof entry === 'function') {
        const fn = entry as (...args: unknown[]) => unknown;
        const result = fn(...Array.from({ length: Math.max(fn.length, 4) }, (_, i) => placeholder(i)));
        if (typeof result === 'string') text = result;
      } else if (entry !== null && typeof entry === 'object') stack.push(...Object.values(entry));
      if (text === undefined) continue;
      for (const part of text.split(PLACEHOLDER)) {
        const trimmed = part.trim();
        if (trimmed.length >= SHORTEST_FRAGMENT) found.add(trimmed);
      }
    }
    return found;
  };
  const theirs = other === undefined ? new Set<string>() : collect(other);
  return [...collect(english)].filter((fragment) => !theirs.has(fragment));
}
