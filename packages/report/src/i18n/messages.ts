import type { Language } from '@mirps/core';

// Every text the report package writes for people, in English and in Spanish: one catalogue, so
// nothing meant for a reader is written in one language only. The Spanish half has exactly the
// English half's keys. The plan's own text is data, never here and never translated.
// Dates and numbers reach these functions already written for the language (see _lib/number-text.ts).

type Entry = string | ((...args: string[]) => string | readonly string[]);

const en = {
  // Notes the renderers and assemblers add.
  illustrativeLabel: 'Illustrative data: ',
  illustrativeText:
    'this report is built from data its source marks as invented for illustration; its figures describe no real progress.',
  fallbackNote: (other: string) => `Some texts appear in ${other}, the language of their source, untranslated.`,
  languageName_en: 'English',
  languageName_es: 'Spanish',
  // Days and spans.
  dayRange: (from: string, to: string) => `${from} to ${to}`,
  // The plan report.
  presidencyOfTerm: (term: string, holder: string) => `Pro-Tempore Presidency ${term}: ${holder}`,
  background: 'Background',
  instrumentsIntro: 'The regional and global instruments the plan recalls:',
  achievementsHeading: 'Main achievements of the Pro-tempore Presidencies',
  achievementsOfTerm: (term: string, holder: string) => `Pro-tempore Presidency ${term}: ${holder}`,
  noAchievements: 'The sources list no achievements for this term.',
  visionHeading: (holder: string, year: string) =>
    `Vision and priorities of the ${holder} Pro-tempore Presidency ${year} Action Plan`,
  visionLabel: 'Vision: ',
  priorityLabel: (n: string) => `Priority ${n}: `,
  workMethodology: 'Work methodology',
  technicalMeetings: '1. Organization of technical meetings',
  highLevelEvents: '2. Visibility of the MIRPS in High-Level Events',
  keyDocuments: '3. Preparation of key documents',
  endOfTenure: 'At the end of the tenure',
  calendar: 'Calendar',
  // Objectives and the calendar.
  noCoordination: 'The plan names no coordinating working group for this objective.',
  coordinatedWith: 'Coordinated with the ',
  coordinationAnd: ' and the ',
  ledBy: (lead: string) => ` (led by ${lead})`,
  calendarCaption: (year: string) => `Calendar ${year}: activities by month`,
  activity: 'Activity',
  note: 'Note',
  timelineCaption: (year: string) => `The dated activities of ${year} on a timeline`,
  timelineAlt: (dated: string) => `Activities with dates in the sources: ${dated}.`,
  objectiveLabel: (n: string) => `Objective ${n} - `,
  actions: 'Actions',
  actionsOfTheme: (theme: string) => `Actions (${theme})`,
  expectedResults: 'Expected results',
  // Progress.
  status_not_started: 'Not started',
  status_in_progress: 'In progress',
  status_completed: 'Completed',
  status_blocked: 'Blocked',
  status_dropped: 'Dropped',
  overdue: ' (overdue)',
  objective: (n: string) => `Objective ${n}`,
  priority: (n: string) => `Priority ${n}`,
  wholePlan: 'Whole plan',
  partOfPlan: 'Part of the plan',
  completedColumn: 'Completed',
  countedColumn: 'Actions (not dropped)',
  share: 'Share',
  completionSentence: (day: string, completed: string, counted: string, percent: string) => [
    `On ${day}, `,
    `${completed} of ${counted}`,
    ` actions that still count are completed (${percent}).`,
  ],
  completionByPriority: 'Completion by priority',
  completionByObjective: 'Completion by objective',
  completionAlt: (label: string, percent: string, completed: string, counted: string) =>
    `${label}: ${percent} (${completed} of ${counted})`,
  attentionHeading: 'Blocked and overdue actions',
  nothingNeedsAttention: 'No action is blocked or overdue.',
  attentionCaption: 'Actions that need attention',
  everyStatusHeading: 'Status of every action',
  everyStatusCaption: (count: string, day: string) => `Status of the ${count} actions on ${day}`,
  actionColumn: 'Action',
  textColumn: 'Text',
  statusColumn: 'Status',
  reportedColumn: 'Reported',
  evidence: 'Evidence',
  unit_count: '',
  unit_days: ' days',
  unit_ratio: ' ratio',
  unit_usd: ' usd',
  expectedResult: 'Expected result: ',
  indicatorCaption: ': baseline, target and actual values',
  measure: 'Measure',
  period: 'Period',
  value: 'Value',
  baseline: 'Baseline',
  target: 'Target',
  actual: 'Actual',
  breakdownCaption: (period: string, dimension: string) => `, ${period}, by ${dimension}`,
  dimension_sex: 'sex',
  'dimension_age-group': 'age group',
  'dimension_population-group': 'population group',
  column_sex: 'Sex',
  'column_age-group': 'Age group',
  'column_population-group': 'Population group',
  noValueYet: 'No value measured by this day.',
  indicators: 'Indicators',
  noIndicators: 'No indicators were reported.',
  indicatorsIntro: 'Progress from the baseline toward each target, by the latest value measured.',
  indicatorsCaption: 'Indicators: share of the way from the baseline to the target',
  indicatorAlt: (value: string, target: string, share: string) =>
    `: ${value} against a target of ${target} (${share} of the way from the baseline)`,
  // The progress report.
  progressTitle: 'Progress of the ',
  progressSubtitle: (day: string, term: string, holder: string) =>
    `As of ${day} · Pro-Tempore Presidency ${term}: ${holder}`,
  summary: 'Summary',
  summarySentence: (actions: string, results: string, day: string, from: string, to: string) =>
    `This report covers the ${actions} actions and ${results} expected results of the plan, from the progress reported up to ${day}. The plan's term runs from ${from} to ${to}.`,
  // The memoir.
  memoirTitle: (term: string, holder: string) => `Memoir of the outgoing Pro-Tempore Presidency ${term}: ${holder}`,
  memoirSubtitle: (day: string) => `Report of the outgoing Pro-tempore Presidency of the MIRPS, as of ${day}`,
  achievements: 'Achievements',
  heldUnderVision: (holder: string, term: string) => [
    `${holder} held the Pro-Tempore Presidency for the term ${term}, under the vision: "`,
    '"',
  ],
  nothingCompleted: 'No action of the plan is reported completed by this day.',
  planProgress: 'Progress of the Regional Action Plan',
  actionsByStatus: 'Actions by status',
  calendarOfYear: (year: string) => `The calendar of ${year}`,
  handover: 'Handover',
  checklistCaption: 'Handover checklist',
  dutyColumn: 'Duty at the end of the tenure',
  whenColumn: 'When',
  theHandover: 'the handover',
  atEventUndated: (event: string) => `at ${event} (date not yet known)`,
  incomingHeading: (holder: string) => `The incoming Pro-Tempore Presidency: ${holder}`,
  termPassesTo: (label: string) => `The term ${label} passes to `,
  asTheRuleGives: ', as the rotation rule gives it',
  atEvent: (event: string) => `, at ${event}`,
  onDate: (date: string) => ` on ${date}`,
  dateNotYetKnown: ' (date not yet known)',
  circleCaption: 'The rotation circle: members in order, holders of the current cycle, the next holder',
  circleAlt: (members: string) => `The rotation circle in order: ${members}.`,
  nextHolderMark: ' (next holder)',
  outgoingHolderMark: ' (outgoing holder)',
  heldItInMark: (term: string) => ` (held it in ${term})`,
  // Charts, as pictures and as tables.
  figure: (caption: string) => `Figure: ${caption}`,
  dataOf: (caption: string) => `Data of: ${caption}`,
  item: 'Item',
  valueIn: (unit: string) => `Value (${unit})`,
  targetIn: (unit: string) => `Target (${unit})`,
  days: 'Days',
  order: 'Order',
  member: 'Member',
  inThisCycle: 'In this cycle',
  nextHolder: 'next holder',
  outgoingHolder: 'outgoing holder',
  heldIt: 'held it',
  heldItInCycle: (cycle: string) => `held it in cycle ${cycle}`,
  notYet: 'not yet',
  monthInitials: 'J F M A M J J A S O N D',
  // The IATI export.
  focusArea_protection: 'Protection',
  'focusArea_jobs-and-livelihoods': 'Jobs and livelihoods',
  'focusArea_social-protection': 'Social protection',
  focusArea_education: 'Education',
  focusArea_health: 'Health',
  iatiNationalPlan: (state: string, version: string) =>
    `National action plan of ${state} under the Comprehensive Regional Protection and Solutions Framework (MIRPS), version ${version}.`,
  iatiRegionalPlan: (term: string, holder: string) =>
    `Regional Action Plan of the MIRPS Pro-Tempore Presidency ${term}: ${holder}.`,
} satisfies Record<string, Entry>;

