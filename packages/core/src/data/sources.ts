import type { Source } from '../model/source.js';

// Citations shared by the embedded data. Every document named here is one the
// plan itself or reference-facts.md names; a `url` is given only where one of
// them prints an address. Internal to the package: these builders are not
// exported from any entry point, only the records that carry them. Call sites
// in the data files are marked `/* @__PURE__ */` so bundlers can drop unused data.

/** The primary source: the 2023 Regional Action Plan (English translation). */
export const ACTION_PLAN_2023 = 'Regional Action Plan 2023, MIRPS Pro-Tempore Presidency, Republic of Panama';

/** The compilation of facts from public reporting that supplements the plan. */
export const REFERENCE_FACTS = 'Reference facts beyond the action plan (compiled from public reporting)';

/** globalcrrf.org, the MIRPS country page (membership dates). */
export const GLOBAL_CRRF_COUNTRY_PAGE = 'globalcrrf.org, country page';

/** UN News, Spanish service, July 2019: El Salvador joins MIRPS as the seventh country. */
export const UN_NEWS_ES_2019 = 'UN News (Spanish service), July 2019';
/** The address of {@link UN_NEWS_ES_2019}, as the reference facts give it. */
export const UN_NEWS_ES_2019_URL = 'https://news.un.org/es/story/2019/07/1459781';

/** The 24-horas.mx report on Mexico's election as the first Pro-Tempore Presidency. */
export const HORAS_24_REPORT = '24-horas.mx report';

/** The III MIRPS annual report (2020), as published on ReliefWeb. */
export const ANNUAL_REPORT_2020 = 'III MIRPS annual report 2020 (reliefweb)';

/** conape.org (handover to Guatemala at the III Annual Meeting). */
export const CONAPE = 'conape.org';

/** OAS press release E-107/21 (IV Annual Meeting, handover to Honduras). */
export const OAS_PRESS_RELEASE_E_107_21 = 'OAS press release E-107/21';

/** OAS press release E-002/24 (V and VI Annual Meetings, handovers to Panama and Belize; the Statutory Charter; Honduras and the 2023 regional dialogues). */
export const OAS_PRESS_RELEASE_E_002_24 = 'OAS press release E-002/24';

/** mirps-platform.org, the MIRPS website (printed by the plan as www.mirps-platform.org). */
export const MIRPS_PLATFORM = 'mirps-platform.org';
/** The address of {@link MIRPS_PLATFORM}. */
export const MIRPS_PLATFORM_URL = 'https://www.mirps-platform.org';

/** The reference facts' section on what happened after the 2023 plan. */
export const SINCE_2023 = 'Since the 2023 plan: 2024–2026';

/** globalcrrf.org (the I Annual Meeting). */
export const GLOBAL_CRRF = 'globalcrrf.org';

/** San Pedro Sun, 30 January 2024: Belize assumes the Pro-Tempore Presidency. */
export const SAN_PEDRO_SUN_2024 = 'San Pedro Sun, 30 January 2024';
/** The address of {@link SAN_PEDRO_SUN_2024}, as the reference facts give it. */
export const SAN_PEDRO_SUN_2024_URL =
  'https://sanpedrosun.com/government/2024/01/30/belize-assumes-pro-tempore-presidency-of-mirps/';

/** Prensa Latina, 26 January 2024. */
export const PRENSA_LATINA_2024 = 'Prensa Latina, 26 January 2024';

/** crc891.com (the VI Annual Meeting and its declaration). */
export const CRC_891 = 'crc891.com';

/** Channel 5 Belize (the VII Annual Meeting; the Support Platform chair). */
export const CHANNEL_5_BELIZE = 'Channel 5 Belize';
/** The address of {@link CHANNEL_5_BELIZE}'s report, as the reference facts give it. */
export const CHANNEL_5_BELIZE_URL = 'https://edition.channel5belize.com/?p=29732';

/** The Belize government press office (the VII Annual Meeting). */
export const BELIZE_PRESS_OFFICE = 'Belize press office (pressoffice.gov.bz)';
/** The address of {@link BELIZE_PRESS_OFFICE}'s release, as the reference facts give it. */
export const BELIZE_PRESS_OFFICE_URL = 'https://pressoffice.gov.bz/?p=15226';

