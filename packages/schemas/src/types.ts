/* eslint-disable */
/**
 * Generated from the zod schemas of @mirps/core by packages/schemas/scripts/generate.mjs. Do not edit: run `npm run generate -w @mirps/schemas`.
 *
 * The MIRPS wire format as plain TypeScript types, generated from the JSON Schemas.
 *
 * @packageDocumentation
 */

/**
 * A stable, human-readable identifier that a report or a link can cite: lower-case letters and digits in words joined by `-` or `.`, such as `objective-1.2` or `wg-internal-displacement`.
 *
 * @example
 * ```ts
 * import type { Id } from '@mirps/schemas/types';
 * ```
 */
export type Id = string;
/**
 * A group the 2023 plan puts emphasis on: women, adolescents, girls or boys.
 *
 * @example
 * ```ts
 * import type { EmphasisGroup } from '@mirps/schemas/types';
 * ```
 */
export type EmphasisGroup = 'women' | 'adolescents' | 'girls' | 'boys';
/**
 * Who names a record's emphasis groups: the plan's words, or the SDK's reading of them. See EMPHASIS_SOURCES.
 *
 * @example
 * ```ts
 * import type { EmphasisSource } from '@mirps/schemas/types';
 * ```
 */
export type EmphasisSource = 'plan' | 'sdk-reading';
/**
 * A population MIRPS serves: refugees, asylum-seekers, internally displaced persons, returnees with protection needs, or stateless persons.
 *
 * @example
 * ```ts
 * import type { PopulationGroup } from '@mirps/schemas/types';
 * ```
 */
export type PopulationGroup =
  | 'refugees'
  | 'asylum-seekers'
  | 'internally-displaced-persons'
  | 'returnees-with-protection-needs'
  | 'stateless-persons';
/**
 * A member state's identifier: its ISO 3166-1 alpha-2 code, e.g. `PA`.
 *
 * @example
 * ```ts
 * import type { MemberStateId } from '@mirps/schemas/types';
 * ```
 */
export type MemberStateId = string;
/**
 * When an activity happens: on one or more dates (`dates`), over a span of days (`range`), by an RFC 5545 recurrence rule with its exceptions and added days (`recurrence`), or `unscheduled`: the source gives no date, and the SDK says so rather than guess. Dates and ranges may be of year, month or day precision.
 *
 * @example
 * ```ts
 * import type { Schedule } from '@mirps/schemas/types';
 * ```
 */
export type Schedule =
  | {
      kind: 'dates';
      /**
       * At least 1 item.
       */
      dates: PartialDate[];
    }
  | {
      kind: 'range';
      start: PartialDate;
      end: PartialDate;
    }
  | {
      kind: 'recurrence';
      start: CalendarDay;
      rrule: string;
      exdates?: CalendarDay[] | undefined;
      rdates?: CalendarDay[] | undefined;
    }
  | {
      kind: 'unscheduled';
      note?: LocalizedText | undefined;
    };
/**
 * A date known to the year (`2019`), the month (`2019-06`) or the day (`2019-06-30`), as in Popolo: sources often know no more than the month. Must be a real calendar date (`2023-02-29` is rejected).
 *
 * @example
 * ```ts
 * import type { PartialDate } from '@mirps/schemas/types';
 * ```
 */
export type PartialDate = string;
/**
 * A calendar day, `YYYY-MM-DD`: a real day, known to the day. Used where a reduced precision makes no sense, such as the start of a recurrence.
 *
 * @example
 * ```ts
 * import type { CalendarDay } from '@mirps/schemas/types';
 * ```
 */
export type CalendarDay = string;
/**
 * Where something takes place: online, or in a city of a country (ISO 3166-1 alpha-2, any country, not only member states).
 *
 * @example
 * ```ts
 * import type { Location } from '@mirps/schemas/types';
 * ```
 */
export type Location =
  | {
      kind: 'virtual';
    }
  | {
      kind: 'in-person';
      city: {
        /**
         * English text, on one line.
         */
        en?: string | undefined;
        /**
         * Spanish text, on one line.
         */
        es?: string | undefined;
      };
      country: string;
    };
/**
 * One breakdown of a value: by sex (`female`, `male`, `other`), by age group (`0-17`, `18-59`, `60+`), or by population group.
 *
 * @example
 * ```ts
 * import type { Disaggregation } from '@mirps/schemas/types';
 * ```
 */
export type Disaggregation =
  | {
      dimension: 'sex';
      /**
       * At least 1 item.
       */
      values: {
        category: 'female' | 'male' | 'other';
        value: number;
      }[];
    }
  | {
      dimension: 'age-group';
      /**
       * At least 1 item.
       */
      values: {
        category: '0-17' | '18-59' | '60+';
        value: number;
      }[];
    }
  | {
      dimension: 'population-group';
      /**
       * At least 1 item.
       */
      values: {
        category: PopulationGroup;
        value: number;
      }[];
    };
/**
 * Who reports: a member state (by its code) or a body of the reference data (a working group or partner, by its id).
 *
 * @example
 * ```ts
 * import type { Reporter } from '@mirps/schemas/types';
 * ```
 */
export type Reporter =
  | {
      memberState: MemberStateId;
    }
  | {
      body: Id;
    };