type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const es: Catalogue = {
  illustrativeLabel: 'Datos ilustrativos: ',
  illustrativeText:
    'este informe se basa en datos que su fuente señala como inventados para ilustrar; sus cifras no describen ningún avance real.',
  fallbackNote: (other: string) => `Algunos textos aparecen en ${other}, el idioma de su fuente, sin traducir.`,
  languageName_en: 'inglés',
  languageName_es: 'español',
  dayRange: (from: string, to: string) => `del ${from} al ${to}`,
  presidencyOfTerm: (term: string, holder: string) => `Presidencia Pro Tempore ${term}: ${holder}`,
  background: 'Antecedentes',
  instrumentsIntro: 'Los instrumentos regionales y globales que recuerda el plan:',
  achievementsHeading: 'Principales logros de las Presidencias Pro Tempore',
  achievementsOfTerm: (term: string, holder: string) => `Presidencia Pro Tempore ${term}: ${holder}`,
  noAchievements: 'Las fuentes no registran logros para este período.',
  visionHeading: (holder: string, year: string) =>
    `Visión y prioridades del Plan de Acción ${year} de la Presidencia Pro Tempore de ${holder}`,
  visionLabel: 'Visión: ',
  priorityLabel: (n: string) => `Prioridad ${n}: `,
  workMethodology: 'Metodología de trabajo',
  technicalMeetings: '1. Organización de reuniones técnicas',
  highLevelEvents: '2. Visibilidad del MIRPS en eventos de alto nivel',
  keyDocuments: '3. Preparación de documentos clave',
  endOfTenure: 'Al finalizar el mandato',
  calendar: 'Calendario',
  noCoordination: 'El plan no designa ningún grupo de trabajo coordinador para este objetivo.',
  coordinatedWith: 'En coordinación con el ',
  coordinationAnd: ' y el ',
  ledBy: (lead: string) => ` (a cargo de ${lead})`,
  calendarCaption: (year: string) => `Calendario ${year}: actividades por mes`,
  activity: 'Actividad',
  note: 'Nota',
  timelineCaption: (year: string) => `Las actividades con fecha de ${year} en una línea de tiempo`,
  timelineAlt: (dated: string) => `Actividades con fecha en las fuentes: ${dated}.`,
  objectiveLabel: (n: string) => `Objetivo ${n} - `,
  actions: 'Acciones',
  actionsOfTheme: (theme: string) => `Acciones (${theme})`,
  expectedResults: 'Resultados esperados',
  status_not_started: 'Sin iniciar',
  status_in_progress: 'En curso',
  status_completed: 'Completada',
  status_blocked: 'Bloqueada',
  status_dropped: 'Descartada',
  overdue: ' (vencida)',
  objective: (n: string) => `Objetivo ${n}`,
  priority: (n: string) => `Prioridad ${n}`,
  wholePlan: 'Plan completo',
  partOfPlan: 'Parte del plan',
  completedColumn: 'Completadas',
  countedColumn: 'Acciones (no descartadas)',
  share: 'Proporción',
  completionSentence: (day: string, completed: string, counted: string, percent: string) => [
    `Al ${day}, están completadas `,
    `${completed} de ${counted}`,
    ` acciones que siguen vigentes (${percent}).`,
  ],
  completionByPriority: 'Avance por prioridad',
  completionByObjective: 'Avance por objetivo',
  completionAlt: (label: string, percent: string, completed: string, counted: string) =>
    `${label}: ${percent} (${completed} de ${counted})`,
  attentionHeading: 'Acciones bloqueadas y vencidas',
  nothingNeedsAttention: 'Ninguna acción está bloqueada ni vencida.',
  attentionCaption: 'Acciones que requieren atención',
  everyStatusHeading: 'Estado de cada acción',
  everyStatusCaption: (count: string, day: string) => `Estado de las ${count} acciones al ${day}`,
  actionColumn: 'Acción',
  textColumn: 'Texto',
  statusColumn: 'Estado',
  reportedColumn: 'Informado',
  evidence: 'Evidencias',
  unit_count: '',
  unit_days: ' días',
  unit_ratio: ' (razón)',
  unit_usd: ' USD',
  expectedResult: 'Resultado esperado: ',
  indicatorCaption: ': línea de base, meta y valores reales',
  measure: 'Medida',
  period: 'Período',
  value: 'Valor',
  baseline: 'Línea de base',
  target: 'Meta',
  actual: 'Valor real',
  breakdownCaption: (period: string, dimension: string) => `, ${period}, por ${dimension}`,
  dimension_sex: 'sexo',
  'dimension_age-group': 'grupo de edad',
  'dimension_population-group': 'grupo de población',
  column_sex: 'Sexo',
  'column_age-group': 'Grupo de edad',
  'column_population-group': 'Grupo de población',
  noValueYet: 'Ningún valor medido a esta fecha.',
  indicators: 'Indicadores',
  noIndicators: 'No se informó ningún indicador.',
  indicatorsIntro: 'Avance desde la línea de base hacia cada meta, según el último valor medido.',
  indicatorsCaption: 'Indicadores: parte del recorrido desde la línea de base hasta la meta',
  indicatorAlt: (value: string, target: string, share: string) =>
    `: ${value} frente a una meta de ${target} (${share} del recorrido desde la línea de base)`,
  progressTitle: 'Avance del ',
  progressSubtitle: (day: string, term: string, holder: string) =>
    `Al ${day} · Presidencia Pro Tempore ${term}: ${holder}`,
  summary: 'Resumen',
  summarySentence: (actions: string, results: string, day: string, from: string, to: string) =>
    `Este informe abarca las ${actions} acciones y los ${results} resultados esperados del plan, según el avance informado hasta el ${day}. El período del plan va del ${from} al ${to}.`,
  memoirTitle: (term: string, holder: string) => `Memoria de la Presidencia Pro Tempore saliente ${term}: ${holder}`,
  memoirSubtitle: (day: string) => `Informe de la Presidencia Pro Tempore saliente del MIRPS, al ${day}`,
  achievements: 'Logros',
  heldUnderVision: (holder: string, term: string) => [
    `${holder} ejerció la Presidencia Pro Tempore en el período ${term}, con la visión: «`,
    '»',
  ],
  nothingCompleted: 'Ninguna acción del plan figura como completada a esta fecha.',
  planProgress: 'Avance del Plan de Acción Regional',
  actionsByStatus: 'Acciones por estado',
  calendarOfYear: (year: string) => `El calendario de ${year}`,
  handover: 'Traspaso',
  checklistCaption: 'Lista de verificación del traspaso',
  dutyColumn: 'Tarea al finalizar el mandato',
  whenColumn: 'Cuándo',
  theHandover: 'el traspaso',
  atEventUndated: (event: string) => `en ${event} (fecha aún no conocida)`,
  incomingHeading: (holder: string) => `La Presidencia Pro Tempore entrante: ${holder}`,
  termPassesTo: (label: string) => `El período ${label} pasa a `,
  asTheRuleGives: ', según la regla de rotación',
  atEvent: (event: string) => `, en ${event}`,
  onDate: (date: string) => `, el ${date}`,
  dateNotYetKnown: ' (fecha aún no conocida)',
  circleCaption: 'El círculo de rotación: miembros en orden, titulares del ciclo actual y próximo titular',
  circleAlt: (members: string) => `El círculo de rotación en orden: ${members}.`,
  nextHolderMark: ' (próximo titular)',
  outgoingHolderMark: ' (titular saliente)',
  heldItInMark: (term: string) => ` (la ejerció en ${term})`,
  figure: (caption: string) => `Figura: ${caption}`,
  dataOf: (caption: string) => `Datos de: ${caption}`,
  item: 'Elemento',
  valueIn: (unit: string) => `Valor (${unit})`,
  targetIn: (unit: string) => `Meta (${unit})`,
  days: 'Días',
  order: 'Orden',
  member: 'Miembro',
  inThisCycle: 'En este ciclo',
  nextHolder: 'próximo titular',
  outgoingHolder: 'titular saliente',
  heldIt: 'la ejerció',
  heldItInCycle: (cycle: string) => `la ejerció en el ciclo ${cycle}`,
  notYet: 'aún no',
  monthInitials: 'E F M A M J J A S O N D',
  focusArea_protection: 'Protección',
  'focusArea_jobs-and-livelihoods': 'Empleo y medios de vida',
  'focusArea_social-protection': 'Protección social',
  focusArea_education: 'Educación',
  focusArea_health: 'Salud',
  iatiNationalPlan: (state: string, version: string) =>
    `Plan de acción nacional de ${state} en el Marco Integral Regional para la Protección y Soluciones (MIRPS), versión ${version}.`,
  iatiRegionalPlan: (term: string, holder: string) =>
    `Plan de Acción Regional de la Presidencia Pro Tempore del MIRPS ${term}: ${holder}.`,
};

