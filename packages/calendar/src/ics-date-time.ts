import type { ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { instantOf } from './_lib/days.js';

/**
 * A wall-clock time on a day in an IANA zone, as ical-generator's stub of a
 * Temporal.ZonedDateTime. ical-generator writes it as it is (`YYYYMMDDTHHMMSS`
 * under the event's TZID, with a four-digit year), without converting through
 * the machine's or a JavaScript Date's idea of the zone: the year 0050 stays
 * 0050, and 10:00 stays 10:00 in zones whose historical offsets have seconds.
 */
export function zonedWallClock(day: string, time: string, zone: string): ICalTemporalZonedDateTimeStub {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const text = `${day}T${time}:00[${zone}]`;
  const fields = { year, month, day: date, hour, minute, second: 0 };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: zone,
    toInstant: () => {
      const epochMilliseconds = Date.parse(instantOf(day, time, zone));
      return {
        epochMilliseconds,
        toJSON: () => new Date(epochMilliseconds).toISOString(),
        toString: () => new Date(epochMilliseconds).toISOString(),
        toZonedDateTimeISO: () => zoned,
      };
    },
    toPlainDateTime: () => ({
      ...fields,
      toPlainDate: () => ({ year, month, day: date, toJSON: () => day, toString: () => day }),
      toZonedDateTime: () => zoned,
      toJSON: () => `${day}T${time}:00`,
      toString: () => `${day}T${time}:00`,
    }),
    withTimeZone: () => zoned,
    toJSON: () => text,
    toString: () => text,
  };
  return zoned;
}