/**
 * The order of the circle: alphabetical by the members' names (or sort keys) in a language, with locale-aware collation that ignores accents and case; or an explicit list of member ids.
 *
 * @example
 * ```ts
 * import type { RotationOrder } from '@mirps/schemas/types';
 * ```
 */
export type RotationOrder =
  | {
      kind: 'alphabetical';
      locale: string;
      nameLanguage?: string | undefined;
    }
  | {
      kind: 'explicit';
      /**
       * At least 1 item.
       */
      members: string[];
    };

/**
 * One statement of what a presidency achieved, as the plan lists them under "Main achievements of the Pro-tempore Presidencies".
 *
 * @example
 * ```ts
 * import type { Achievement } from '@mirps/schemas/types';
 * ```
 */
export interface Achievement {
  id: Id;
  text: LocalizedText;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * Text in English and Spanish, the two working languages of MIRPS. At least one is present; the English text of the 2023 plan is the source's translation. It may hold paragraphs, broken by `\n` only: no other control character (no CR, no TAB, no U+2028). Titles and names take a one-line form of it.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@mirps/schemas/types';
 * ```
 */
export interface LocalizedText {
  /**
   * English text.
   */
  en?: string | undefined;
  /**
   * Spanish text.
   */
  es?: string | undefined;
}
/**
 * Where a fact comes from: a document, optionally the section in it, its address, and a note (for example when two sources differ). Every record may carry its sources, as in Popolo.
 *
 * @example
 * ```ts
 * import type { Source } from '@mirps/schemas/types';
 * ```
 */
export interface Source {
  /**
   * The document's title, as a person would cite it.
   */
  document: string;
  /**
   * The section, table or page of the document.
   */
  section?: string | undefined;
  /**
   * The document's address, when it has one.
   */
  url?: string | undefined;
  /**
   * A remark on what this source says, e.g. where it differs from another.
   */
  note?: string | undefined;
  /**
   * This source marks the record as invented for an example, not real data: reports built from it say so at the top.
   */
  illustrative?: true | undefined;
}
/**
 * A regional action of a Regional Action Plan, numbered under its objective (`1.2.3`). `workingGroup` is the working group that coordinates it ("The regional actions of this objective will be coordinated with the Working Group on Strengthening Asylum Systems"), or `null` where the plan names none. `theme` carries the plan's grouping of an objective's actions, such as "related to internal displacement".
 *
 * @example
 * ```ts
 * import type { Action } from '@mirps/schemas/types';
 * ```
 */
export interface Action {
  id: Id;
  /**
   * `P.N.A`: the objective's number, then the action's.
   */
  number: string;
  objective: Id;
  text: LocalizedText;
  /**
   * The coordinating working group's id; `null` where the plan names none.
   */
  workingGroup: Id | null;
  /**
   * The plan's grouping of an objective's actions, e.g. "related to internal displacement": one line.
   */
  theme?:
    | {
        /**
         * English text, on one line.
         */
        en?: string | undefined;
        /**
         * Spanish text, on one line.
         */
        es?: string | undefined;
      }
    | undefined;
  emphasisGroups?: EmphasisGroup[] | undefined;
  emphasisSource?: EmphasisSource | undefined;
  populationGroups?: PopulationGroup[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A Regional Action Plan of a MIRPS Pro-Tempore Presidency: "a vision, priorities, objectives, actions coordinated with four working groups, expected results, a work methodology, a calendar, and duties at handover". Validate it with parseActionPlan, which also checks that ids are unique, references resolve, numbering is consistent and dates are coherent.
 *
 * @example
 * ```ts
 * import type { ActionPlan } from '@mirps/schemas/types';
 * ```
 */
export interface ActionPlan {
  id: Id;
  /**
   * The year the plan covers.
   */
  year: number;
  title: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  presidency: PlanPresidency;
  vision: LocalizedText;
  /**
   * Ids of the instruments the plan's background cites, in its order.
   */
  instruments?: Id[] | undefined;
  /**
   * The paragraphs of the plan's opening sections that no other field holds, word for word, in the plan's order.
   */
  paragraphs?: PlanParagraph[] | undefined;
  /**
   * At least 1 item.
   */
  priorities: Priority[];
  /**
   * At least 1 item.
   */
  objectives: Objective[];
  actions: Action[];
  expectedResults: ExpectedResult[];
  workMethodology: WorkMethodology;
  /**
   * What the presidency will do "at the end of its tenure".
   */
  handoverCommitments: HandoverCommitment[];
  calendar: CalendarActivity[];
  calendarNote?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The presidency a plan belongs to: the term's label and its holder.
 *
 * @example
 * ```ts
 * import type { PlanPresidency } from '@mirps/schemas/types';
 * ```
 */
export interface PlanPresidency {
  /**
   * The label of the presidency term, e.g. `'2023'`.
   */
  term: string;
  holder: MemberStateId;
}
/**
 * A paragraph of a plan's opening sections that no other field holds, word for word, under the heading it stands under: in the 2023 plan, the Background's paragraphs (other than those on the instruments it cites) and the paragraphs under "Principal achievements".
 *
 * @example
 * ```ts
 * import type { PlanParagraph } from '@mirps/schemas/types';
 * ```
 */
export interface PlanParagraph {
  id: Id;
  /**
   * The heading of the plan the paragraph stands under, e.g. "Background".
   */
  heading: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  text: LocalizedText;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A priority of a Regional Action Plan. The 2023 plan has two, e.g. "Priority 1: Strengthen regional dialogue and cooperation to facilitate the progress of the national commitments of the National Action Plans."
 *
 * The plan states each priority twice, in slightly different words: `text` is the wording under "Vision and priorities", `restatement` the wording that heads the priority's objectives, where it differs.
 *
 * @example
 * ```ts
 * import type { Priority } from '@mirps/schemas/types';
 * ```
 */
export interface Priority {
  id: Id;
  /**
   * Its number in the plan: objective `1.x` sits under priority `1`.
   */
  number: number;
  text: LocalizedText;
  restatement?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * An objective of a Regional Action Plan, numbered under its priority (`1.3` is the third objective of priority 1), e.g. "Objective 1.1 - Strengthen processes aimed at comprehensive protection and care services for all displaced persons in need of protection."
 *
 * @example
 * ```ts
 * import type { Objective } from '@mirps/schemas/types';
 * ```
 */
export interface Objective {
  id: Id;
  /**
   * `P.N`: the priority's number, then the objective's.
   */
  number: string;
  priority: Id;
  text: LocalizedText;
  emphasisGroups?: EmphasisGroup[] | undefined;
  emphasisSource?: EmphasisSource | undefined;
  populationGroups?: PopulationGroup[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * An expected result of an objective, numbered under it (`1.1.2`), e.g. "Improved access to health services for displaced persons."
 *
 * @example
 * ```ts
 * import type { ExpectedResult } from '@mirps/schemas/types';
 * ```
 */
export interface ExpectedResult {
  id: Id;
  /**
   * `P.N.R`: the objective's number, then the result's.
   */
  number: string;
  objective: Id;
  text: LocalizedText;
  emphasisGroups?: EmphasisGroup[] | undefined;
  emphasisSource?: EmphasisSource | undefined;
  populationGroups?: PopulationGroup[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * How a plan's priorities, objectives, actions and results "will be carried out": (1) technical meetings, (2) visibility in high-level events, (3) key documents, and (4) a section on the MIRPS website.
 *
 * @example
 * ```ts
 * import type { WorkMethodology } from '@mirps/schemas/types';
 * ```
 */
export interface WorkMethodology {
  introduction: LocalizedText;
  /**
   * "Organization of technical meetings, such as:"
   */
  technicalMeetings: MethodologyItem[];
  /**
   * "Visibility of the MIRPS in High-Level Events, which include:"
   */
  highLevelEvents: MethodologyItem[];
  /**
   * "Preparation of key documents, such as:"
   */
  keyDocuments: MethodologyItem[];
  websiteSection: LocalizedText;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * One entry of a work-methodology list: a kind of technical meeting, a high-level event or a key document.
 *
 * @example
 * ```ts
 * import type { MethodologyItem } from '@mirps/schemas/types';
 * ```
 */
export interface MethodologyItem {
  id: Id;
  text: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
}
/**
 * A duty the presidency takes on for the end of its tenure, such as "formally deliver the Memoir of the outgoing Pro-tempore Presidency".
 *
 * @example
 * ```ts
 * import type { HandoverCommitment } from '@mirps/schemas/types';
 * ```
 */
export interface HandoverCommitment {
  id: Id;
  text: LocalizedText;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A row of a plan's calendar ("the schedule of activities may change during the year"). Its dates fall in the plan's year unless `outsidePlanYear` is true.
 *
 * @example
 * ```ts
 * import type { CalendarActivity } from '@mirps/schemas/types';
 * ```
 */
export interface CalendarActivity {
  id: Id;
  category: 'technical-meeting' | 'high-level-event' | 'other-activity';
  title: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  schedule: Schedule;
  time?: TimeOfDay | undefined;
  location?: Location | undefined;
  workingGroup?: Id | undefined;
  /**
   * The ids of the objectives the activity serves.
   */
  objectives?: Id[] | undefined;
  /**
   * The label of the presidency term the activity belongs to, e.g. `'2023'`.
   */
  presidencyTerm?: string | undefined;
  /**
   * Who takes part, e.g. `member-states`, `support-platform`; two activities for the same audience should not overlap.
   */
  audiences?: Id[] | undefined;
  /**
   * Set when the activity's dates may fall outside the plan's year.
   */
  outsidePlanYear?: boolean | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The time of day of an activity's occurrences, in an IANA time zone (e.g. `America/Panama`). Without it an activity is all-day.
 *
 * @example
 * ```ts
 * import type { TimeOfDay } from '@mirps/schemas/types';
 * ```
 */
export interface TimeOfDay {
  /**
   * Local start time, `HH:MM` (24-hour).
   */
  start: string;
  /**
   * Local end time, `HH:MM`, later than the start on the same day; absent when unknown.
   */
  end?: string | undefined;
  /**
   * The IANA time zone the times are in, e.g. `Europe/Zurich`, or `UTC`.
   */
  zone: string;
}
/**
 * A MIRPS Annual Meeting, where the Pro-Tempore Presidency is handed over. `date`, `location` and `host` are `null` where the sources do not give them. `declarations` names the declarations the meeting adopted, as the sources write them; other outcomes are told in the `note`.
 *
 * @example
 * ```ts
 * import type { AnnualMeeting } from '@mirps/schemas/types';
 * ```
 */
export interface AnnualMeeting {
  id: Id;
  /**
   * Its number in the series (the V Annual Meeting is 5).
   */
  ordinal: number;
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  /**
   * When it was held; `null` where the sources give no date.
   */
  date: PartialDate | null;
  /**
   * Where it was held; `null` where the sources do not say.
   */
  location: Location | null;
  /**
   * The member state that hosted it; `null` where the sources do not say.
   */
  host: MemberStateId | null;
  /**
   * The declarations it adopted, named as the sources write them, in their language (not translated).
   */
  declarations?: LocalizedText[] | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A commitment of a national action plan: what the state commits to, in a focus area, the institutions responsible, its period (the plan's, where absent), and the working groups and pledges it contributes to.
 *
 * @example
 * ```ts
 * import type { Commitment } from '@mirps/schemas/types';
 * ```
 */
export interface Commitment {
  id: Id;
  text: LocalizedText;
  focusArea: Id;
  /**
   * The institutions responsible for it, named as the plan names them.
   *
   * At least 1 item.
   */
  responsibleInstitutions: string[];
  period?: DateRange | undefined;
  /**
   * The ids of the working groups (of the reference data) it contributes to.
   */
  workingGroups?: Id[] | undefined;
  /**
   * The ids of the pledges (of the reference data) it carries out.
   */
  pledges?: Id[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A span of days from `start` to `end`, both included, each of any precision. The end must not fall before the start (checked by the document rules).
 *
 * @example
 * ```ts
 * import type { DateRange } from '@mirps/schemas/types';
 * ```
 */
export interface DateRange {
  start: PartialDate;
  end: PartialDate;
}
/**
 * How many commitments a member state's national action plan holds, by focus area, as a source publishes them. A count whose area the source does not name has `area: null`; a state whose counts were not found has `total: null` and no areas.
 *
 * @example
 * ```ts
 * import type { CommitmentCount } from '@mirps/schemas/types';
 * ```
 */
export interface CommitmentCount {
  memberState: MemberStateId;
  /**
   * All the plan's commitments; `null` where the count was not found.
   */
  total: number | null;
  /**
   * The count of each focus area; `area` is `null` where the source does not name it.
   */
  byArea: {
    area: Id | null;
    count: number;
  }[];
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * An indicator of a commitment: the indicator model of the regional plan's results (unit, baseline, target, actual values by period with their disaggregation), measuring a commitment instead of an expected result.
 *
 * @example
 * ```ts
 * import type { CommitmentIndicator } from '@mirps/schemas/types';
 * ```
 */
export interface CommitmentIndicator {
  id: Id;
  title: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  unit: 'count' | 'percent' | 'days' | 'ratio' | 'usd';
  direction?: ('increase' | 'decrease') | undefined;
  baseline?:
    | {
        value: number;
        date: PartialDate;
      }
    | undefined;
  target: {
    value: number;
    date: PartialDate;
  };
  actuals: IndicatorValue[];
  description?: string | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
  commitment: Id;
}
/**
 * A measured value for a period, with its breakdowns.
 *
 * @example
 * ```ts
 * import type { IndicatorValue } from '@mirps/schemas/types';
 * ```
 */
export interface IndicatorValue {
  /**
   * The period measured, both days included.
   */
  period: {
    start: CalendarDay;
    end: CalendarDay;
  };
  value: number;
  disaggregations?: Disaggregation[] | undefined;
  note?: LocalizedText | undefined;
}
/**
 * A dated statement of where one commitment of a national action plan stands, with its evidence. A status that goes back (a completed commitment in progress again, a dropped one reopened) says why in `reason`.
 *
 * @example
 * ```ts
 * import type { CommitmentRecord } from '@mirps/schemas/types';
 * ```
 */
export interface CommitmentRecord {
  id: Id;
  commitment: Id;
  date: CalendarDay;
  status: 'not-started' | 'in-progress' | 'completed' | 'blocked' | 'dropped';
  reportedBy?: Reporter | undefined;
  reason?: LocalizedText | undefined;
  note?: LocalizedText | undefined;
  evidence?: Evidence[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * Evidence behind a progress record: a document or page, with its address.
 *
 * @example
 * ```ts
 * import type { Evidence } from '@mirps/schemas/types';
 * ```
 */
export interface Evidence {
  title: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  url?: string | undefined;
  note?: LocalizedText | undefined;
}
/**
 * A recorded departure from the rule, with its reason. `inPlaceOf` is the member whose turn the term was by the rule (the rule's choice when absent); the circle goes on after it. A `forfeit` costs that member its turn in the cycle; a `declined` turn is lost or deferred as the `declined` policy says.
 *
 * @example
 * ```ts
 * import type { Departure } from '@mirps/schemas/types';
 * ```
 */
export interface Departure {
  kind: 'election' | 'swap' | 'forfeit' | 'declined' | 'joint' | 'other';
  reason: string;
  inPlaceOf?: string | undefined;
  /**
   * The other holders of a joint presidency.
   */
  jointWith?: string[] | undefined;
}
/**
 * A focus area a national action plan declares beyond the five of FOCUS_AREAS: an id its commitments name, and its name.
 *
 * @example
 * ```ts
 * import type { FocusArea } from '@mirps/schemas/types';
 * ```
 */
export interface FocusArea {
  id: Id;
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
}
/**
 * A project of the MIRPS Fund, the fund at the OAS approved on 27 May 2020: the state it serves, its implementing institution, its period, its budget and in-kind counterpart, and its results.
 *
 * @example
 * ```ts
 * import type { FundProject } from '@mirps/schemas/types';
 * ```
 */
export interface FundProject {
  id: Id;
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  memberState: MemberStateId;
  implementingInstitution: string;
  period: DateRange;
  budget: Money;
  inKindCounterpart?: Money | undefined;
  results: FundResult[];
  /**
   * The ids of the commitments of the state's national action plan it serves.
   */
  commitments?: Id[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * An amount of money in a currency named by its ISO 4217 code, e.g. `{ amount: 1000000, currency: 'EUR' }`.
 *
 * @example
 * ```ts
 * import type { Money } from '@mirps/schemas/types';
 * ```
 */
export interface Money {
  amount: number;
  /**
   * The ISO 4217 code of the currency, in capitals.
   */
  currency: string;
}
/**
 * A counted result of a MIRPS Fund project, e.g. "people trained: 120".
 *
 * @example
 * ```ts
 * import type { FundResult } from '@mirps/schemas/types';
 * ```
 */
export interface FundResult {
  description: LocalizedText;
  /**
   * The count or amount reached, where the result is counted.
   */
  value?: number | undefined;
  unit?: ('count' | 'percent' | 'days' | 'ratio' | 'usd') | undefined;
}
/**
 * The handover into a term: the day it happened (of any precision, `null` where unknown) and the Annual Meeting at which it happened, where known.
 *
 * @example
 * ```ts
 * import type { Handover } from '@mirps/schemas/types';
 * ```
 */
export interface Handover {
  date: PartialDate | null;
  annualMeeting?: Id | undefined;
  note?: LocalizedText | undefined;
}
/**
 * An indicator of an expected result, in the style of results frameworks (IATI): a unit, a baseline, a target, and actual values by period with their disaggregation.
 *
 * @example
 * ```ts
 * import type { Indicator } from '@mirps/schemas/types';
 * ```
 */
export interface Indicator {
  id: Id;
  result: Id;
  title: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  unit: 'count' | 'percent' | 'days' | 'ratio' | 'usd';
  /**
   * Higher is better (the default), or lower is better (e.g. processing times).
   */
  direction?: ('increase' | 'decrease') | undefined;
  baseline?:
    | {
        value: number;
        date: PartialDate;
      }
    | undefined;
  target: {
    value: number;
    date: PartialDate;
  };
  actuals: IndicatorValue[];
  description?: string | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A regional or global instrument that frames MIRPS: "treaties, agreements, and declarations, amongst others", such as the Cartagena Declaration on Refugees or the Global Compact on Refugees, and MIRPS's own Statutory Charter. Where an instrument's text was not found, `quotations` holds what sources quote of it, word for word.
 *
 * @example
 * ```ts
 * import type { Instrument } from '@mirps/schemas/types';
 * ```
 */
export interface Instrument {
  id: Id;
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  kind:
    | 'declaration'
    | 'declaration-and-plan-of-action'
    | 'action-statement'
    | 'compact'
    | 'ministerial-meeting'
    | 'charter';
  /**
   * The year it was adopted; `null` where the sources give no year.
   */
  year: number | null;
  summary?: LocalizedText | undefined;
  /**
   * Passages of its text as sources quote them, word for word and untranslated.
   */
  quotations?: Quotation[] | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A passage of a text as a source quotes it: word for word, in the language the source gives it (`es` for a Spanish quotation), never translated, with the source that quotes it. Used where the text itself was not found.
 *
 * @example
 * ```ts
 * import type { Quotation } from '@mirps/schemas/types';
 * ```
 */
export interface Quotation {
  text: LocalizedText;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A member state of MIRPS. In the plan's words, Belize, Costa Rica, Guatemala, Honduras, Mexico and Panama "adopted the San Pedro Sula Declaration in 2017"; "In June 2019, El Salvador joined this initiative".
 *
 * @example
 * ```ts
 * import type { MemberState } from '@mirps/schemas/types';
 * ```
 */
export interface MemberState {
  id: MemberStateId;
  /**
   * ISO 3166-1 alpha-3 code.
   */
  iso3: string;
  /**
   * Name in English and Spanish.
   */
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  /**
   * What the Pro-Tempore Presidency's alphabetical rotation sorts by: the Spanish name. Kept apart from `name` so that renaming a state does not reorder the rotation silently.
   */
  sortKey?: string | undefined;
  /**
   * Periods of membership, oldest first.
   *
   * At least 1 item.
   */
  memberships: MembershipPeriod[];
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * One continuous period of membership: from `joined` until `left` (open when absent), with any suspensions inside it.
 *
 * @example
 * ```ts
 * import type { MembershipPeriod } from '@mirps/schemas/types';
 * ```
 */
export interface MembershipPeriod {
  joined: PartialDate;
  left?: PartialDate | undefined;
  suspensions?: Suspension[] | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A time during a membership when a member's rights were suspended. An open suspension has no `end`.
 *
 * @example
 * ```ts
 * import type { Suspension } from '@mirps/schemas/types';
 * ```
 */
export interface Suspension {
  start: PartialDate;
  end?: PartialDate | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The MIRPS Fund at the OAS in a year: what partners gave it, its total where it is stated, and its projects. The contributions add up to the total in its currency, and the projects' budgets do not exceed it.
 *
 * @example
 * ```ts
 * import type { MirpsFund } from '@mirps/schemas/types';
 * ```
 */
export interface MirpsFund {
  contributions: {
    contributor: Id;
    amount: Money;
    date?: PartialDate | undefined;
  }[];
  total?: Money | undefined;
  projects: FundProject[];
}
/**
 * A member state's national action plan: its own name (Honduras calls its plan "Plan de Respuesta", Costa Rica "MINARE"), its version and period, its National Technical Team, and its commitments, grouped by focus area. Validate it with `parseNationalActionPlan`.
 *
 * @example
 * ```ts
 * import type { NationalActionPlan } from '@mirps/schemas/types';
 * ```
 */
export interface NationalActionPlan {
  id: Id;
  memberState: MemberStateId;
  /**
   * The plan's own name, as the state writes it.
   */
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  /**
   * Which version of the plan this is, e.g. "2021 update".
   */
  version: string;
  adopted?: PartialDate | undefined;
  period: DateRange;
  technicalTeam: TechnicalTeam;
  /**
   * Focus areas beyond the five standard ones, for the plan's commitments to name.
   */
  focusAreas?: FocusArea[] | undefined;
  commitments: Commitment[];
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The National Technical Team that runs a national action plan: its institutions and its national focal point.
 *
 * @example
 * ```ts
 * import type { TechnicalTeam } from '@mirps/schemas/types';
 * ```
 */
export interface TechnicalTeam {
  /**
   * The institutions of the team, named as the plan names them.
   *
   * At least 1 item.
   */
  institutions: string[];
  /**
   * The national focal point: an institution, and the office that speaks for it.
   */
  focalPoint: {
    institution: string;
    office?:
      | {
          /**
           * English text, on one line.
           */
          en?: string | undefined;
          /**
           * Spanish text, on one line.
           */
          es?: string | undefined;
        }
      | undefined;
  };
}
/**
 * The progress of a national action plan: dated status records of its commitments, indicators of them, and the yearly reviews its chapter of the annual report is written from. Validate it with `parseNationalPlanProgress`.
 *
 * @example
 * ```ts
 * import type { NationalPlanProgress } from '@mirps/schemas/types';
 * ```
 */
export interface NationalPlanProgress {
  plan: Id;
  records: CommitmentRecord[];
  indicators: CommitmentIndicator[];
  reviews: NationalReview[];
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * What a state says of its plan's year, for its chapter of the MIRPS Annual Report: its achievements, its challenges and its priorities ahead (the country pages' "Latest achievements" and "Looking ahead").
 *
 * @example
 * ```ts
 * import type { NationalReview } from '@mirps/schemas/types';
 * ```
 */
export interface NationalReview {
  /**
   * The year reviewed.
   */
  year: number;
  achievements: LocalizedText[];
  challenges: LocalizedText[];
  /**
   * The priorities for the years ahead.
   */
  priorities: LocalizedText[];
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A partner or body MIRPS works with: members of the MIRPS Support Platform, UN agencies, the OAS, SICA, the Regional Conference on Migration, the Quito Process, the civil society mechanism, the private sector, development banks and the National Coordination Groups.
 *
 * @example
 * ```ts
 * import type { Partner } from '@mirps/schemas/types';
 * ```
 */
export interface Partner {
  id: Id;
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  abbreviation?: string | undefined;
  kind:
    | 'state'
    | 'regional-union'
    | 'un-agency'
    | 'un-system'
    | 'regional-organization'
    | 'regional-process'
    | 'development-bank'
    | 'platform'
    | 'civil-society'
    | 'private-sector'
    | 'national-mechanism'
    | 'initiative';
  roles?: PartnerRole[] | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A role a partner holds, with its period where the sources give one. Where the end (`to`) is not stated by a source but inferred by the SDK, such as the day the next chair took over, `toInferred` is `true` and the note says from what.
 *
 * @example
 * ```ts
 * import type { PartnerRole } from '@mirps/schemas/types';
 * ```
 */
export interface PartnerRole {
  role: 'support-platform-member' | 'support-platform-chair' | 'technical-secretariat';
  from?: PartialDate | undefined;
  to?: PartialDate | undefined;
  /**
   * `true` where `to` is the SDK's inference (e.g. from the successor's start), not a source's statement.
   */
  toInferred?: boolean | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The progress of a plan: dated status records for its actions and indicators for its expected results. Validate it with parsePlanProgress.
 *
 * @example
 * ```ts
 * import type { PlanProgress } from '@mirps/schemas/types';
 * ```
 */
export interface PlanProgress {
  plan: Id;
  records: ProgressRecord[];
  indicators: Indicator[];
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A dated statement of where one action of a plan stands, by whom, with a note and evidence. The latest record on or before a day gives the action's status that day.
 *
 * @example
 * ```ts
 * import type { ProgressRecord } from '@mirps/schemas/types';
 * ```
 */
export interface ProgressRecord {
  id: Id;
  action: Id;
  date: CalendarDay;
  status: 'not-started' | 'in-progress' | 'completed' | 'blocked' | 'dropped';
  reportedBy: Reporter;
  note?: LocalizedText | undefined;
  evidence?: Evidence[] | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A pledge made at a forum, such as the four MIRPS Regional Pledges of the II Global Refugee Forum (December 2023): Asylum, Integration, Local Governance and Statistical Inclusion, each carried out through the working group of its theme where the sources name one (`workingGroup`, `null` where they name none). A pledge may also name the Regional Action Plan's actions (`actions`) and the national commitments (`commitments`) it carries out. `type`, `status`, `submittedBy` and `joint` describe Global Refugee Forum pledges in general; leave them out where the sources do not give them.
 *
 * @example
 * ```ts
 * import type { Pledge } from '@mirps/schemas/types';
 * ```
 */
export interface Pledge {
  id: Id;
  /**
   * Its name as the sources write it; the MIRPS Regional Pledges are named by their theme ("Asylum", "Integration", …).
   */
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  forum: Id;
  scope: 'regional' | 'national' | 'support';
  /**
   * The id of the working group that carries it out; `null` where the sources name none.
   */
  workingGroup: Id | null;
  /**
   * What kind of pledge it is; absent where the sources do not say.
   */
  type?: ('financial' | 'material' | 'technical' | 'resettlement' | 'policy') | undefined;
  /**
   * Where it stands, as last reported; absent where the sources do not say.
   */
  status?: ('planning' | 'in-progress' | 'fulfilled') | undefined;
  submittedBy?: Reporter | undefined;
  /**
   * `true` for a joint pledge (its submitting entity reports for all), `false` for a single one; absent where the sources do not say.
   */
  joint?: boolean | undefined;
  /**
   * The ids of the Regional Action Plan's actions it carries out.
   */
  actions?: Id[] | undefined;
  /**
   * The ids of the national commitments it carries out.
   */
  commitments?: Id[] | undefined;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The recorded terms of the Pro-Tempore Presidency, oldest first. The ledger is authoritative: projections of future terms begin after its last term. Validate it with parsePresidencyLedger.
 *
 * @example
 * ```ts
 * import type { PresidencyLedger } from '@mirps/schemas/types';
 * ```
 */
export interface PresidencyLedger {
  terms: PresidencyTerm[];
}
/**
 * A term of the MIRPS Pro-Tempore Presidency. "Each year, a MIRPS member country assumes the Pro-Tempore Presidency to lead the regional objectives." A term is labelled by its year and begins at the handover, usually at the Annual Meeting late in the year before: the term labelled 2023 began on 13 December 2022.
 *
 * @example
 * ```ts
 * import type { PresidencyTerm } from '@mirps/schemas/types';
 * ```
 */
export interface PresidencyTerm {
  id: Id;
  /**
   * The term's label: the year it is named after.
   */
  label: string;
  holder: MemberStateId;
  assignment: 'election' | 'rotation' | 'not-stated-in-source';
  handover: Handover;
  /**
   * What the presidency achieved, as the sources list it.
   */
  achievements: Achievement[];
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A recorded term: its label, its holder, the day it was handed over where known, and any departure from the rule.
 *
 * @example
 * ```ts
 * import type { RecordedTerm } from '@mirps/schemas/types';
 * ```
 */
export interface RecordedTerm {
  label: string;
  holder: string;
  handover?: PartialDate | undefined;
  departure?: Departure | undefined;
}
/**
 * The reference data every other MIRPS document points into: member states, working groups, partners and bodies, instruments, Annual Meetings and, optionally, pledges, with the day the data is current to (`asOf`). Validate it with parseReferenceData.
 *
 * @example
 * ```ts
 * import type { ReferenceData } from '@mirps/schemas/types';
 * ```
 */
export interface ReferenceData {
  memberStates: MemberState[];
  workingGroups: WorkingGroup[];
  partners: Partner[];
  instruments: Instrument[];
  annualMeetings: AnnualMeeting[];
  /**
   * Pledges made at forums, such as the MIRPS Regional Pledges of the II Global Refugee Forum; absent in documents written before pledges were modelled.
   */
  pledges?: Pledge[] | undefined;
  asOf?: CalendarDay | undefined;
}
/**
 * A MIRPS working group. The 2023 plan coordinates its regional actions with four: Strengthening Asylum Systems, Internal Displacement, Jobs and Livelihoods, and Local Governance; "the leading countries of the Working Groups" report on thematic progress at the virtual plenary meetings.
 *
 * @example
 * ```ts
 * import type { WorkingGroup } from '@mirps/schemas/types';
 * ```
 */
export interface WorkingGroup {
  id: Id;
  /**
   * The group's name.
   */
  name: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  /**
   * What the group works on.
   */
  theme: {
    /**
     * English text, on one line.
     */
    en?: string | undefined;
    /**
     * Spanish text, on one line.
     */
    es?: string | undefined;
  };
  /**
   * The leading member state; `null` where the sources name none.
   */
  lead: MemberStateId | null;
  note?: LocalizedText | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * The support of other countries, as the MIRPS Annual Report follows it up: pledges (Global Refugee Forum pledges and the MIRPS Regional Pledges, with what they are linked to), the contributions of the Support Platform, and the MIRPS Fund. Validate it with `parseRegionalSupport`, against the national action plans and the Regional Action Plan its links name.
 *
 * @example
 * ```ts
 * import type { RegionalSupport } from '@mirps/schemas/types';
 * ```
 */
export interface RegionalSupport {
  id: Id;
  /**
   * The year reported.
   */
  year: number;
  pledges: Pledge[];
  contributions: SupportContribution[];
  fund?: MirpsFund | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * What a member of the Support Platform (a cooperating state or organization, a partner of the reference data) gives in support of MIRPS: to a member state, a focus area or a pledge, of a kind (financial, material, technical…), with its value where it is counted.
 *
 * @example
 * ```ts
 * import type { SupportContribution } from '@mirps/schemas/types';
 * ```
 */
export interface SupportContribution {
  id: Id;
  contributor: Id;
  /**
   * What it supports: a member state, a focus area (of that state's plan, or a standard one), a pledge; at least one.
   */
  supports: {
    memberState?: MemberStateId | undefined;
    focusArea?: Id | undefined;
    pledge?: Id | undefined;
  };
  /**
   * The kind of support, in the kinds of Global Refugee Forum pledges.
   */
  type: 'financial' | 'material' | 'technical' | 'resettlement' | 'policy';
  description: LocalizedText;
  value?: Money | undefined;
  period?: DateRange | undefined;
  /**
   * At least 1 item.
   */
  sources?: Source[] | undefined;
}
/**
 * A span of membership or suspension: from one day to another, both included; `to` absent while it lasts. Dates may be of reduced precision: a membership counts from the first day `from` can mean to the last day `to` can mean.
 *
 * @example
 * ```ts
 * import type { RotationInterval } from '@mirps/schemas/types';
 * ```
 */
export interface RotationInterval {
  from: PartialDate;
  to?: PartialDate | undefined;
  note?: string | undefined;
}
/**
 * A member of a rotating presidency: its id, its names by language, an optional sort key, its membership intervals and its suspensions. The sort key is data: give it, and renaming a member does not reorder the circle silently.
 *
 * @example
 * ```ts
 * import type { RotationMember } from '@mirps/schemas/types';
 * ```
 */
export interface RotationMember {
  id: string;
  /**
   * Names by language tag, e.g. `{ en: 'Mexico', es: 'México' }`.
   */
  names: {
    [k: string]: string;
  };
  /**
   * What alphabetical order sorts by; the name in the order's language when absent.
   */
  sortKey?: string | undefined;
  /**
   * At least 1 item.
   */
  memberships: RotationInterval[];
  suspensions?: RotationInterval[] | undefined;
}
/**
 * A planned departure for a future term, applied by projections.
 *
 * @example
 * ```ts
 * import type { RotationOverride } from '@mirps/schemas/types';
 * ```
 */
export interface RotationOverride {
  label: string;
  holder: string;
  departure: Departure;
}
/**
 * Everything that defines a rotating presidency, as plain JSON: members with their membership and suspensions, the order of the circle, the strategy, the term length, the recorded ledger, planned overrides and policies.
 *
 * - `once-per-cycle`: every eligible member holds the office once per cycle; the next holder is the first member after the outgoing holder, round the circle, that is eligible and has not held it in the current cycle.
 * - `successor`: the next eligible member round the circle, with no cycles.
 *
 * @example
 * ```ts
 * import type { RotationSetup } from '@mirps/schemas/types';
 * ```
 */
export interface RotationSetup {
  /**
   * The body whose presidency rotates, for explanations.
   */
  body?: string | undefined;
  /**
   * At least 1 item.
   */
  members: RotationMember[];
  order: RotationOrder;
  strategy: 'once-per-cycle' | 'successor';
  termLength: 'year' | 'half-year' | 'month';
  /**
   * The recorded terms, oldest first, consecutive.
   *
   * At least 1 item.
   */
  ledger: RecordedTerm[];
  /**
   * The first term assigned by the rotation rule; earlier terms are history "before the mechanism" that still count toward the first cycle.
   */
  mechanismFrom?: string | undefined;
  overrides?: RotationOverride[] | undefined;
  /**
   * Known handover days of future terms, by label.
   */
  handovers?:
    | {
        [k: string]: PartialDate;
      }
    | undefined;
  /**
   * What the handover is, for explanations (e.g. "the Annual Meeting").
   */
  handoverEvent?: string | undefined;
  policies?:
    | {
        lateJoiners?: ('current-cycle' | 'next-cycle') | undefined;
        declined?: ('loses-turn' | 'defers-turn') | undefined;
      }
    | undefined;
}