/** The texts of the report package in one language. */
export type Messages = Catalogue;

const CATALOGUE: Readonly<Record<Language, Messages>> = { en, es };

/** The catalogue of a language. */
export const messages = (language: Language): Messages => CATALOGUE[language];

/**
 * The language the SDK writes in for a document's language tag (any well-formed BCP 47 tag is
 * allowed in a document): Spanish for `es` and its regional variants, English for anything else.
 */
export const languageOfTag = (tag: string): Language => (/^es(?:-|$)/i.test(tag) ? 'es' : 'en');

const PLACEHOLDER = '\u0000';

/**
 * The static fragments of the English catalogue — each entry's text, and each function entry called
 * with placeholder arguments and split on them — for a test that no English text of the SDK's own
 * reaches a Spanish report. Fragments shorter than `minLength` characters, and those the Spanish
 * catalogue has too, are left out.
 */
export function englishFragments(minLength = 6): string[] {
  const pieces = (catalogue: Messages): string[] =>
    Object.values(catalogue).flatMap((entry: Entry) => {
      const value =
        typeof entry === 'string' ? entry : entry(...Array.from({ length: entry.length }, () => PLACEHOLDER));
      return (typeof value === 'string' ? [value] : [...value]).flatMap((text) => text.split(PLACEHOLDER));
    });
  const spanish = new Set(pieces(es).map((p) => p.trim()));
  return [...new Set(pieces(en).map((p) => p.trim()))].filter((p) => p.length >= minLength && !spanish.has(p));
}
