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

/** OAS press release E-002/24 (V Annual Meeting, handover to Panama; Honduras and the 2023 regional dialogues). */
export const OAS_PRESS_RELEASE_E_002_24 = 'OAS press release E-002/24';

/** mirps-platform.org, the MIRPS website (printed by the plan as www.mirps-platform.org). */
export const MIRPS_PLATFORM = 'mirps-platform.org';
/** The address of {@link MIRPS_PLATFORM}. */
export const MIRPS_PLATFORM_URL = 'https://www.mirps-platform.org';

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