/** The OAS Assistant Secretary General's speech 24-0034 (the VII Annual Meeting). */
export const OAS_ASG_SPEECH_24_0034 = 'OAS Assistant Secretary General, speech 24-0034';

/** delfino.cr, November 2025 (the VIII Annual Meeting). */
export const DELFINO_2025 = 'delfino.cr, November 2025';
/** The address of {@link DELFINO_2025}, as the reference facts give it. */
export const DELFINO_2025_URL =
  'https://delfino.cr/2025/11/gobiernos-centroamericanos-acuerdan-reforzar-respuesta-regional-al-desplazamiento-forzado';

/** Diario El Mundo, El Salvador. */
export const DIARIO_EL_MUNDO = 'Diario El Mundo (El Salvador)';

/** Notimérica / Europa Press, 26 November 2025 (the VIII Annual Meeting). */
export const NOTIMERICA_2025 = 'Notimérica / Europa Press, 26 November 2025';

/** globalcompactrefugees.org, the pages of the multistakeholder pledges. */
export const GLOBAL_COMPACT_REFUGEES = 'globalcompactrefugees.org';

/** The compiled notes on the national side of MIRPS, with their own sources. */
export const NATIONAL_LEVEL = 'MIRPS at the national level (compiled from public reporting)';

/* @__NO_SIDE_EFFECTS__ */
function cite(document: string, section?: string, note?: string, url?: string): Source {
  const source: Source = { document };
  if (section !== undefined) source.section = section;
  if (url !== undefined) source.url = url;
  if (note !== undefined) source.note = note;
  return source;
}

/**
 * Cites a section of the 2023 Regional Action Plan, with an optional note (for
 * example the plan's sentence that the record rests on).
 */
/* @__NO_SIDE_EFFECTS__ */
export function planSource(section: string, note?: string): Source {
  return cite(ACTION_PLAN_2023, section, note);
}

/** Cites the 2023 Regional Action Plan as a whole. */
/* @__NO_SIDE_EFFECTS__ */
export function planDocumentSource(note?: string): Source {
  return cite(ACTION_PLAN_2023, undefined, note);
}

/** Cites a section (table) of the reference facts. */
/* @__NO_SIDE_EFFECTS__ */
export function factsSource(section: string, note?: string): Source {
  return cite(REFERENCE_FACTS, section, note);
}

/** Cites the globalcrrf.org country page. */
/* @__NO_SIDE_EFFECTS__ */
export function globalCrrfSource(note?: string): Source {
  return cite(GLOBAL_CRRF_COUNTRY_PAGE, undefined, note);
}

/** Cites the UN News (Spanish service) story of July 2019. */
/* @__NO_SIDE_EFFECTS__ */
export function unNewsSource(note?: string): Source {
  return cite(UN_NEWS_ES_2019, undefined, note, UN_NEWS_ES_2019_URL);
}

/** Cites the 24-horas.mx report. */
/* @__NO_SIDE_EFFECTS__ */
export function horas24Source(note?: string): Source {
  return cite(HORAS_24_REPORT, undefined, note);
}

/** Cites the III MIRPS annual report 2020 (ReliefWeb). */
/* @__NO_SIDE_EFFECTS__ */
export function annualReport2020Source(note?: string): Source {
  return cite(ANNUAL_REPORT_2020, undefined, note);
}

/** Cites conape.org. */
/* @__NO_SIDE_EFFECTS__ */
export function conapeSource(note?: string): Source {
  return cite(CONAPE, undefined, note);
}

/** Cites OAS press release E-107/21. */
/* @__NO_SIDE_EFFECTS__ */
export function oasE10721Source(note?: string): Source {
  return cite(OAS_PRESS_RELEASE_E_107_21, undefined, note);
}

/** Cites OAS press release E-002/24. */
/* @__NO_SIDE_EFFECTS__ */
export function oasE00224Source(note?: string): Source {
  return cite(OAS_PRESS_RELEASE_E_002_24, undefined, note);
}

