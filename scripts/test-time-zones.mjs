// Runs the calendar tests under several machine time zones: date bugs hide in the machine's zone, and results must not depend on it.
// One line per zone; a zone's whole test output only when it fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zones = ['UTC', 'America/Panama', 'America/Mexico_City', 'Europe/Zurich', 'Pacific/Auckland', 'Asia/Kolkata'];
const failed = [];
for (const zone of zones) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'packages/calendar', '--reporter=dot'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: zone } },
  );
  if (result.status === 0) {
    console.log(`calendar tests with TZ=${zone}: passed`);
  } else {
    console.log(`calendar tests with TZ=${zone}: FAILED`);
    console.log(result.stdout, result.stderr, result.error ?? '');
    failed.push(zone);
  }
}
if (failed.length > 0) {
  console.error(`\nCalendar tests failed under TZ=${failed.join(', ')}`);
  process.exit(1);
}
