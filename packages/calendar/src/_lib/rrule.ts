import { RRule } from 'rrule';

// Bundlers and CommonJS take this module (Node's ESM build takes rrule.node.ts). A bundler reads rrule's ESM build
// (its `module` field), which has named exports and no default; CommonJS requires its UMD file, whose exports carry
// the same names. So the library is imported by name.

/** The part of the rrule library the calendar uses. */
export interface RRuleLibrary {
  readonly RRule: typeof RRule;
}

const library: RRuleLibrary = { RRule };

/** The rrule library, loaded with the package. */
export const rruleLibrary = (): RRuleLibrary => library;
