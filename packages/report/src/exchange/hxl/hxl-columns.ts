import type { HXLMessages } from './hxl-messages.js';

// The columns of the two tables: a header for people (row 1, in the export's language) and an HXL hashtag
// with its attributes (row 2). Hashtags are those of the HXL 1.1 hashtag dictionary (hxlstandard.org); so
// are the attributes, but for the custom ones marked below, which the HXL tagging conventions allow.

/** One column: the key of its header in the catalogue, and its HXL tag. */
export interface HXLColumn {
  readonly header: keyof HXLMessages;
  readonly tag: string;
}

/** The country: its ISO 3166-1 alpha-3 code (the dictionary's default vocabulary for `#country +code`), its MIRPS id and its name. */
const COUNTRY: readonly HXLColumn[] = [
  { header: 'countryIso3', tag: '#country +code' },
  // +v_iso2 (custom): the code is the ISO 3166-1 alpha-2 code, the member state's id in MIRPS data.
  { header: 'countryIso2', tag: '#country +code +v_iso2' },
  { header: 'country', tag: '#country +name' },
];

/** A commitment is an activity (`+activity`) of its national action plan, a programme (`+programme`). */
const COMMITMENT: HXLColumn = { header: 'commitment', tag: '#activity +activity +code' };

/** The focus area, which national action plans group their commitments by, is the sector. */
const FOCUS_AREA: readonly HXLColumn[] = [
  { header: 'focusAreaCode', tag: '#sector +code' },
  { header: 'focusArea', tag: '#sector +name' },
];

/** The columns of the commitments table, one row per commitment. */
export const COMMITMENT_COLUMNS: readonly HXLColumn[] = [
  ...COUNTRY,
  { header: 'plan', tag: '#activity +programme +code' },
  COMMITMENT,
  { header: 'commitmentText', tag: '#description' },
  ...FOCUS_AREA,
  { header: 'responsibleInstitutions', tag: '#org +impl +name' },
  { header: 'start', tag: '#date +start' },
  { header: 'end', tag: '#date +end' },
  { header: 'statusCode', tag: '#status +code' },
  { header: 'status', tag: '#status +name' },
  { header: 'statusDate', tag: '#date +reported' },
];

/**
 * The columns of the indicators table, one row per indicator and measured period. The actual value comes
 * first among the numbers, so that a tool that takes the first column matching `#indicator +num` takes it;
 * its breakdowns follow, then the baseline and target.
 */
export const INDICATOR_COLUMNS: readonly HXLColumn[] = [
  ...COUNTRY,
  COMMITMENT,
  ...FOCUS_AREA,
  { header: 'indicatorCode', tag: '#indicator +code' },
  { header: 'indicator', tag: '#indicator +name' },
  // +unit (custom): the indicator's unit, one of count, percent, days, ratio, usd.
  { header: 'unit', tag: '#indicator +unit' },
  { header: 'periodStart', tag: '#date +start' },
  { header: 'periodEnd', tag: '#date +end' },
  { header: 'actual', tag: '#indicator +num' },
  // The dictionary's sex-and-age attributes; +i is its attribute for people who are neither female nor male.
  { header: 'female', tag: '#indicator +num +f' },
  { header: 'male', tag: '#indicator +num +m' },
  { header: 'otherSex', tag: '#indicator +num +i' },
  // +age0_17, +age18_59, +age60plus (custom): the precise ranges, as the dictionary suggests adding to +children etc.
  { header: 'age0To17', tag: '#indicator +num +children +age0_17' },
  { header: 'age18To59', tag: '#indicator +num +adults +age18_59' },
  { header: 'age60Plus', tag: '#indicator +num +elderly +age60plus' },
  // One column per population group MIRPS serves. +refugees and +idps are the dictionary's; +returnees is
  // in its core schema as proposed; +asylum_seekers and +stateless are custom (the dictionary has neither).
  { header: 'refugees', tag: '#indicator +num +refugees' },
  { header: 'asylumSeekers', tag: '#indicator +num +asylum_seekers' },
  { header: 'internallyDisplaced', tag: '#indicator +num +idps' },
  { header: 'returnees', tag: '#indicator +num +returnees' },
  { header: 'stateless', tag: '#indicator +num +stateless' },
  // +baseline, +target (custom): the indicator's baseline and target, and the days they are set for.
  { header: 'baseline', tag: '#indicator +num +baseline' },
  { header: 'baselineDate', tag: '#date +baseline' },
  { header: 'target', tag: '#indicator +num +target' },
  { header: 'targetDate', tag: '#date +target' },
];
