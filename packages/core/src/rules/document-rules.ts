import { deepFreeze } from '../_lib/deep-freeze.js';
import type { MirpsIssueCode } from '../errors/issue.js';

/**
 * A rule a document must follow beyond its shape: what JSON Schema cannot
 * express (references that must resolve, numbering, dates within terms), in
 * English and Spanish. `@mirps/schemas` ships them as `json/rules.json`, which
 * each document's JSON Schema names in its `$comment`, so that a consumer in
 * any language knows which checks `parseX` adds.
 *
 * @example
 * ```ts
 * import type { DocumentRule } from '@mirps/core';
 * const rule: DocumentRule = {
 *   code: 'ref.duplicate-id',
 *   rule: 'Ids are unique across the whole plan.',
 *   text: { en: 'Ids are unique across the whole plan.', es: 'Los identificadores son únicos en todo el plan.' },
 * };
 * ```
 */
export interface DocumentRule {
  /** The issue code reported when the rule is broken. */
  readonly code: MirpsIssueCode;
  /** The rule in a sentence, in English: the same as `text.en`. */
  readonly rule: string;
  /** The rule in a sentence, in English (`en`, the same as `rule`) and in Spanish (`es`). */
  readonly text: { readonly en: string; readonly es: string };
}

/** A rule, written once in each language: its `rule` is its English text. */
const defineRule = (code: MirpsIssueCode, text: { en: string; es: string }): DocumentRule => ({
  code,
  rule: text.en,
  text,
});

// The rules the progress of a regional and of a national action plan share (core checks both with the same code),
// written once.
const PROGRESS_IDS = defineRule('ref.duplicate-id', {
  en: 'Record and indicator ids are unique.',
  es: 'Los identificadores de los registros y de los indicadores son únicos.',
});
const REPORTING_STATE = defineRule('ref.unknown-member-state', {
  en: 'A reporting member state is a member state of the reference data.',
  es: 'Un Estado miembro que informa es un Estado miembro de los datos de referencia.',
});
const REPORTING_BODY = defineRule('ref.unknown-body', {
  en: 'A reporting body is a working group or partner of the reference data.',
  es: 'Una entidad que informa es un Grupo de Trabajo o un socio de los datos de referencia.',
});
const MEASURED_PERIOD = defineRule('dates.range-reversed', {
  en: 'A measured period does not end before it starts.',
  es: 'Un período de medición no termina antes de empezar.',
});
const DISAGGREGATION = defineRule('progress.disaggregation-mismatch', {
  en: 'For counts and amounts, each breakdown of a value adds up to the value.',
  es: 'En conteos y montos, cada desglose de un valor suma ese valor.',
});

/**
 * The rules of each top-level document beyond its shape, in the order they are
 * checked, each in English and Spanish (`text.en`, `text.es`; `rule` is the
 * English). `parseActionPlan`, `parseReferenceData`, `parsePresidencyLedger`,
 * `parsePlanProgress`, `parseNationalActionPlan`, `parseNationalPlanProgress`,
 * `parseRegionalSupport` and `createRotation` enforce them; a JSON Schema validator does not. Frozen.
 *
 * @example
 * ```ts
 * import { DOCUMENT_RULES } from '@mirps/core';
 * DOCUMENT_RULES.ActionPlan.map((r) => r.code).includes('ref.unknown-working-group'); // true
 * DOCUMENT_RULES.ActionPlan[0].text.es; // 'Los identificadores son únicos en todo el plan.'
 * ```
 */
