import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { Instrument } from '../model/instrument.js';
import { diarioElMundoSource, globalCrrfSource, oasE00224Source, planSource, sinceSource } from './sources.js';

/**
 * The regional and global instruments that frame MIRPS: the seven the 2023
 * plan's Background cites, in its order, then the San Pedro Sula Declaration
 * that founded MIRPS and the Statutory Charter (Carta Estatutaria) approved at
 * the VI Annual Meeting on 24 January 2024. `summary.en` is the plan's own
 * paragraph about each, word for word (for the Charter, the words of OAS press
 * release E-002/24). `year` is `null` where the sources give no year (no year
 * is filled in from elsewhere). The Charter's text was not found: its
 * `quotations` hold what a 2025 article quotes of it, in Spanish, untranslated.
 *
 * @example
 * ```ts
 * import { instruments } from '@mirps/core/data';
 * instruments.find((i) => i.id === 'cartagena-declaration')?.year; // 1984
 * instruments.find((i) => i.kind === 'charter')?.name; // { en: 'Statutory Charter', es: 'Carta Estatutaria' }
 * ```
 */
export const instruments: readonly Instrument[] = /* @__PURE__ */ freezeParsed<readonly Instrument[]>([
  {
    id: 'cartagena-declaration',
    name: { en: 'Cartagena Declaration on Refugees' },
    kind: 'declaration',
    year: 1984,
    summary: {
      en: 'In the city of Cartagena, the countries of the Central American region and the Contadora group, comprised of Venezuela, Colombia, Mexico, and Panama, echoed the need to make efforts to eradicate the original causes of refugee situations. The main challenge to be addressed was to achieve a declaration that would support the principles and advances for the protection of refugees in Latin America, as well as the expansion of the refugee definition to include the internally displaced, encompassing the reception of refugees from a multidimensional perspective.',
    },
    note: {
      en: 'The plan dates it in the Brazil Declaration paragraph: "the 30th anniversary of the 1984 Cartagena Declaration on Refugees".',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'brazil-declaration-and-plan-of-action',
    name: { en: 'Brazil Declaration and Plan of Action' },
    kind: 'declaration-and-plan-of-action',
    year: 2014,
    summary: {
      en: 'The governments of Latin America and the Caribbean met in Brasilia to commemorate the 30th anniversary of the 1984 Cartagena Declaration on Refugees and adopted the Brazil Declaration and Plan of Action, agreeing on a common road map to strengthen and maintain the highest standards of protection at the international and regional level, implement innovative solutions for refugees and displaced persons, and end the plight faced by stateless persons in the region.',
    },
    note: {
      en: 'The plan gives no year; it dates the adoption as the 30th anniversary of the 1984 Cartagena Declaration on Refugees, hence 2014.',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'san-jose-action-statement',
    name: { en: 'San José Action Statement' },
    kind: 'action-statement',
    year: null,
    summary: {
      en: 'The States of the region considered the need for comprehensive actions to improve protection and the response to the most urgent needs, such as the recognition of national interests in migration and border management, including the importance of striking an appropriate balance between State security and the respect for human rights, the applicable protection of internally displaced persons and refugees, the right to seek and receive asylum, and measures to combat human trafficking and the smuggling of migrants. Similarly, the importance of other complementary legal pathways for admission was highlighted, within the framework of national policies and programmes, such as resettlement, family reunification, humanitarian visas and other legal forms for regular, safe and orderly migration, and the importance of deepening strategic and collaborative alliances was reaffirmed.',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'global-compact-on-refugees',
    name: { en: 'Global Compact on Refugees' },
    kind: 'compact',
    year: null,
    summary: {
      en: 'Its objectives include: i) Ease pressures on host countries; ii) Enhance refugee self-reliance; iii) Expand access to resettlement in third countries and other complementary pathways; and iv) Promote conditions that allow refugees to return to their countries of origin in conditions of safety and dignity.',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'los-angeles-declaration',
    name: { en: 'Los Angeles Declaration on Migration and Protection' },
    kind: 'declaration',
    year: null,
    summary: {
      en: 'The Declaration expresses a commitment to promote stability and assistance for communities of destination, origin, transit and return, and to promote regular channels of migration and international protection, among other points.',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'lima-ministerial-meeting',
    name: { en: 'Lima Ministerial Meeting on the Los Angeles Declaration on Migration and Protection' },
    kind: 'ministerial-meeting',
    year: null,
    summary: {
      en: 'At this meeting, the countries made commitments under the following Pillars: i) Stability and Assistance for Communities; ii) Regular Pathways for Migration and International Protection; iii) Humane Migration Management.',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'darien-declaration',
    name: { en: 'Darién Declaration' },
    kind: 'declaration',
    year: null,
    summary: {
      en: 'Identified actions included coordination with civil society organizations and international organizations; the elaboration of a roadmap at the regional level, with common points and short and medium-term objectives, including the possibility of providing humanitarian assistance, international protection, alternative complementary protection and other forms of protection; and mechanisms for regular migration and border management. At the same time, it promotes and maintains dialogue with countries of origin, transit, and destination for the joint approach to respond to extra-regional and intra-regional flows. It also provides for the expansion of international development cooperation in order to create economic opportunities in the communities of origin, with short-term impacts, to address the root causes of migration. Finally, it invites coordination with the MIRPS, as appropriate, with identified synergies in addressing these flows.',
    },
    sources: [/* @__PURE__ */ planSource('Background')],
  },
  {
    id: 'san-pedro-sula-declaration',
    name: { en: 'San Pedro Sula Declaration' },
    kind: 'declaration',
    year: 2017,
    summary: {
      en: 'By virtue of the above, Belize, Costa Rica, Guatemala, Honduras, Mexico, and Panama -- as a committed region faced with the prevailing need to assume and concretely respond to its common challenges as agreed within the Global Compact on Refugees -- adopted the San Pedro Sula Declaration in 2017 with the objective to work in a comprehensive and supportive manner in the region through the implementation of the Comprehensive Regional Protection and Solutions Framework (MIRPS).',
    },
    note: {
      en: 'The founding declaration of MIRPS: the plan says it was adopted in 2017; globalcrrf.org dates the founders joining on 26 October 2017.',
    },
    sources: [
      /* @__PURE__ */ planSource('Background'),
      /* @__PURE__ */ globalCrrfSource(
        'The founding members joined on 26 October 2017 with the San Pedro Sula Declaration.',
      ),
    ],
  },
  {
    id: 'statutory-charter',
    name: { en: 'Statutory Charter', es: 'Carta Estatutaria' },
    kind: 'charter',
    year: 2024,
    summary: { en: 'establishing a clear structure and roles' },
    quotations: [
      {
        text: {
          es: 'la presidencia del organismo es asumida rotativamente según orden alfabético. El período de presidencia de cada país miembro es de un año',
        },
        note: { en: 'The quotation ends there: what the Charter says of the handover is not known.' },
        sources: [/* @__PURE__ */ diarioElMundoSource('A 2025 article quoting the Statutory Charter.')],
      },
    ],
    note: {
      en: 'Approved at the VI MIRPS Annual Meeting on 24 January 2024, "establishing a clear structure and roles" (OAS press release E-002/24). Its text was not found in the sources; what a 2025 article quotes of it is kept in Spanish, as quoted. The 2023 plan planned a "MIRPS Charter" for approval at the Annual Meeting; the sources do not say in so many words that it is this Charter.',
    },
    sources: [
      /* @__PURE__ */ oasE00224Source(
        'Approved at the VI Annual Meeting, 24 January 2024, "establishing a clear structure and roles".',
      ),
      /* @__PURE__ */ sinceSource(
        'Statutory Charter (Carta Estatutaria)',
        'Its text was not found. A 2025 article quotes it (Diario El Mundo, El Salvador). The quote ends there: what it says of the handover is not known.',
      ),
      /* @__PURE__ */ diarioElMundoSource('2025: quotes the Charter on the presidency (in Spanish).'),
    ],
  },
]);
