import { deepFreeze } from '../_lib/deep-freeze.js';
import type { AnnualMeeting } from '../model/annual-meeting.js';
import { conapeSource, factsSource, oasE00224Source, oasE10721Source, planSource } from './sources.js';

const TABLE = 'Annual Meetings';

/**
 * The MIRPS Annual Meetings the sources date, II to VI (the sources are silent
 * on a first meeting). The Pro-Tempore Presidency is handed over at the Annual
 * Meeting: the III (8 December 2020, virtual, hosted by El Salvador), IV
 * (30 November 2021, La Antigua Guatemala) and V (13 December 2022,
 * Tegucigalpa) meetings opened the 2021, 2022 and 2023 terms. The VI meeting
 * appears in the 2023 plan without a date, so its date and place are `null`.
 * From the reference facts, the plan and the sources they cite.
 *
 * @example
 * ```ts
 * import { annualMeetings } from '@mirps/core/data';
 * annualMeetings.find((m) => m.ordinal === 5)?.date; // '2022-12-13'
 * ```
 */
export const annualMeetings: readonly AnnualMeeting[] = /* @__PURE__ */ deepFreeze<readonly AnnualMeeting[]>([
  {
    id: 'annual-meeting-2',
    ordinal: 2,
    name: { en: 'II MIRPS Annual Meeting' },
    date: '2019-11-08',
    location: { kind: 'in-person', city: { en: 'Mexico City', es: 'Ciudad de México' }, country: 'MX' },
    host: null,
    sources: [/* @__PURE__ */ factsSource(TABLE)],
  },
  {
    id: 'annual-meeting-3',
    ordinal: 3,
    name: { en: 'III MIRPS Annual Meeting' },
    date: '2020-12-08',
    location: { kind: 'virtual' },
    host: 'SV',
    note: { en: 'Held virtually, hosted by El Salvador; the presidency passed to Guatemala for 2021.' },
    sources: [
      /* @__PURE__ */ factsSource(TABLE),
      /* @__PURE__ */ conapeSource(
        'Cited for the handover of the presidency to Guatemala at the III Annual Meeting, 8 December 2020 (virtual).'
      ),
    ],
  },
  {
    id: 'annual-meeting-4',
    ordinal: 4,
    name: { en: 'IV MIRPS Annual Meeting' },
    date: '2021-11-30',
    location: { kind: 'in-person', city: { en: 'La Antigua Guatemala', es: 'La Antigua Guatemala' }, country: 'GT' },
    host: null,
    note: { en: 'The presidency passed to Honduras for 2022.' },
    sources: [
      /* @__PURE__ */ factsSource(TABLE),
      /* @__PURE__ */ oasE10721Source(
        'Cited for the handover of the presidency to Honduras at the IV Annual Meeting, 30 November 2021, La Antigua Guatemala.'
      ),
    ],
  },
  {
    id: 'annual-meeting-5',
    ordinal: 5,
    name: { en: 'V MIRPS Annual Meeting' },
    date: '2022-12-13',
    location: { kind: 'in-person', city: { en: 'Tegucigalpa', es: 'Tegucigalpa' }, country: 'HN' },
    host: null,
    note: { en: 'The presidency passed to Panama for 2023.' },
    sources: [
      /* @__PURE__ */ factsSource(TABLE),
      /* @__PURE__ */ oasE00224Source(
        'Cited for the handover of the presidency to Panama at the V Annual Meeting, 13 December 2022, Tegucigalpa.'
      ),
    ],
  },
  {
    id: 'annual-meeting-6',
    ordinal: 6,
    name: { en: 'VI MIRPS Annual Meeting' },
    date: null,
    location: null,
    host: null,
    note: { en: "The plan's calendar plans it for 2023 without a date; no source gives its date or place." },
    sources: [
      /* @__PURE__ */ planSource('Calendar', 'VI MIRPS Annual Meeting'),
      /* @__PURE__ */ planSource('Work methodology', 'VI MIRPS Annual Meeting'),
      /* @__PURE__ */ factsSource(TABLE, "Planned for 2023 in the plan's calendar."),
    ],
  },
]);
