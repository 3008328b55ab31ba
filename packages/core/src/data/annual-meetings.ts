import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { AnnualMeeting } from '../model/annual-meeting.js';
import {
  belizePressOfficeSource,
  channel5Source,
  conapeSource,
  crc891Source,
  delfinoSource,
  factsSource,
  globalCrrfSiteSource,
  notimericaSource,
  oasE00224Source,
  oasE10721Source,
  planSource,
  sinceSource,
} from './sources.js';

const TABLE = 'Annual Meetings';
const SINCE = 'Annual Meetings (adds to the table above)';

/**
 * The MIRPS Annual Meetings I to VIII, as the sources date them. The
 * Pro-Tempore Presidency is handed over at the Annual Meeting: the III
 * (8 December 2020, virtual, hosted by El Salvador), IV (30 November 2021,
 * La Antigua Guatemala), V (13 December 2022, Tegucigalpa), VI (24 January
 * 2024, Panama City), VII (5 December 2024, Belize City) and VIII
 * (25 November 2025, Heredia, Costa Rica) meetings opened the 2021 to 2026
 * terms. The I met on 8 November 2018 at OAS headquarters in Washington, D.C.
 * The VI was planned for 2023 in the 2023 plan's calendar. `declarations`
 * names the declarations adopted, as the sources write them; `host` is `null`
 * where the sources name no hosting member state. From the reference facts,
 * the plan and the sources they cite.
 *
 * @example
 * ```ts
 * import { annualMeetings } from '@mirps/core/data';
 * annualMeetings.find((m) => m.ordinal === 6)?.date; // '2024-01-24'
 * ```
 */
export const annualMeetings: readonly AnnualMeeting[] = /* @__PURE__ */ freezeParsed<readonly AnnualMeeting[]>([
  {
    id: 'annual-meeting-1',
    ordinal: 1,
    name: { en: 'I MIRPS Annual Meeting' },
    date: '2018-11-08',
    location: { kind: 'in-person', city: { en: 'Washington, D.C.' }, country: 'US' },
    host: null,
    note: {
      en: 'Held at OAS headquarters in Washington, D.C.; the 2017–2018 annual report was presented. The sources name no hosting member state.',
    },
    sources: [
      /* @__PURE__ */ sinceSource(
        SINCE,
        'I: 2018-11-08, OAS headquarters, Washington, D.C.; the 2017–2018 annual report presented.',
      ),
      /* @__PURE__ */ globalCrrfSiteSource(
        'Cited for the I Annual Meeting, 8 November 2018, at OAS headquarters, where the 2017–2018 annual report was presented.',
      ),
    ],
  },
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
        'Cited for the handover of the presidency to Guatemala at the III Annual Meeting, 8 December 2020 (virtual).',
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
        'Cited for the handover of the presidency to Honduras at the IV Annual Meeting, 30 November 2021, La Antigua Guatemala.',
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
        'Cited for the handover of the presidency to Panama at the V Annual Meeting, 13 December 2022, Tegucigalpa.',
      ),
    ],
  },
  {
    id: 'annual-meeting-6',
    ordinal: 6,
    name: { en: 'VI MIRPS Annual Meeting' },
    date: '2024-01-24',
    location: { kind: 'in-person', city: { en: 'Panama City', es: 'Ciudad de Panamá' }, country: 'PA' },
    host: 'PA',
    declarations: [{ en: 'Panama City Declaration', es: 'Declaración de la Ciudad de Panamá 2023' }],
    note: {
      en: "The 2023 plan's calendar planned it for 2023; it took place on 24 January 2024 in Panama City. It adopted the Panama City Declaration, whose Spanish name carries the year 2023, not the year of the meeting, and approved the Statutory Charter; the presidency passed from Panama to Belize for 2024. Host: Panama, the state of the city where it was held.",
    },
    sources: [
      /* @__PURE__ */ planSource('Calendar', 'VI MIRPS Annual Meeting'),
      /* @__PURE__ */ planSource('Work methodology', 'VI MIRPS Annual Meeting'),
      /* @__PURE__ */ factsSource(TABLE, "Planned for 2023 in the plan's calendar."),
      /* @__PURE__ */ sinceSource(
        SINCE,
        "VI: 2024-01-24, Panama City; Panama City Declaration (\"Declaración de la Ciudad de Panamá 2023\": the declaration's year label differs from the meeting's date); Statutory Charter approved; PA → BZ. The VI Annual Meeting was planned for 2023 in the 2023 plan's calendar and took place on 24 January 2024.",
      ),
      /* @__PURE__ */ oasE00224Source(
        'Cited, with crc891.com, for the VI Annual Meeting, 24 January 2024, Panama City: the Panama City Declaration, the Statutory Charter approved, the handover to Belize.',
      ),
      /* @__PURE__ */ crc891Source('Cited, with OAS press release E-002/24, for the VI Annual Meeting.'),
    ],
  },
  {
    id: 'annual-meeting-7',
    ordinal: 7,
    name: { en: 'VII MIRPS Annual Meeting' },
    date: '2024-12-05',
    location: { kind: 'in-person', city: { en: 'Belize City' }, country: 'BZ' },
    host: 'BZ',
    declarations: [{ en: 'Belize City Declaration' }],
    note: {
      en: 'It adopted the Belize City Declaration; the presidency passed from Belize to Costa Rica for 2025, and the chair of the MIRPS Support Platform from the United States, which concluded its term, to Colombia. Host: Belize, the state of the city where it was held.',
    },
    sources: [
      /* @__PURE__ */ sinceSource(
        SINCE,
        'VII: 2024-12-05, Belize City; Belize City Declaration; BZ → CR; Support Platform chair United States → Colombia.',
      ),
      /* @__PURE__ */ belizePressOfficeSource(
        'Cited for the VII Annual Meeting, 5 December 2024, Belize City: the Belize City Declaration, the handover to Costa Rica, the Support Platform chair passing from the United States to Colombia.',
      ),
      /* @__PURE__ */ channel5Source(
        'Cited for the handover to Costa Rica at the VII Annual Meeting, and for the United States having "concluded its term" as Support Platform chair there.',
      ),
    ],
  },
  {
    id: 'annual-meeting-8',
    ordinal: 8,
    name: { en: 'VIII MIRPS Annual Meeting' },
    date: '2025-11-25',
    location: { kind: 'in-person', city: { en: 'Heredia', es: 'Heredia' }, country: 'CR' },
    host: 'CR',
    declarations: [{ es: 'Declaración de Heredia' }],
    note: {
      en: 'It adopted the "Declaración de Heredia" (the sources give only its Spanish name); the presidency passed from Costa Rica to El Salvador for 2026. Host: Costa Rica, the state of the city where it was held.',
    },
    sources: [
      /* @__PURE__ */ sinceSource(SINCE, 'VIII: 2025-11-25, Heredia, Costa Rica; Declaración de Heredia; CR → SV.'),
      /* @__PURE__ */ delfinoSource(
        'Cited, with notimerica.com, for the VIII Annual Meeting, Tuesday 25 November 2025, Heredia: the Declaración de Heredia and the handover to El Salvador.',
      ),
      /* @__PURE__ */ notimericaSource('Cited, with delfino.cr, for the VIII Annual Meeting.'),
    ],
  },
]);
