// Runs the calendar tests under several machine time zones: date bugs hide in the machine's zone, and results must not depend on it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zones = ['UTC', 'America/Panama', 'America/Mexico_City', 'Europe/Zurich', 'Pacific/Auckland', 'Asia/Kolkata'];
const failed = [];
for (const zone of zones) {
  console.log(`\n=== calendar tests with TZ=${zone}`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'packages/calendar'], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (result.status !== 0) failed.push(zone);
}
if (failed.length > 0) {
  console.error(`\nCalendar tests failed under TZ=${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nCalendar tests passed under all ${zones.length} time zones: ${zones.join(', ')}`);
