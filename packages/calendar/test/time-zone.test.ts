import { expect, it } from 'vitest';

// `npm test` runs the calendar tests once per time zone (scripts/test-time-zones.mjs); this proves each run is in the zone it claims.
it.runIf(process.env.TZ !== undefined)('runs in the time zone the matrix sets', () => {
  const instant = new Date(Date.UTC(2023, 6, 1, 12, 30));
  const inZone = new Intl.DateTimeFormat('en-GB', {
    timeZone: process.env.TZ,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  expect(`${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`).toBe(
    inZone,
  );
});
