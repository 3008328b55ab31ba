import type { ActionStatus, Language, StandardFocusArea } from '@mirps/core';

// Every text the HXL export writes for people, in English and in Spanish: the header row, the names of the
// standard focus areas and of the statuses, and the warning on illustrative data. The Spanish half has exactly
// the English half's keys. Text from the data (commitments, titles, institutions) is never here, never translated.

const en = {
  illustrativeWarning:
    'Illustrative data: this table is built from data its source marks as invented for illustration; its figures describe no real progress.',
  // Headers shared by both tables.
  countryIso3: 'Country code (ISO 3166-1 alpha-3)',
  countryIso2: 'Country code (ISO 3166-1 alpha-2)',
  country: 'Country',
  commitment: 'Commitment',
  focusAreaCode: 'Focus area code',
  focusArea: 'Focus area',
  // The commitments table.
  plan: 'National action plan',
  commitmentText: 'Commitment text',
  responsibleInstitutions: 'Responsible institutions',
  start: 'Start',
  end: 'End',
  statusCode: 'Status code',
  status: 'Status',
  statusDate: 'Status reported on',
  // The indicators table.
  indicatorCode: 'Indicator code',
  indicator: 'Indicator',
  unit: 'Unit',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  actual: 'Actual value',
  female: 'Female',
  male: 'Male',
  otherSex: 'Other sex',
  age0To17: 'Age 0–17',
  age18To59: 'Age 18–59',
  age60Plus: 'Age 60+',
  refugees: 'Refugees',
  asylumSeekers: 'Asylum-seekers',
  internallyDisplaced: 'Internally displaced persons',
  returnees: 'Returnees with protection needs',
  stateless: 'Stateless persons',
  baseline: 'Baseline',
  baselineDate: 'Baseline date',
  target: 'Target',
  targetDate: 'Target date',
  // The five standard focus areas, as the MIRPS country pages name them.
  focusArea_protection: 'Protection',
  'focusArea_jobs-and-livelihoods': 'Jobs and Livelihoods',
  'focusArea_social-protection': 'Social Protection',
  focusArea_education: 'Education',
  focusArea_health: 'Health',
  // A commitment's status.
  'status_not-started': 'Not started',
  'status_in-progress': 'In progress',
  status_completed: 'Completed',
  status_blocked: 'Blocked',
  status_dropped: 'Dropped',
} satisfies Record<`focusArea_${StandardFocusArea}` | `status_${ActionStatus}`, string> & Record<string, string>;

/** The catalogue of one language. */
export type HXLMessages = { readonly [K in keyof typeof en]: string };

const es: HXLMessages = {
  illustrativeWarning:
    'Datos ilustrativos: esta tabla se elaboró con datos que su fuente marca como inventados a modo de ilustración; sus cifras no describen ningún avance real.',
  countryIso3: 'Código del país (ISO 3166-1 alfa-3)',
  countryIso2: 'Código del país (ISO 3166-1 alfa-2)',
  country: 'País',
  commitment: 'Compromiso',
  focusAreaCode: 'Código del área de enfoque',
  focusArea: 'Área de enfoque',
  plan: 'Plan de acción nacional',
  commitmentText: 'Texto del compromiso',
  responsibleInstitutions: 'Instituciones responsables',
  start: 'Inicio',
  end: 'Fin',
  statusCode: 'Código de la situación',
  status: 'Situación',
  statusDate: 'Situación informada el',
  indicatorCode: 'Código del indicador',
  indicator: 'Indicador',
  unit: 'Unidad',
  periodStart: 'Inicio del período',
  periodEnd: 'Fin del período',
  actual: 'Valor real',
  female: 'Mujeres',
  male: 'Hombres',
  otherSex: 'Otro sexo',
  age0To17: 'Edad 0–17',
  age18To59: 'Edad 18–59',
  age60Plus: 'Edad 60+',
  refugees: 'Personas refugiadas',
  asylumSeekers: 'Personas solicitantes de asilo',
  internallyDisplaced: 'Personas desplazadas internas',
  returnees: 'Personas retornadas con necesidades de protección',
  stateless: 'Personas apátridas',
  baseline: 'Línea de base',
  baselineDate: 'Fecha de la línea de base',
  target: 'Meta',
  targetDate: 'Fecha de la meta',
  focusArea_protection: 'Protección',
  'focusArea_jobs-and-livelihoods': 'Empleo y medios de vida',
  'focusArea_social-protection': 'Protección social',
  focusArea_education: 'Educación',
  focusArea_health: 'Salud',
  'status_not-started': 'Sin iniciar',
  'status_in-progress': 'En curso',
  status_completed: 'Completado',
  status_blocked: 'Bloqueado',
  status_dropped: 'Descartado',
};

const CATALOGUE: Readonly<Record<Language, HXLMessages>> = { en, es };

/** The HXL export's texts in a language. */
export const hxlMessages = (language: Language): HXLMessages => CATALOGUE[language];
