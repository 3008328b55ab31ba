import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { CommitmentCount } from '../model/commitment-count.js';
import { mirpsPlatformPageSource, nationalLevelSource } from './sources.js';

const SECTION = 'National action plans and commitments';
const PAGE = '/en/mirps-by-country/';
const READ = 'Commitments by area as published on the country pages (read in 2025–2026).';

/* @__NO_SIDE_EFFECTS__ */
function published(note?: string): CommitmentCount['sources'] {
  return [nationalLevelSource(SECTION, note), mirpsPlatformPageSource(PAGE, READ)];
}

/**
 * The commitments of each member state's national action plan by focus area,
 * as mirps-platform.org publishes them (country pages read in 2025–2026).
 * Where the copy lost an area's label, the count has `area: null`; Mexico's
 * and Panama's counts were not found (`total: null`). Other counts exist:
 * a UNHCR factsheet (April 2022) gives 49 commitments for El Salvador.
 *
 * @example
 * ```ts
 * import { commitmentCounts } from '@mirps/core/data';
 * commitmentCounts.find((c) => c.memberState === 'GT')?.total; // 27
 * ```
 */
export const commitmentCounts: readonly CommitmentCount[] = /* @__PURE__ */ freezeParsed<readonly CommitmentCount[]>([
  {
    memberState: 'BZ',
    total: 8,
    byArea: [
      { area: 'protection', count: 6 },
      { area: 'jobs-and-livelihoods', count: 1 },
      { area: 'education', count: 1 },
    ],
    sources: /* @__PURE__ */ published(),
  },
  {
    memberState: 'CR',
    total: 23,
    byArea: [
      { area: 'protection', count: 9 },
      { area: 'jobs-and-livelihoods', count: 3 },
      { area: 'social-protection', count: 8 },
      { area: 'education', count: 3 },
    ],
    sources: /* @__PURE__ */ published(),
  },
  {
    memberState: 'GT',
    total: 27,
    byArea: [
      { area: 'protection', count: 14 },
      { area: 'jobs-and-livelihoods', count: 10 },
      { area: 'education', count: 2 },
      { area: 'health', count: 1 },
    ],
    sources: /* @__PURE__ */ published(),
  },
  {
    memberState: 'HN',
    total: 26,
    byArea: [
      { area: null, count: 21 },
      { area: 'jobs-and-livelihoods', count: 4 },
      { area: null, count: 1 },
    ],
    note: { en: 'Three areas; the labels of two were lost in the copy of the page.' },
    sources: /* @__PURE__ */ published('Honduras: three areas (21, 4 of them Jobs and Livelihoods, 1).'),
  },
  {
    memberState: 'SV',
    total: 43,
    byArea: [
      { area: null, count: 22 },
      { area: null, count: 6 },
      { area: null, count: 7 },
      { area: 'jobs-and-livelihoods', count: 8 },
    ],
    note: {
      en: 'Four areas; the labels of three were lost in the copy of the page. A UNHCR El Salvador factsheet (April 2022) gives 49 commitments.',
    },
    sources: /* @__PURE__ */ published('El Salvador: four areas (22, 6, 7, and 8 Jobs and Livelihoods).'),
  },
  {
    memberState: 'MX',
    total: null,
    byArea: [],
    note: { en: 'Not found on the country pages.' },
    sources: /* @__PURE__ */ published('Mexico, Panama: not found.'),
  },
  {
    memberState: 'PA',
    total: null,
    byArea: [],
    note: { en: 'Not found on the country pages.' },
    sources: /* @__PURE__ */ published('Mexico, Panama: not found.'),
  },
]);
