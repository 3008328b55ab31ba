import type { ActionStatus, Language } from '@mirps/core';
import { type Messages, messages } from '../../i18n/messages.js';

// The texts the HXL export writes for people, in English and in Spanish, that the report's catalogue
// (i18n/messages.ts) has not: the headers. The statuses, the words
// baseline, target and actual, and the warning on illustrative data are the report's own. The Spanish half has
// exactly the English half's keys. Text from the data (commitments, titles, institutions) is never here.

const en = {
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
  baselineDate: 'Baseline date',
  targetDate: 'Target date',
} satisfies Record<string, string>;

/** What the export takes from the report's catalogue. */
const shared = (m: Messages) => ({
  illustrativeWarning: m.illustrativeLabel + m.illustrativeFileText,
  baseline: m.baseline,
  target: m.target,
  actual: m.actual,
  'status_not-started': m.commitmentStatus_not_started,
  'status_in-progress': m.commitmentStatus_in_progress,
  status_completed: m.commitmentStatus_completed,
  status_blocked: m.commitmentStatus_blocked,
  status_dropped: m.commitmentStatus_dropped,
});

type Own = { readonly [K in keyof typeof en]: string };

/** The catalogue of one language. */
export type HXLMessages = Own & Readonly<Record<`status_${ActionStatus}`, string>> & ReturnType<typeof shared>;

const es: Own = {
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
  baselineDate: 'Fecha de la línea de base',
  targetDate: 'Fecha de la meta',
};

const CATALOGUE: Readonly<Record<Language, HXLMessages>> = {
  en: { ...en, ...shared(messages('en')) },
  es: { ...es, ...shared(messages('es')) },
};

/** The HXL export's texts in a language. */
export const hxlMessages = (language: Language): HXLMessages => CATALOGUE[language];
