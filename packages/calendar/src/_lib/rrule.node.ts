import { createRequire } from 'node:module';
import type { RRuleLibrary } from './rrule.js';

// Node's ESM build takes this module instead of rrule.ts (a `.node.ts` twin, see tsup.package.ts). rrule ships one
// 130 KB UMD file: Node's ESM loader scans all of it for named exports before running it, while `require` just runs
// it, in a third of the time; and only a calendar with a recurrence rule needs it, so it is loaded then.

let library: RRuleLibrary | undefined;

/** The rrule library, loaded with Node's `require` the first time it is needed. */
export const rruleLibrary = (): RRuleLibrary => (library ??= createRequire(import.meta.url)('rrule') as RRuleLibrary);
