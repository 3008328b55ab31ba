// The codes of the IATI Standard 2.03 the export writes, each with the codelist it comes from
// (iatistandard.org/en/iati-standard/203/codelists/). Nothing here is guessed: where the data gives no
// code, the export writes none.

/** The version of the activity standard written in `iati-activities/@version`. */
export const IATI_VERSION = '2.03';

/** ActivityDateType (embedded codelist): 1 Planned start, 3 Planned end. */
export const ACTIVITY_DATE = { plannedStart: '1', plannedEnd: '3' } as const;

/**
 * ActivityStatus (embedded codelist): 1 Pipeline/identification, 2 Implementation, 3 Finalisation
 * ("physical activity is complete … but the activity remains open pending … M&E"), 5 Cancelled.
 */
export const ACTIVITY_STATUS = { pipeline: '1', implementation: '2', finalisation: '3', cancelled: '5' } as const;

/** ActivityScope (embedded codelist): 2 Regional (a supranational region), 4 National (one country). */
export const ACTIVITY_SCOPE = { regional: '2', national: '4' } as const;

/** DescriptionType (embedded codelist): 1 General, 4 Other. */
export const DESCRIPTION_TYPE = { general: '1', other: '4' } as const;

/** OrganisationRole (embedded codelist): 4 Implementing, "the organisation that physically carries out the activity". */
export const ROLE_IMPLEMENTING = '4';

/** OrganisationType (non-embedded codelist): 10 Government. */
export const ORGANISATION_TYPE_GOVERNMENT = '10';

/** Every code of OrganisationType (non-embedded codelist), for checking a reporting organisation's `type`. */
export const ORGANISATION_TYPES: ReadonlySet<string> = new Set([
  '10', // Government
  '11', // Local Government
  '15', // Other Public Sector
  '21', // International NGO
  '22', // National NGO
  '23', // Regional NGO
  '24', // Partner Country based NGO
  '30', // Public Private Partnership
  '40', // Multilateral
  '60', // Foundation
  '70', // Private Sector
  '71', // Private Sector in Provider Country
  '72', // Private Sector in Aid Recipient Country
  '73', // Private Sector in Third Country
  '80', // Academic, Training and Research
  '90', // Other
]);

/**
 * ResultType (non-embedded codelist): 9 Other, "another type of result, not specified above". The plans
 * do not say whether a commitment or an expected result is an output, an outcome or an impact (1, 2, 3),
 * so the export does not claim one.
 */
export const RESULT_TYPE_OTHER = '9';

/** IndicatorMeasure (non-embedded codelist): 1 Unit, 2 Percentage. */
export const INDICATOR_MEASURE = { unit: '1', percentage: '2' } as const;

/** SectorVocabulary (embedded codelist): 99 Reporting Organisation, a vocabulary the reporting organisation maintains. */
export const SECTOR_VOCABULARY_REPORTING_ORGANISATION = '99';
