import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A team's own data end to end, on the BUILT packages: its 2024 plan names a working group that only its own
// reference data has, and its ledger records the 2024 term. Every package, and the command line, must read
// that data and never fall back to the embedded MIRPS data on the way.
const root = resolve(import.meta.dirname, '..');
const { NODE_OPTIONS: _ignored, ...env } = process.env;
const files = 'examples/own-data';
const ownData = [
  '--reference',
  `${files}/reference-2024.example.json`,
  '--ledger',
  `${files}/ledger-2024.example.json`,
];
const plan = `${files}/plan-2024.example.json`;
const mirps = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], { cwd: root, env, encoding: 'utf8' });
const GROUP = 'Illustrative Working Group on Climate and Human Mobility (example data)';

describe("a team's own data through the built packages", () => {
  const result = JSON.parse(
    execFileSync(process.execPath, [join(root, 'test/own-data.mjs')], { cwd: root, env, encoding: 'utf8' }),
  );

  it("builds the calendar of the 2024 plan against the team's reference data, which the calendar keeps", () => {
    expect(result.calendar).toEqual([
      '2024-03-14 activity-illustrative-climate-session',
      '2024-04-18 activity-illustrative-plenaries',
      '2024-07-18 activity-illustrative-plenaries',
      '2024-10-17 activity-illustrative-plenaries',
    ]);
    expect(result.calendarKeepsContext).toBe(true);
    expect(result.grid).toBe(2);
    expect(result.conflicts).toBe(0);
  });

  it("names the team's working group in the iCalendar export", () => {
    expect(result.ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:Working group: ${GROUP}`);
  });

  it("hands over to the holder the team's ledger leads to: Costa Rica for 2025", () => {
    expect(result.termCalendar[0]).toBe(
      'Handover of the Pro-Tempore Presidency to Costa Rica (term 2025), at the MIRPS Annual Meeting',
    );
    expect(result.memoirIncoming).toBe('The incoming Pro-Tempore Presidency: Costa Rica');
    expect(result.next).toMatchObject({ label: '2025', holder: 'CR', projected: true });
    expect(result.on).toMatchObject({ label: '2024', holder: 'BZ', projected: false, since: '2024-01-24' });
  });

  it("reports on the plan with the team's working group named, the progress and the memoir", () => {
    expect(result.planHtml).toContain(GROUP);
    expect(result.progressJson).toBe(
      'Progress of the Illustrative Regional Action Plan 2024 (example data, not a MIRPS document)',
    );
    expect(result.sharedFrozen).toBe(true);
  });

  it('goes through the command line with --reference and --ledger', () => {
    const valid = mirps('validate', plan, ...ownData);
    expect(valid.stdout).toBe(`${plan}: a valid action-plan\n`);
    expect(valid.status).toBe(0);

    const html = mirps('report', 'plan', '--plan', plan, ...ownData, '--format', 'html', '-o', '-');
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stdout).toContain(GROUP);

    const ics = mirps('calendar', '--plan', plan, ...ownData, '--ics', '-', '--stamp', '2024-01-01T00:00:00Z');
    expect(ics.status, ics.stderr).toBe(0);
    expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.stdout.replace(/\r\n /g, '')).toContain(`DESCRIPTION:Working group: ${GROUP}`);

    const next = mirps('presidency', 'next', '--json', ...ownData);
    expect(next.status, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({
      label: '2025',
      holder: 'CR',
      holderName: 'Costa Rica',
      projected: true,
    });
  });

  it("without the team's reference data, the same plan is refused: nothing falls back silently", () => {
    const refused = mirps('validate', plan);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      'actions[0].workingGroup: Unknown working group "wg-illustrative-climate-mobility"',
    );
  });
});
