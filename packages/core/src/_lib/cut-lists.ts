import type { MirpsPath } from '../errors/issue.js';

// A plain copy of a value with every list cut to its first entries: what the parser checks when a list has more
// problems than zod can gather at once (zod hands a value's issues to its parent as the arguments of one call, and
// a call takes about 100,000 at most). The copy keeps own enumerable keys in order, array indices from 0 and shared
// or cyclic references as they are; it is made one step at a time, so no depth overflows the stack.

/** A list that was cut: where it is and how many entries it has. */
export interface CutList {
  readonly path: MirpsPath;
  readonly length: number;
}

interface Pending {
  readonly from: object;
  readonly into: Record<string, unknown> | unknown[];
  readonly path: MirpsPath;
}

/**
 * A plain copy of `value` with every array longer than `keep` entries cut to
 * its first `keep`, and the lists that were cut. Throws what reading `value`
 * throws.
 */
export function cutLists(value: unknown, keep: number): { copy: unknown; cut: CutList[] } {
  const cut: CutList[] = [];
  const copies = new Map<object, unknown>();
  const stack: Pending[] = [];
  const copyOf = (node: unknown, path: MirpsPath): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const known = copies.get(node);
    if (known !== undefined) return known;
    const into: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    copies.set(node, into);
    stack.push({ from: node, into, path });
    return into;
  };
  const copy = copyOf(value, []);
  for (let pending = stack.pop(); pending !== undefined; pending = stack.pop()) {
    const { from, into, path } = pending;
    if (Array.isArray(into)) {
      const list = from as unknown[];
      const length = list.length;
      if (length > keep) cut.push({ path, length });
      for (let i = 0; i < Math.min(length, keep); i++) into.push(copyOf(list[i], [...path, i]));
    } else {
      for (const key of Object.keys(from)) into[key] = copyOf((from as Record<string, unknown>)[key], [...path, key]);
    }
  }
  return { copy, cut };
}
