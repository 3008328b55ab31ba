// Vitest's global setup: says, before the tests run, which tests will skip on this machine and why.
import { IN_CI, PREREQUISITES } from './prerequisites.js';

export default function reportPrerequisites(): void {
  if (IN_CI) return;
  for (const prerequisite of Object.values(PREREQUISITES)) {
    if (!prerequisite.present()) {
      console.log(`Skipping the tests that need ${prerequisite.name}: it is absent here (${prerequisite.remedy}).`);
    }
  }
}
