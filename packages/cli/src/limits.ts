/**
 * The largest input file the command line reads, in bytes, unless
 * `--max-input-size` says otherwise: 50M (50 × 1024 × 1024 bytes). A file (or
 * standard input) larger than this is refused before it is parsed.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_INPUT_BYTES, runCli } from '@mirps/cli';
 * DEFAULT_MAX_INPUT_BYTES; // 52428800
 * runCli(['validate', 'big-plan.json', '--max-input-size', '200M']);
 * ```
 */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** The most `--max-input-size` accepts: 500M, below the longest string JavaScript holds. */
export const MAX_INPUT_BYTES_CEILING = 500 * 1024 * 1024;

const UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;
const isUnit = (text: string): text is keyof typeof UNITS => Object.hasOwn(UNITS, text);

/** A size as `--max-input-size` takes it (`2048`, `512K`, `100M`, `1G`; K, M and G are powers of 1024), in bytes; `undefined` when it is not one. */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d{1,12})(?:([kmg])(?:i?b)?|b)?$/i.exec(text);
  if (match === null) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  return isUnit(unit) ? Number(match[1]) * UNITS[unit] : undefined;
}

/** A number of bytes as the options write it: `50M`, `512K`, or bytes. */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [
    ['G', 1024 ** 3],
    ['M', 1024 ** 2],
    ['K', 1024],
  ] as const)
    if (bytes % size === 0) return `${bytes / size}${unit}`;
  return `${bytes} bytes`;
}
