import * as rruleModule from 'rrule';

// rrule ships one UMD file and no `exports` map: imported from ESM, its namespace holds the library itself under
// Node's CommonJS interop, or under `default` where a bundler wraps it.

/** The rrule library. */
export type RRuleLibrary = typeof import('rrule');

const library: RRuleLibrary = (rruleModule as unknown as { RRule?: unknown }).RRule
  ? (rruleModule as unknown as RRuleLibrary)
  : (rruleModule as unknown as { default: RRuleLibrary }).default;

/** The rrule library, loaded with the package. */
export const rruleLibrary = (): RRuleLibrary => library;
