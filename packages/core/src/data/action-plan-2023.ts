import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { ActionPlan } from '../model/action-plan.js';
import { factsSource, planDocumentSource, planSource } from './sources.js';

const VISION = 'Vision and priorities of the Panama Pro-tempore Presidency 2023 Action Plan';

const COORDINATION_1_1 =
  'The regional actions of this objective will be coordinated with the Working Group on Strengthening Asylum Systems.';
const COORDINATION_1_2_ID =
  'The following actions will be coordinated with the Working Group on Internal Displacement:';
const COORDINATION_1_2_LI = 'The following actions will be coordinated with the Working Group on Local Governance:';
const COORDINATION_1_3 = 'The actions below will be coordinated with the Working Group on Jobs and Livelihoods.';

const ACTIONS_1_1 = 'Objective 1.1 Actions';
const ACTIONS_1_2_ID = 'Objective 1.2 Actions (related to internal displacement)';
const ACTIONS_1_2_LI = 'Objective 1.2 Actions (related to local integration)';
const ACTIONS_1_3 = 'Objective 1.3 Actions';
const ACTIONS_2_1 = 'Objective 2.1 Actions';

const HANDOVER_SENTENCE =
  'At the end of its tenure as Pro-tempore Presidency, Panama will formally deliver the Memoir of the outgoing Pro-tempore Presidency, participate at the highest level during the handover of the Pro-tempore Presidency, create a banner or emblem that symbolizes the membership of the MIRPS Pro-Tempore Presidency, and will organize a technical meeting between the outgoing and incoming Pro-Tempore Presidencies during the handover.';

const CALENDAR = 'Calendar';
const EVENT_DATES = 'Events named in the 2023 calendar (widely reported dates)';
const MONTHS_LOST = 'The month marks of this row were lost in the text copy of the plan; no other source gives a date.';

/**
 * The 2023 Regional Action Plan of Panama's Pro-Tempore Presidency, complete
 * and word for word from its English translation: the paragraphs of its
 * Background and Principal achievements (those on the instruments it cites are
 * the instruments' summaries), the vision, 2 priorities, 4 objectives,
 * 27 regional actions (each with the working group that coordinates it, or
 * `null` for objective 2.1, where the plan names none), 14 expected results,
 * the work methodology, the 4 duties at handover (each in the plan's words,
 * from its one sentence) and the calendar. Calendar rows whose month marks were
 * lost in the text copy are `unscheduled`; the four virtual plenary meetings
 * carry the plan's dates (stored as a rule the SDK infers from them), and four
 * high-level events carry widely reported dates from the reference facts.
 * Emphasis groups the SDK reads into other words of the plan are marked
 * `emphasisSource: 'sdk-reading'`.
 *
 * @example
 * ```ts
 * import { actionPlan2023 } from '@mirps/core/data';
 * actionPlan2023.actions.length; // 27
 * actionPlan2023.presidency; // { term: '2023', holder: 'PA' }
 * ```
 */