export const DOCUMENT_RULES: {
  readonly ActionPlan: readonly DocumentRule[];
  readonly ReferenceData: readonly DocumentRule[];
  readonly PresidencyLedger: readonly DocumentRule[];
  readonly RotationSetup: readonly DocumentRule[];
  readonly PlanProgress: readonly DocumentRule[];
  readonly NationalActionPlan: readonly DocumentRule[];
  readonly NationalPlanProgress: readonly DocumentRule[];
  readonly RegionalSupport: readonly DocumentRule[];
} = deepFreeze({
  ActionPlan: [
    defineRule('ref.duplicate-id', {
      en: 'Ids are unique across the whole plan.',
      es: 'Los identificadores son únicos en todo el plan.',
    }),
    defineRule('numbering.duplicate', {
      en: 'No two priorities, objectives, actions or expected results share a number.',
      es: 'No hay dos prioridades, dos objetivos, dos acciones ni dos resultados esperados con el mismo número.',
    }),
    defineRule('ref.unknown-priority', {
      en: "Every objective's priority is a priority of the plan.",
      es: 'La prioridad de cada objetivo es una prioridad del plan.',
    }),
    defineRule('numbering.mismatch', {
      en: 'An objective is numbered under its priority (1.x under priority 1); an action or result under its objective (1.2.x under 1.2).',
      es: 'Un objetivo se numera bajo su prioridad (1.x bajo la prioridad 1); una acción o un resultado esperado, bajo su objetivo (1.2.x bajo 1.2).',
    }),
    defineRule('ref.unknown-objective', {
      en: "Every action's, expected result's and calendar activity's objective is an objective of the plan.",
      es: 'El objetivo de cada acción, de cada resultado esperado y de cada actividad del calendario es un objetivo del plan.',
    }),
    defineRule('ref.unknown-working-group', {
      en: 'Every working group named by an action or calendar activity exists in the reference data.',
      es: 'Todo Grupo de Trabajo que nombra una acción o una actividad del calendario figura en los datos de referencia.',
    }),
    defineRule('ref.unknown-instrument', {
      en: 'Every instrument the plan cites exists in the reference data.',
      es: 'Todo instrumento que cita el plan figura en los datos de referencia.',
    }),
    defineRule('presidency.holder-mismatch', {
      en: 'The holder is the one the presidency ledger records for the term, where it records the term.',
      es: 'El titular es el que el registro de presidencias indica para el mandato, si el registro incluye ese mandato.',
    }),
    defineRule('ref.unknown-member-state', {
      en: 'The holder is a member state of the reference data.',
      es: 'El titular es un Estado miembro de los datos de referencia.',
    }),
    defineRule('presidency.holder-not-member', {
      en: 'The holder was a member when the term began.',
      es: 'El titular era miembro cuando comenzó el mandato.',
    }),
    defineRule('dates.range-reversed', {
      en: 'A calendar range does not end before it starts, nor a time of day before its start.',
      es: 'Un intervalo de fechas del calendario no termina antes de empezar, ni un horario antes de su hora de inicio.',
    }),
    defineRule('dates.outside-plan-year', {
      en: "Calendar dates (and a recurrence's start, exception and added days) fall in the plan's year unless the activity sets outsidePlanYear.",
      es: 'Las fechas del calendario (y el inicio de una recurrencia, sus días de excepción y sus días añadidos) quedan dentro del año del plan, salvo que la actividad indique outsidePlanYear.',
    }),
    defineRule('schedule.unknown-time-zone', {
      en: 'A time of day names a time zone the IANA database knows.',
      es: 'Un horario indica una zona horaria que conoce la base de datos de la IANA.',
    }),
  ],
  ReferenceData: [
    defineRule('ref.duplicate-id', {
      en: 'Member state ids are unique; the ids of working groups, partners, instruments, Annual Meetings and pledges are unique together.',
      es: 'Los identificadores de los Estados miembros son únicos; los de los Grupos de Trabajo, socios, instrumentos, Reuniones Anuales y compromisos del Foro son únicos entre todos ellos.',
    }),
    defineRule('ref.duplicate-code', {
      en: 'No two member states share an ISO 3166-1 alpha-3 code.',
      es: 'No hay dos Estados miembros con el mismo código ISO 3166-1 alfa-3.',
    }),
    defineRule('numbering.duplicate', {
      en: 'No two Annual Meetings share a number.',
      es: 'No hay dos Reuniones Anuales con el mismo número.',
    }),
    defineRule('dates.range-reversed', {
      en: 'Memberships, suspensions and partner roles do not end before they start.',
      es: 'Las membresías, las suspensiones y las funciones de los socios no terminan antes de empezar.',
    }),
    defineRule('membership.periods-overlap', {
      en: "A member state's membership periods are listed oldest first and do not overlap.",
      es: 'Los períodos de membresía de un Estado miembro se ordenan del más antiguo al más reciente y no se superponen.',
    }),
    defineRule('membership.suspension-outside-period', {
      en: 'A suspension falls within its membership period.',
      es: 'Una suspensión queda dentro de su período de membresía.',
    }),
    defineRule('ref.unknown-member-state', {
      en: 'Working-group leads, Annual Meeting hosts and member states that submit a pledge are member states.',
      es: 'Los Estados al frente de un Grupo de Trabajo, los que acogen una Reunión Anual y los que presentan un compromiso del Foro son Estados miembros.',
    }),
    defineRule('ref.unknown-working-group', {
      en: "A pledge's working group is a working group of the reference data.",
      es: 'El Grupo de Trabajo de un compromiso del Foro es un Grupo de Trabajo de los datos de referencia.',
    }),
    defineRule('ref.unknown-body', {
      en: 'A body that submits a pledge is a working group or partner of the reference data.',
      es: 'Una entidad que presenta un compromiso del Foro es un Grupo de Trabajo o un socio de los datos de referencia.',
    }),
  ],
  PresidencyLedger: [
    defineRule('ref.duplicate-id', {
      en: 'Term and achievement ids are unique.',
      es: 'Los identificadores de los mandatos y de los logros son únicos.',
    }),
    defineRule('ref.unknown-member-state', {
      en: 'Every holder is a member state of the reference data.',
      es: 'Cada titular es un Estado miembro de los datos de referencia.',
    }),
    defineRule('presidency.holder-not-member', {
      en: 'Every holder was a member when its term began (the handover, else the year the term is named after).',
      es: 'Cada titular era miembro cuando comenzó su mandato (en el traspaso o, si no lo hay, en el año que da nombre al mandato).',
    }),
    defineRule('ref.unknown-annual-meeting', {
      en: 'A handover names an Annual Meeting of the reference data.',
      es: 'Un traspaso nombra una Reunión Anual de los datos de referencia.',
    }),
    defineRule('dates.out-of-order', {
      en: 'Terms are listed oldest first.',
      es: 'Los mandatos se ordenan del más antiguo al más reciente.',
    }),
    defineRule('presidency.terms-overlap', {
      en: 'No two terms share a label, and no term begins before the term before it.',
      es: 'No hay dos mandatos con la misma etiqueta, y ningún mandato comienza antes que el mandato anterior.',
    }),
  ],
  RotationSetup: [
    defineRule('ref.duplicate-id', {
      en: 'Member ids are unique, and an explicit order lists each member once.',
      es: 'Los identificadores de los miembros son únicos, y un orden explícito incluye a cada miembro una sola vez.',
    }),
    defineRule('rotation.unknown-member', {
      en: 'The order, the ledger, departures and overrides name only members of the setup.',
      es: 'El orden, el registro, las excepciones registradas y las excepciones previstas solo nombran a miembros de la configuración.',
    }),
    defineRule('rotation.order-mismatch', {
      en: 'An explicit order lists every member.',
      es: 'Un orden explícito incluye a todos los miembros.',
    }),
    defineRule('rotation.missing-name', {
      en: 'For an alphabetical order, every member has a sortKey or a name in the order’s language.',
      es: 'En un orden alfabético, cada miembro tiene sortKey o un nombre en el idioma del orden.',
    }),
    defineRule('rotation.invalid-locale', {
      en: 'An alphabetical order’s locale is one this JavaScript runtime can collate in.',
      es: 'La configuración regional de un orden alfabético es una que este entorno de JavaScript puede usar para ordenar.',
    }),
    defineRule('dates.range-reversed', {
      en: 'Memberships and suspensions do not end before they start.',
      es: 'Las membresías y las suspensiones no terminan antes de empezar.',
    }),
    defineRule('rotation.invalid-label', {
      en: 'Term labels match the term length: "2024", "2024-H1" or "2024-03".',
      es: 'Las etiquetas de los mandatos corresponden a su duración: "2024", "2024-H1" o "2024-03".',
    }),
    defineRule('presidency.holder-not-member', {
      en: 'Every recorded holder was a member when its term began.',
      es: 'Cada titular registrado era miembro cuando comenzó su mandato.',
    }),
    defineRule('rotation.ledger-gap', {
      en: 'Recorded terms are consecutive.',
      es: 'Los mandatos registrados son consecutivos.',
    }),
    defineRule('presidency.terms-overlap', {
      en: 'No two recorded terms share a label, and no handover comes before the one before it.',
      es: 'No hay dos mandatos registrados con la misma etiqueta, y ningún traspaso es anterior al traspaso previo.',
    }),
    defineRule('dates.out-of-order', {
      en: 'Recorded terms are listed oldest first.',
      es: 'Los mandatos registrados se ordenan del más antiguo al más reciente.',
    }),
    defineRule('rotation.departure-needs-member', {
      en: 'A forfeited or declined turn names the member whose turn it was (inPlaceOf).',
      es: 'Un turno al que se renuncia o un turno declinado indica el miembro al que le correspondía (inPlaceOf).',
    }),
    defineRule('rotation.override-conflict', {
      en: 'Overrides are for terms after the ledger, one per term.',
      es: 'Las excepciones previstas son para mandatos posteriores al registro, una por mandato.',
    }),
  ],
  PlanProgress: [
    PROGRESS_IDS,
    defineRule('progress.plan-mismatch', {
      en: 'The progress names the plan it is checked against.',
      es: 'El avance nombra el plan con el que se comprueba.',
    }),
    defineRule('progress.duplicate-status', {
      en: 'No two records give a status for the same action on the same day.',
      es: 'No hay dos registros que den la situación de la misma acción el mismo día.',
    }),
    defineRule('ref.unknown-action', {
      en: "Every record's action is an action of the plan.",
      es: 'La acción de cada registro es una acción del plan.',
    }),
    defineRule('progress.outside-term', {
      en: "Record days and measured periods fall within the plan's term (its handover, where recorded, to the end of its year).",
      es: 'Los días de los registros y los períodos de medición quedan dentro del mandato del plan (desde su traspaso, si está registrado, hasta el final de su año).',
    }),
    REPORTING_STATE,
    REPORTING_BODY,
    defineRule('ref.unknown-result', {
      en: "Every indicator's result is an expected result of the plan.",
      es: 'El resultado de cada indicador es un resultado esperado del plan.',
    }),
    MEASURED_PERIOD,
    DISAGGREGATION,
  ],
  NationalActionPlan: [
    defineRule('ref.duplicate-id', {
      en: 'Commitment ids are unique; the focus areas a plan declares are unique and none is one of the five standard areas.',
      es: 'Los identificadores de los compromisos son únicos; las áreas de enfoque que declara un plan son únicas y ninguna es una de las cinco áreas estándar.',
    }),
    defineRule('ref.unknown-member-state', {
      en: "The plan's state is a member state of the reference data.",
      es: 'El Estado del plan es un Estado miembro de los datos de referencia.',
    }),
    defineRule('dates.range-reversed', {
      en: "The plan's period and each commitment's do not end before they start.",
      es: 'El período del plan y el de cada compromiso no terminan antes de empezar.',
    }),
    defineRule('ref.unknown-focus-area', {
      en: "Every commitment's focus area is one of the five standard areas or one the plan declares.",
      es: 'El área de enfoque de cada compromiso es una de las cinco áreas estándar o una que declara el plan.',
    }),
    defineRule('dates.outside-plan-period', {
      en: "A commitment's period lies within the plan's.",
      es: 'El período de un compromiso queda dentro del período del plan.',
    }),
    defineRule('ref.unknown-working-group', {
      en: 'The working groups a commitment names exist in the reference data.',
      es: 'Los Grupos de Trabajo que nombra un compromiso figuran en los datos de referencia.',
    }),
    defineRule('ref.unknown-pledge', {
      en: 'The pledges a commitment names exist in the reference data.',
      es: 'Los compromisos del Foro que nombra un compromiso figuran en los datos de referencia.',
    }),
  ],
  NationalPlanProgress: [
    PROGRESS_IDS,
    defineRule('progress.plan-mismatch', {
      en: 'The progress names the national action plan it is checked against.',
      es: 'El avance nombra el plan de acción nacional con el que se comprueba.',
    }),
    defineRule('progress.duplicate-status', {
      en: 'No two records give a status for the same commitment on the same day.',
      es: 'No hay dos registros que den la situación del mismo compromiso el mismo día.',
    }),
    defineRule('ref.unknown-commitment', {
      en: 'Every record and indicator names a commitment of the plan.',
      es: 'Cada registro y cada indicador nombran un compromiso del plan.',
    }),
    defineRule('dates.outside-plan-period', {
      en: "Record days, measured periods and reviewed years fall within the plan's period.",
      es: 'Los días de los registros, los períodos de medición y los años revisados quedan dentro del período del plan.',
    }),
    REPORTING_STATE,
    REPORTING_BODY,
    defineRule('progress.status-regressed', {
      en: "A commitment's status that goes back from the one before it (not started < in progress or blocked < completed or dropped) gives a reason.",
      es: 'Si la situación de un compromiso retrocede respecto de la anterior (sin iniciar < en curso o bloqueado < completado o descartado), se indica el motivo.',
    }),
    MEASURED_PERIOD,
    DISAGGREGATION,
    defineRule('progress.duplicate-review', {
      en: 'No two reviews are of the same year.',
      es: 'No hay dos revisiones del mismo año.',
    }),
  ],
  RegionalSupport: [
    defineRule('ref.duplicate-id', {
      en: 'The ids of pledges, contributions and Fund projects are unique together.',
      es: 'Los identificadores de los compromisos del Foro, las contribuciones y los proyectos del Fondo son únicos entre todos ellos.',
    }),
    defineRule('ref.unknown-working-group', {
      en: "A pledge's working group exists in the reference data.",
      es: 'El Grupo de Trabajo de un compromiso del Foro figura en los datos de referencia.',
    }),
    defineRule('ref.unknown-member-state', {
      en: 'Submitting states, supported states and the states of Fund projects are member states of the reference data.',
      es: 'Los Estados que presentan compromisos del Foro, los Estados apoyados y los Estados de los proyectos del Fondo son Estados miembros de los datos de referencia.',
    }),
    defineRule('ref.unknown-body', {
      en: 'A submitting body is a working group or partner, and a contributor a partner, of the reference data.',
      es: 'Una entidad que presenta un compromiso del Foro es un Grupo de Trabajo o un socio de los datos de referencia, y un contribuyente es un socio de los datos de referencia.',
    }),
    defineRule('ref.unknown-action', {
      en: 'The actions a pledge names are actions of the Regional Action Plan given.',
      es: 'Las acciones que nombra un compromiso del Foro son acciones del Plan de Acción Regional dado.',
    }),
    defineRule('ref.unknown-commitment', {
      en: 'The commitments a pledge or Fund project names are commitments of the national action plans given.',
      es: 'Los compromisos nacionales que nombra un compromiso del Foro o un proyecto del Fondo son compromisos de los planes de acción nacionales dados.',
    }),
    defineRule('pledge.unlinked', {
      en: 'Every pledge is linked to a working group, an action of the Regional Action Plan or a national commitment.',
      es: 'Todo compromiso del Foro está vinculado a un Grupo de Trabajo, a una acción del Plan de Acción Regional o a un compromiso nacional.',
    }),
    defineRule('support.unlinked', {
      en: 'Every contribution supports a member state, a focus area or a pledge.',
      es: 'Toda contribución apoya a un Estado miembro, un área de enfoque o un compromiso del Foro.',
    }),
    defineRule('ref.unknown-focus-area', {
      en: "A supported focus area is a standard one, or one the supported state's national action plan declares.",
      es: 'Un área de enfoque apoyada es una de las áreas estándar o una que declara el plan de acción nacional del Estado apoyado.',
    }),
    defineRule('ref.unknown-pledge', {
      en: 'A supported pledge is a pledge of the document or of the reference data.',
      es: 'Un compromiso del Foro apoyado es un compromiso del Foro del documento o de los datos de referencia.',
    }),
    defineRule('dates.range-reversed', {
      en: 'Contribution and project periods do not end before they start.',
      es: 'Los períodos de las contribuciones y de los proyectos no terminan antes de empezar.',
    }),
    defineRule('fund.currency-mismatch', {
      en: "Where the Fund states its total, its contributions and its projects' budgets are in the total's currency.",
      es: 'Si el Fondo indica su total, sus contribuciones y los presupuestos de sus proyectos están en la moneda del total.',
    }),
    defineRule('fund.total-mismatch', {
      en: "Where the Fund states its total, its contributions add up to it and its projects' budgets do not exceed it.",
      es: 'Si el Fondo indica su total, sus contribuciones suman ese total y los presupuestos de sus proyectos no lo superan.',
    }),
  ],
});