/** Cites mirps-platform.org. */
/* @__NO_SIDE_EFFECTS__ */
export function mirpsPlatformSource(note?: string): Source {
  return cite(MIRPS_PLATFORM, undefined, note, MIRPS_PLATFORM_URL);
}

/** Cites a subsection of the reference facts' section "Since the 2023 plan: 2024–2026". */
/* @__NO_SIDE_EFFECTS__ */
export function sinceSource(subsection: string, note?: string): Source {
  return cite(REFERENCE_FACTS, `${SINCE_2023} — ${subsection}`, note);
}

/** Cites globalcrrf.org. */
/* @__NO_SIDE_EFFECTS__ */
export function globalCrrfSiteSource(note?: string): Source {
  return cite(GLOBAL_CRRF, undefined, note);
}

/** Cites the San Pedro Sun of 30 January 2024. */
/* @__NO_SIDE_EFFECTS__ */
export function sanPedroSunSource(note?: string): Source {
  return cite(SAN_PEDRO_SUN_2024, undefined, note, SAN_PEDRO_SUN_2024_URL);
}

/** Cites Prensa Latina of 26 January 2024. */
/* @__NO_SIDE_EFFECTS__ */
export function prensaLatinaSource(note?: string): Source {
  return cite(PRENSA_LATINA_2024, undefined, note);
}

/** Cites crc891.com. */
/* @__NO_SIDE_EFFECTS__ */
export function crc891Source(note?: string): Source {
  return cite(CRC_891, undefined, note);
}

/** Cites Channel 5 Belize. */
/* @__NO_SIDE_EFFECTS__ */
export function channel5Source(note?: string): Source {
  return cite(CHANNEL_5_BELIZE, undefined, note, CHANNEL_5_BELIZE_URL);
}

/** Cites the Belize press office. */
/* @__NO_SIDE_EFFECTS__ */
export function belizePressOfficeSource(note?: string): Source {
  return cite(BELIZE_PRESS_OFFICE, undefined, note, BELIZE_PRESS_OFFICE_URL);
}

/** Cites the OAS Assistant Secretary General's speech 24-0034. */
/* @__NO_SIDE_EFFECTS__ */
export function oasAsgSpeechSource(note?: string): Source {
  return cite(OAS_ASG_SPEECH_24_0034, undefined, note);
}

/** Cites delfino.cr of November 2025. */
/* @__NO_SIDE_EFFECTS__ */
export function delfinoSource(note?: string): Source {
  return cite(DELFINO_2025, undefined, note, DELFINO_2025_URL);
}

/** Cites Diario El Mundo (El Salvador). */
/* @__NO_SIDE_EFFECTS__ */
export function diarioElMundoSource(note?: string): Source {
  return cite(DIARIO_EL_MUNDO, undefined, note);
}

/** Cites Notimérica / Europa Press of 26 November 2025. */
/* @__NO_SIDE_EFFECTS__ */
export function notimericaSource(note?: string): Source {
  return cite(NOTIMERICA_2025, undefined, note);
}

/** Cites a page of mirps-platform.org by its path, e.g. `/en/support-platform`. */
/* @__NO_SIDE_EFFECTS__ */
export function mirpsPlatformPageSource(path: string, note?: string): Source {
  return cite(MIRPS_PLATFORM, undefined, note, `https://mirps-platform.org${path}`);
}

/** Cites a page of globalcompactrefugees.org by its path, e.g. `/multistakeholder-pledge-mirps-integration`. */
/* @__NO_SIDE_EFFECTS__ */
export function globalCompactRefugeesSource(path: string, note?: string): Source {
  return cite(GLOBAL_COMPACT_REFUGEES, undefined, note, `https://globalcompactrefugees.org${path}`);
}

/** Cites a section of the compiled notes on the national side of MIRPS. */
/* @__NO_SIDE_EFFECTS__ */
export function nationalLevelSource(section: string, note?: string): Source {
  return cite(NATIONAL_LEVEL, section, note);
}