export const actionPlan2023: ActionPlan = /* @__PURE__ */ freezeParsed<ActionPlan>({
  id: 'regional-action-plan-2023',
  year: 2023,
  title: { en: 'Regional Action Plan 2023 MIRPS Pro-Tempore Presidency, Republic of Panama' },
  presidency: { term: '2023', holder: 'PA' },
  vision: {
    en: 'Work together as a region to strengthen the protection response and solutions for displaced persons, with an emphasis on the recognition and promotion of skills and capacities of women, girls, boys and adolescents in situations of vulnerability and displacement.',
  },
  instruments: [
    'cartagena-declaration',
    'brazil-declaration-and-plan-of-action',
    'san-jose-action-statement',
    'global-compact-on-refugees',
    'los-angeles-declaration',
    'lima-ministerial-meeting',
    'darien-declaration',
    'san-pedro-sula-declaration',
  ],
  paragraphs: [
    {
      id: 'paragraph-background-commitments',
      heading: { en: 'Background' },
      text: {
        en: 'The international commitments made by our States, such as treaties, agreements, and declarations, amongst others, arise and are signed at certain historical moments, seeking to address the most important needs at that time. However, circumstances are not identical across the globe, and regions have undergone major changes.',
      },
      sources: [/* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'paragraph-background-regional-alternatives',
      heading: { en: 'Background' },
      text: {
        en: 'As a consequence of the wars in Central America in the 1980s, there was a need to identify good practices and adjustable, flexible, and coherent guidelines that respond to the historical contexts of each country. Accordingly, some regional alternatives emerged that focused on the specific needs of Central America, achieving important advances, including:',
      },
      sources: [/* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'paragraph-background-crrf-pioneer',
      heading: { en: 'Background' },
      text: {
        en: 'The MIRPS is a pioneer initiative in the application of the Comprehensive Refugee Response Framework (CRRF) and a concrete contribution to the commitments made regarding displaced populations, responding and promoting regional cooperation between the countries of origin, transit, and destination under the principle of shared responsibility in matters of prevention, protection, and durable solutions. It also has a participatory approach, by directly involving people with protection needs. It integrates regional and international organizations, as well as cooperating States that are members of the MIRPS Support Platform, who are committed to the humanitarian and development agenda.',
      },
      sources: [/* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'paragraph-achievements-consultations',
      heading: { en: 'Principal achievements' },
      text: {
        en: 'The MIRPS has been developed through government-led consultations with all stakeholders, including persons of concern, UN country teams, civil society, the private sector, and academia, taking a whole-of-society approach. Regional networks and organizations complement national action plans and establish regional and global responsibility-sharing mechanisms to give MIRPS a regional dimension.',
      },
      sources: [/* @__PURE__ */ planSource('Principal achievements')],
    },
    {
      id: 'paragraph-achievements-direct-results',
      heading: { en: 'Principal achievements' },
      text: {
        en: "Some of the direct results of the MIRPS include: Mexico has adopted measures to guarantee refugees' access to training, employment programmes and financial services. Guatemala has made further progress in its commitment to providing refugees with access to employment support services. In Costa Rica, refugees living in vulnerable circumstances enjoy access to government-run welfare programmes, and Honduras has begun a project to map potentially contested land in future areas of return, laying the groundwork for a more participatory approach to solutions.",
      },
      sources: [/* @__PURE__ */ planSource('Principal achievements')],
    },
    {
      id: 'paragraph-achievements-presidency',
      heading: { en: 'Principal achievements' },
      text: {
        en: 'Each year, a MIRPS member country assumes the Pro-Tempore Presidency to lead the regional objectives. It is assigned on a rotating and alphabetical basis among the member countries. Its objectives are aimed at achieving the commitments of the Member States and MIRPS workplans from a regional perspective to respond to the differentiated needs of refugees, asylum-seekers, internally displaced persons, and returnees with protection needs. Likewise, it facilitates the exchange of information and good practices between the MIRPS countries, as well as leads joint efforts to mobilize international cooperation and raise the visibility of the displacement situation in the region before the international community.',
      },
      sources: [/* @__PURE__ */ planSource('Principal achievements')],
    },
  ],

  priorities: [
    {
      id: 'priority-1',
      number: 1,
      text: {
        en: 'Strengthen regional dialogue and cooperation to facilitate the progress of the national commitments of the National Action Plans.',
      },
      restatement: {
        en: 'Strengthen regional dialogue and cooperation to facilitate progress on national commitments in national action plans.',
      },
      sources: [
        /* @__PURE__ */ planSource(VISION),
        /* @__PURE__ */ planSource('Objective 1.1', 'The restatement heads the objectives of priority 1.'),
      ],
    },
    {
      id: 'priority-2',
      number: 2,
      text: {
        en: 'Position the MIRPS at the highest national, regional, and global levels, as an efficient mechanism for protection and solutions, promoting political support and the mobilization of technical, financial and material resources from the MIRPS Support Platform, development banks, the United Nations System, civil society and the private sector.',
      },
      restatement: {
        en: 'Position the MIRPS at the highest national, regional, and global level, as an efficient mechanism for protection and solutions, promoting political support and the mobilization of technical, financial, and material resources from the MIRPS Support Platform, development banks, the United Nations System, civil society, and the private sector.',
      },
      sources: [
        /* @__PURE__ */ planSource(VISION),
        /* @__PURE__ */ planSource('Objective 2.1', 'The restatement heads the objective of priority 2.'),
      ],
    },
  ],

  objectives: [
    {
      id: 'objective-1.1',
      number: '1.1',
      priority: 'priority-1',
      text: {
        en: 'Strengthen processes aimed at comprehensive protection and care services for all displaced persons in need of protection.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 1.1')],
    },
    {
      id: 'objective-1.2',
      number: '1.2',
      priority: 'priority-1',
      text: {
        en: 'Strengthen national capacities to facilitate the integration of displaced persons, in coordination with local authorities and host communities.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 1.2')],
    },
    {
      id: 'objective-1.3',
      number: '1.3',
      priority: 'priority-1',
      text: {
        en: 'Recognize and promote the capacities and competencies of people who have been forcibly displaced and are in vulnerable situations, for their economic and social integration, with an emphasis on women, adolescents, girls, and boys.',
      },
      emphasisGroups: ['women', 'adolescents', 'girls', 'boys'],
      sources: [/* @__PURE__ */ planSource('Objective 1.3')],
    },
    {
      id: 'objective-2.1',
      number: '2.1',
      priority: 'priority-2',
      text: {
        en: 'Strengthen the commitments made within the Comprehensive Regional Protection and Solutions Framework (MIRPS) and raise them to the highest level.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 2.1')],
    },
  ],

  actions: [
    // Objective 1.1: coordinated with the Working Group on Strengthening Asylum Systems.
    {
      id: 'action-1.1.1',
      number: '1.1.1',
      objective: 'objective-1.1',
      text: {
        en: 'Coordinate meetings between States to learn about experiences and good practices in registration and other procedures in asylum/refugee and protection systems.',
      },
      workingGroup: 'wg-asylum-systems',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_1, COORDINATION_1_1)],
    },
    {
      id: 'action-1.1.2',
      number: '1.1.2',
      objective: 'objective-1.1',
      text: {
        en: 'Organize meetings with the purpose of understanding existing weaknesses and strengths that allow for improving and expediting the processing of cases with protection needs.',
      },
      workingGroup: 'wg-asylum-systems',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_1, COORDINATION_1_1)],
    },
    {
      id: 'action-1.1.3',
      number: '1.1.3',
      objective: 'objective-1.1',
      text: {
        en: 'Promote spaces for dialogue between countries to share practices in the context of extra-regional mixed movements.',
      },
      workingGroup: 'wg-asylum-systems',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_1, COORDINATION_1_1)],
    },
    {
      id: 'action-1.1.4',
      number: '1.1.4',
      objective: 'objective-1.1',
      text: {
        en: 'Promote the development of regional protocols for the identification of people in need of international protection in mixed movements, including good practices.',
      },
      workingGroup: 'wg-asylum-systems',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_1, COORDINATION_1_1)],
    },
    {
      id: 'action-1.1.5',
      number: '1.1.5',
      objective: 'objective-1.1',
      text: {
        en: 'Organize high-level events to increase the visibility of the MIRPS in strengthening asylum systems, within the framework of the II Global Refugee Forum and in coordination with the Asylum Capacity Support Group.',
      },
      workingGroup: 'wg-asylum-systems',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_1, COORDINATION_1_1)],
    },

    // Objective 1.2, related to internal displacement: coordinated with the Working Group on Internal Displacement.
    {
      id: 'action-1.2.1',
      number: '1.2.1',
      objective: 'objective-1.2',
      text: { en: 'Promote prevention and community protection programmes.' },
      workingGroup: 'wg-internal-displacement',
      theme: { en: 'related to internal displacement' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_ID, COORDINATION_1_2_ID)],
    },
    {
      id: 'action-1.2.2',
      number: '1.2.2',
      objective: 'objective-1.2',
      text: {
        en: 'Strengthen national capacities for the production and dissemination of statistics on internal displacement, in coordination with the institutions governing national statistics.',
      },
      workingGroup: 'wg-internal-displacement',
      theme: { en: 'related to internal displacement' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_ID, COORDINATION_1_2_ID)],
    },
    {
      id: 'action-1.2.3',
      number: '1.2.3',
      objective: 'objective-1.2',
      text: {
        en: 'Promote the identification and mapping through geolocation of zones with incidences of displacement.',
      },
      workingGroup: 'wg-internal-displacement',
      theme: { en: 'related to internal displacement' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_ID, COORDINATION_1_2_ID)],
    },
    {
      id: 'action-1.2.4',
      number: '1.2.4',
      objective: 'objective-1.2',
      text: { en: 'Promote the recovery of public spaces in prioritized municipalities.' },
      workingGroup: 'wg-internal-displacement',
      theme: { en: 'related to internal displacement' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_ID, COORDINATION_1_2_ID)],
    },

    // Objective 1.2, related to local integration: coordinated with the Working Group on Local Governance.
    {
      id: 'action-1.2.5',
      number: '1.2.5',
      objective: 'objective-1.2',
      text: {
        en: "Develop partnerships to increase the number of 'cities of solidarity' that host displaced persons.",
      },
      workingGroup: 'wg-local-governance',
      theme: { en: 'related to local integration' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_LI, COORDINATION_1_2_LI)],
    },
    {
      id: 'action-1.2.6',
      number: '1.2.6',
      objective: 'objective-1.2',
      text: {
        en: 'Strengthen the technical capacities of municipal personnel in charge of caring for displaced persons.',
      },
      workingGroup: 'wg-local-governance',
      theme: { en: 'related to local integration' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_LI, COORDINATION_1_2_LI)],
    },
    {
      id: 'action-1.2.7',
      number: '1.2.7',
      objective: 'objective-1.2',
      text: {
        en: 'Guarantee adequate municipal spaces for the attention, orientation, and protection of people with protection needs.',
      },
      workingGroup: 'wg-local-governance',
      theme: { en: 'related to local integration' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_LI, COORDINATION_1_2_LI)],
    },
    {
      id: 'action-1.2.8',
      number: '1.2.8',
      objective: 'objective-1.2',
      text: {
        en: 'Facilitate access to basic health care and mental health care services, in coordination with civil society.',
      },
      workingGroup: 'wg-local-governance',
      theme: { en: 'related to local integration' },
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_LI, COORDINATION_1_2_LI)],
    },
    {
      id: 'action-1.2.9',
      number: '1.2.9',
      objective: 'objective-1.2',
      text: { en: 'Develop sports, music, and dance activities for children in coordination with community leaders.' },
      workingGroup: 'wg-local-governance',
      theme: { en: 'related to local integration' },
      // The plan says "children": girls and boys is the SDK's reading.
      emphasisGroups: ['girls', 'boys'],
      emphasisSource: 'sdk-reading',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_2_LI, COORDINATION_1_2_LI)],
    },

    // Objective 1.3: coordinated with the Working Group on Jobs and Livelihoods.
    {
      id: 'action-1.3.1',
      number: '1.3.1',
      objective: 'objective-1.3',
      text: {
        en: 'Develop professional training courses through professional training institutions that allow the certification of competencies, learning, and development of skills',
      },
      workingGroup: 'wg-jobs-livelihoods',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_3, COORDINATION_1_3)],
    },
    {
      id: 'action-1.3.2',
      number: '1.3.2',
      objective: 'objective-1.3',
      text: {
        en: 'Create public-private partnerships to generate job opportunities through job boards and permanent links that redirect displaced people to jobs.',
      },
      workingGroup: 'wg-jobs-livelihoods',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_3, COORDINATION_1_3)],
    },
    {
      id: 'action-1.3.3',
      number: '1.3.3',
      objective: 'objective-1.3',
      text: {
        en: 'Develop activities related to improving skills and access to livelihoods, through non-governmental organizations and government institutions.',
      },
      workingGroup: 'wg-jobs-livelihoods',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_3, COORDINATION_1_3)],
    },
    {
      id: 'action-1.3.4',
      number: '1.3.4',
      objective: 'objective-1.3',
      text: {
        en: 'Develop and implement the Regional Strategy for the Recognition of Labour Competencies that facilitate labour integration in Central America and Mexico.',
      },
      workingGroup: 'wg-jobs-livelihoods',
      sources: [/* @__PURE__ */ planSource(ACTIONS_1_3, COORDINATION_1_3)],
    },

    // Objective 2.1: the plan names no coordinating working group.
    {
      id: 'action-2.1.1',
      number: '2.1.1',
      objective: 'objective-2.1',
      text: { en: 'Promote the creation of the MIRPS Charter.' },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.2',
      number: '2.1.2',
      objective: 'objective-2.1',
      text: {
        en: 'Promote the organization of meetings of the National Coordination Groups as a tool to strengthen cooperation with the Support Platform and other strategic actors at the national level.',
      },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.3',
      number: '2.1.3',
      objective: 'objective-2.1',
      text: {
        en: 'Identify coordination opportunities with other regional platforms such as the RCM, SICA, the Quito Process and the Working Groups that have been formed within the framework of the Los Angeles Declaration.',
      },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.4',
      number: '2.1.4',
      objective: 'objective-2.1',
      text: { en: 'Disseminate information on MIRPS activities through the national and international media.' },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.5',
      number: '2.1.5',
      objective: 'objective-2.1',
      text: {
        en: 'Make MIRPS progress visible at the II Global Refugee Forum and align MIRPS plans with the commitments that will be presented at the Forum.',
      },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.6',
      number: '2.1.6',
      objective: 'objective-2.1',
      text: {
        en: 'Organize meetings at the highest level between States (Ministers) in regional meetings in order to strengthen the assumed regional commitments (2 virtual meetings and 1 in-person).',
      },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.7',
      number: '2.1.7',
      objective: 'objective-2.1',
      text: { en: 'Promote the strengthening of comprehensive evaluation mechanisms for the MIRPS Regional Plan.' },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.8',
      number: '2.1.8',
      objective: 'objective-2.1',
      text: {
        en: 'Promote joint actions between the MIRPS Pro-tempore Presidency with the Pro-tempore Presidency of the Inter-American Commission of Women.',
      },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
    {
      id: 'action-2.1.9',
      number: '2.1.9',
      objective: 'objective-2.1',
      text: {
        en: 'Participate in political and technical forums to position the MIRPS before different national and international organizations.',
      },
      workingGroup: null,
      sources: [/* @__PURE__ */ planSource(ACTIONS_2_1)],
    },
  ],

  expectedResults: [
    {
      id: 'result-1.1.1',
      number: '1.1.1',
      objective: 'objective-1.1',
      text: {
        en: 'Reduced processing times for asylum applications and the generation of statistical reports with disaggregated data.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 1.1 Results')],
    },
    {
      id: 'result-1.1.2',
      number: '1.1.2',
      objective: 'objective-1.1',
      text: {
        en: 'Advancements in the use of technology for registration, documentation, and coordination of care for displaced persons in need of protection.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 1.1 Results')],
    },
    {
      id: 'result-1.1.3',
      number: '1.1.3',
      objective: 'objective-1.1',
      text: {
        en: 'Strengthened capacities of personnel involved in the comprehensive protection and care services for all forcibly displaced persons in search of international protection.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 1.1 Results')],
    },
    {
      id: 'result-1.1.4',
      number: '1.1.4',
      objective: 'objective-1.1',
      text: {
        en: 'Articulation of the state response through a referral system for specific needs that includes returnees with protection needs.',
      },
      populationGroups: ['returnees-with-protection-needs'],
      sources: [/* @__PURE__ */ planSource('Objective 1.1 Results')],
    },
    {
      id: 'result-1.2.1',
      number: '1.2.1',
      objective: 'objective-1.2',
      text: { en: 'Improved and strengthened protection and integration responses for internally displaced persons.' },
      populationGroups: ['internally-displaced-persons'],
      sources: [/* @__PURE__ */ planSource('Objective 1.2 Results')],
    },
    {
      id: 'result-1.2.2',
      number: '1.2.2',
      objective: 'objective-1.2',
      text: {
        en: 'Support provided for the inclusion, resilience, and participation of displaced people, especially girls and boys in host communities.',
      },
      emphasisGroups: ['girls', 'boys'],
      sources: [/* @__PURE__ */ planSource('Objective 1.2 Results')],
    },
    {
      id: 'result-1.2.3',
      number: '1.2.3',
      objective: 'objective-1.2',
      text: { en: 'Improved access to health services for displaced persons.' },
      sources: [/* @__PURE__ */ planSource('Objective 1.2 Results')],
    },
    {
      id: 'result-1.2.4',
      number: '1.2.4',
      objective: 'objective-1.2',
      text: {
        en: 'Increased visibility of best practices in local governance among countries and international institutions with similar experiences.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 1.2 Results')],
    },
    {
      id: 'result-1.3.1',
      number: '1.3.1',
      objective: 'objective-1.3',
      text: {
        en: 'Recognition and identification of the abilities and capacities of displaced populations, with emphasis on the female and adolescent population.',
      },
      // The plan says "the female and adolescent population": women and adolescents is the SDK's reading.
      emphasisGroups: ['women', 'adolescents'],
      emphasisSource: 'sdk-reading',
      sources: [/* @__PURE__ */ planSource('Objective 1.3 Results')],
    },
    {
      id: 'result-1.3.2',
      number: '1.3.2',
      objective: 'objective-1.3',
      text: {
        en: 'Expansion of training opportunities available for the female and adolescent population to acquire and improve skills that allow their social integration.',
      },
      // The plan says "the female and adolescent population": women and adolescents is the SDK's reading.
      emphasisGroups: ['women', 'adolescents'],
      emphasisSource: 'sdk-reading',
      sources: [/* @__PURE__ */ planSource('Objective 1.3 Results')],
    },
    {
      id: 'result-1.3.3',
      number: '1.3.3',
      objective: 'objective-1.3',
      text: {
        en: 'Establishment of job boards for displaced persons, with an emphasis on women, through partnerships with the private sector or others.',
      },
      emphasisGroups: ['women'],
      sources: [/* @__PURE__ */ planSource('Objective 1.3 Results')],
    },
    {
      id: 'result-2.1.1',
      number: '2.1.1',
      objective: 'objective-2.1',
      text: {
        en: 'Participation of the governments of the MIRPS member countries is promoted and encouraged at the highest level.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 2.1 Results')],
    },
    {
      id: 'result-2.1.2',
      number: '2.1.2',
      objective: 'objective-2.1',
      text: {
        en: 'The work and priorities of the MIRPS are positioned and made visible in different regional and global forums.',
      },
      sources: [/* @__PURE__ */ planSource('Objective 2.1 Results')],
    },
    {
      id: 'result-2.1.3',
      number: '2.1.3',
      objective: 'objective-2.1',
      text: { en: 'Approval of the MIRPS Charter by the Member States.' },
      sources: [/* @__PURE__ */ planSource('Objective 2.1 Results')],
    },
  ],

  workMethodology: {
    introduction: { en: 'The priorities, objectives, actions, and results proposed will be carried out through:' },
    technicalMeetings: [
      {
        id: 'meeting-virtual-plenary',
        text: {
          en: 'Virtual plenary meetings, which include reports on thematic progress by the leading countries of the Working Groups.',
        },
      },
      { id: 'meeting-wg-technical-sessions', text: { en: 'Technical sessions of the Working Groups' } },
      { id: 'meeting-national-coordination-groups', text: { en: 'Meetings with the National Coordination Groups' } },
      { id: 'meeting-civil-society-mechanism', text: { en: 'Meetings with the MIRPS civil society mechanism' } },
      { id: 'meeting-private-sector', text: { en: 'Joint sessions with representation from the private sector' } },
      { id: 'meeting-support-platform-follow-up', text: { en: 'Follow-up meetings with the Support Platform' } },
    ],
    highLevelEvents: [
      { id: 'event-ministerial-thematic-meetings', text: { en: 'Ministerial thematic meetings' } },
      { id: 'event-oas-high-level-meetings', text: { en: 'High-level meetings within the framework of the OAS' } },
      { id: 'event-annual-meeting-6', text: { en: 'VI MIRPS Annual Meeting' } },
      { id: 'event-global-refugee-forum-2', text: { en: 'II Global Refugee Forum' } },
    ],
    keyDocuments: [
      {
        id: 'document-working-group-documents',
        text: {
          en: 'Specific documents of the Working Groups, which highlight good practices, recommendations, and roadmaps for the achievement of regional goals.',
        },
      },
      { id: 'document-meeting-minutes', text: { en: 'Meeting minutes' } },
      { id: 'document-annual-report', text: { en: 'MIRPS annual report' } },
      { id: 'document-political-declaration', text: { en: 'Political declaration' } },
      { id: 'document-outgoing-presidency-report', text: { en: 'Report of the outgoing Pro-tempore Presidency' } },
      { id: 'document-public-information', text: { en: 'Public information documents – webpage' } },
    ],
    websiteSection: {
      en: 'Creation of a section on the MIRPS website to share experiences, good practices, and knowledge of work on the protection and inclusion of displaced persons within the framework of the MIRPS.',
    },
    sources: [/* @__PURE__ */ planSource('Work methodology')],
  },

  handoverCommitments: [
    {
      id: 'handover-memoir',
      text: { en: 'formally deliver the Memoir of the outgoing Pro-tempore Presidency' },
      sources: [/* @__PURE__ */ planSource('Work methodology', HANDOVER_SENTENCE)],
    },
    {
      id: 'handover-participation',
      text: { en: 'participate at the highest level during the handover of the Pro-tempore Presidency' },
      sources: [/* @__PURE__ */ planSource('Work methodology', HANDOVER_SENTENCE)],
    },
    {
      id: 'handover-emblem',
      text: { en: 'create a banner or emblem that symbolizes the membership of the MIRPS Pro-Tempore Presidency' },
      sources: [/* @__PURE__ */ planSource('Work methodology', HANDOVER_SENTENCE)],
    },
    {
      id: 'handover-technical-meeting',
      text: {
        en: 'will organize a technical meeting between the outgoing and incoming Pro-Tempore Presidencies during the handover',
      },
      sources: [/* @__PURE__ */ planSource('Work methodology', HANDOVER_SENTENCE)],
    },
  ],

  calendarNote: {
    en: '(Note: the schedule of activities may change during the year, to include other opportunities to promote the MIRPS).',
  },

  calendar: [
    // Technical Meetings
    {
      id: 'activity-virtual-plenary-meetings',
      category: 'technical-meeting',
      title: { en: 'Virtual Plenary Meetings' },
      // The plan marks 24 Jan, 20 Apr, 20 Jul and 19 Oct. The rule is the SDK's inference from the last three (the third
      // Thursday of every third month); the rule's 19 January is left out and the marked 24 January added.
      schedule: {
        kind: 'recurrence',
        start: '2023-01-19',
        rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4',
        exdates: ['2023-01-19'],
        rdates: ['2023-01-24'],
      },
      location: { kind: 'virtual' },
      note: {
        en: "The plan marks four dates: 24 January, 20 April, 20 July and 19 October 2023. The rule is the SDK's inference, not the plan's: 20 April, 20 July and 19 October are the third Thursday of every third month, so the SDK stores that rule, leaves out the day it gives in January (Thursday 19 January, which the plan does not mark) and adds the day the plan marks (Tuesday 24 January).",
      },
      sources: [/* @__PURE__ */ planSource(CALENDAR, 'Marked 24 (Jan), 20 (Apr), 20 (Jul) and 19 (Oct).')],
    },
    {
      id: 'activity-working-groups-first-virtual-sessions',
      category: 'technical-meeting',
      title: { en: 'First virtual sessions of the Working Groups (WG)' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      location: { kind: 'virtual' },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-wg-asylum-systems-sessions',
      category: 'technical-meeting',
      title: { en: 'Sessions of the WG on Strengthening Asylum Systems' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      workingGroup: 'wg-asylum-systems',
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-wg-internal-displacement-sessions',
      category: 'technical-meeting',
      title: { en: 'Sessions of the WG on Internal Displacement' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      workingGroup: 'wg-internal-displacement',
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-wg-jobs-livelihoods-sessions',
      category: 'technical-meeting',
      title: { en: 'Sessions of the WG on Jobs and Livelihoods' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      workingGroup: 'wg-jobs-livelihoods',
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-wg-local-governance-sessions',
      category: 'technical-meeting',
      title: { en: 'Sessions of the WG on Local Governance' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      workingGroup: 'wg-local-governance',
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },

    // High-Level Events
    {
      id: 'activity-committee-on-juridical-and-political-affairs',
      category: 'high-level-event',
      title: { en: 'Committee on Juridical and Political Affairs (OAS)' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-committee-on-migration-issues',
      category: 'high-level-event',
      title: { en: 'Committee on Migration Issues (OAS)' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-cities-summit-denver',
      category: 'high-level-event',
      title: { en: 'Cities Summit in Denver, United States Within the framework of the Los Angeles Declaration' },
      schedule: { kind: 'range', start: '2023-04-26', end: '2023-04-28' },
      location: { kind: 'in-person', city: { en: 'Denver' }, country: 'US' },
      note: { en: 'The Cities Summit of the Americas; its dates come from the reference facts, not the plan.' },
      sources: [
        /* @__PURE__ */ planSource(CALENDAR),
        /* @__PURE__ */ factsSource(
          EVENT_DATES,
          'Cities Summit of the Americas: 2023-04-26 to 2023-04-28, Denver, United States.',
        ),
      ],
    },
    {
      id: 'activity-oas-general-assembly',
      category: 'high-level-event',
      title: { en: 'OAS General Assembly' },
      schedule: { kind: 'range', start: '2023-06-21', end: '2023-06-23' },
      location: { kind: 'in-person', city: { en: 'Washington, D.C.' }, country: 'US' },
      note: {
        en: 'The 53rd regular session of the OAS General Assembly; its dates come from the reference facts, not the plan.',
      },
      sources: [
        /* @__PURE__ */ planSource(CALENDAR),
        /* @__PURE__ */ factsSource(
          EVENT_DATES,
          'OAS General Assembly, 53rd regular session: 2023-06-21 to 2023-06-23, Washington, D.C.',
        ),
      ],
    },
    {
      id: 'activity-un-general-assembly',
      category: 'high-level-event',
      title: { en: 'United Nations General Assembly 2023' },
      schedule: { kind: 'range', start: '2023-09-19', end: '2023-09-26' },
      location: { kind: 'in-person', city: { en: 'New York' }, country: 'US' },
      note: {
        en: 'The dates are those of the general debate of the 78th session of the UN General Assembly (UNGA 78), from the reference facts, not the plan.',
      },
      sources: [
        /* @__PURE__ */ planSource(CALENDAR),
        /* @__PURE__ */ factsSource(
          EVENT_DATES,
          'UN General Assembly 78, general debate: 2023-09-19 to 2023-09-26, New York.',
        ),
      ],
    },
    {
      id: 'activity-annual-meeting-6',
      category: 'high-level-event',
      title: { en: 'VI MIRPS Annual Meeting' },
      schedule: {
        kind: 'unscheduled',
        note: {
          en: "Planned for 2023 in the plan's calendar. The month marks of this row were lost in the text copy of the plan; no other source gives a date.",
        },
      },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-global-refugee-forum-preparatory-sessions',
      category: 'high-level-event',
      title: { en: 'Preparatory sessions for the Global Refugee Forum (with Permanent Missions in GVA)' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-global-refugee-forum-2',
      category: 'high-level-event',
      title: { en: 'II Global Refugee Forum' },
      schedule: { kind: 'range', start: '2023-12-13', end: '2023-12-15' },
      location: { kind: 'in-person', city: { en: 'Geneva', es: 'Ginebra' }, country: 'CH' },
      note: { en: 'Its dates come from the reference facts, not the plan.' },
      sources: [
        /* @__PURE__ */ planSource(CALENDAR),
        /* @__PURE__ */ factsSource(EVENT_DATES, 'II Global Refugee Forum: 2023-12-13 to 2023-12-15, Geneva.'),
      ],
    },

    // Other activities
    {
      id: 'activity-action-plan-presentation',
      category: 'other-activity',
      title: { en: 'Presentation of the Regional Action Plan to the Permanent Missions in Geneva and the OAS' },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
    {
      id: 'activity-mirps-charter-draft-submission',
      category: 'other-activity',
      title: {
        en: 'Submission of the draft MIRPS Charter and start of negotiations for its approval at the Annual Meeting',
      },
      schedule: { kind: 'unscheduled', note: { en: MONTHS_LOST } },
      sources: [/* @__PURE__ */ planSource(CALENDAR)],
    },
  ],

  sources: [
    /* @__PURE__ */ planDocumentSource('English translation; the source of every text in this plan, word for word.'),
  ],
});
