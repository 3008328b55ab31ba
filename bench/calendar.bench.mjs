// Calendar: expanding and exporting 10,000 occurrences, against ical-generator writing the same events directly.
import ical from 'ical-generator';
import { buildCalendar, toICS } from '@mirps/calendar';
import { medianMs, ms } from './harness.mjs';

export const title = 'Calendar: expansion and iCalendar export';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const dayAt = (i) => {
  const date = new Date(Date.UTC(2020, 0, 1 + (i % 3000)));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

export function run() {
  const stamp = '2023-01-01T00:00:00Z';
  // 10,000 dated activities, one occurrence each.
  const activities = Array.from({ length: 10_000 }, (_, i) => ({
    id: `activity-${i}`,
    category: 'technical-meeting',
    title: { en: `Working session ${i}, with partners; notes` },
    note: { en: 'Agenda: progress of the national action plans' },
    schedule: { kind: 'dates', dates: [dayAt(i)] },
    location: { kind: 'virtual' },
  }));
  const window = { from: '2020-01-01', to: '2028-12-31', maxDays: 4000 };
  // One daily rule giving 10,000 occurrences.
  const daily = [{ id: 'daily', category: 'technical-meeting', title: { en: 'Daily call' }, schedule: { kind: 'recurrence', start: '2000-01-01', rrule: 'FREQ=DAILY' } }];
  const dailyWindow = { from: '2000-01-01', to: '2027-05-18', maxDays: 10_000, maxOccurrencesPerRule: 10_000 };

  const build = medianMs(() => buildCalendar(activities, window), { warmup: 1, runs: 5 });
  const calendar = buildCalendar(activities, window);
  const exportTime = medianMs(() => toICS(calendar, { stamp }), { warmup: 1, runs: 5 });
  const expand = medianMs(() => buildCalendar(daily, dailyWindow), { warmup: 1, runs: 5 });
  const expanded = buildCalendar(daily, dailyWindow).occurrences.length;
  const direct = medianMs(() => {
    const file = ical({ prodId: '//bench//direct//EN' });
    for (const activity of activities) {
      const day = activity.schedule.dates[0];
      const start = new Date(`${day}T00:00:00Z`);
      file.createEvent({ id: `${activity.id}@bench`, stamp: new Date(stamp), start, end: new Date(start.getTime() + 86_400_000), allDay: true, summary: activity.title.en, description: activity.note.en, location: 'Online', categories: [{ name: 'Technical meeting' }] });
    }
    return file.toString();
  }, { warmup: 1, runs: 5 });
  return [
    '| work | median time (ms) |',
    '|---|---:|',
    `| buildCalendar: 10,000 dated activities (validation included) | ${ms(build)} |`,
    `| toICS: 10,000 events (validation and rebuild included) | ${ms(exportTime)} |`,
    `| ical-generator directly: the same 10,000 events | ${ms(direct)} |`,
    `| buildCalendar: one daily rule expanded to ${expanded.toLocaleString('en')} occurrences | ${ms(expand)} |`,
    '',
    `\`toICS\` / ical-generator directly: ${(exportTime / direct).toFixed(1)}×. The difference is the SDK's own work: validating the calendar's activities, rebuilding its occurrences, stable UIDs and text in the chosen language.`,
  ].join('\n');
}
