import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActionPlan, parsePresidencyLedger, parseReferenceData } from '@mirps/core';
import {
  actionPlan2023,
  annualMeetings,
  instruments,
  memberStates,
  partners,
  pledges,
  presidencyLedger,
  presidencyTerms,
  referenceData,
  workingGroups,
} from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { PREREQUISITES, runsWith, SHARED_SOURCES } from '../../../test/prerequisites.js';

// The source of truth lives beside the checkout (../shared), as it does in CI.
const sourcePath = join(SHARED_SOURCES, 'mirps-regional-action-plan-2023.txt');
const withSources = runsWith(PREREQUISITES.sharedSources);

/** The bullet lines of the plan, grouped under the heading that precedes them. */
function bulletsByHeading(text: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let heading = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    // The plan's coordination sentences sit between a heading and its bullets; they are not headings.
    if (line === '' || line.includes('will be coordinated with')) continue;
    if (line.startsWith('- ')) {
      const list = groups.get(heading) ?? [];
      list.push(line.slice(2).replace(/\*\*/g, ''));
      groups.set(heading, list);
    } else {
      heading = line;
    }
  }
  return groups;
}

describe('embedded data', () => {
  it('passes its own validation', () => {
    expect(parseReferenceData(referenceData)).toEqual(referenceData);
    expect(parsePresidencyLedger(presidencyLedger)).toEqual(presidencyLedger);
    expect(parseActionPlan(actionPlan2023)).toEqual(actionPlan2023);
  });

  it('holds the 2023 plan in full: 2 priorities, 4 objectives, 27 actions, 14 expected results', () => {
    expect(actionPlan2023.priorities).toHaveLength(2);
    expect(actionPlan2023.objectives.map((objective) => objective.number)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    expect(actionPlan2023.actions).toHaveLength(27);
    expect(actionPlan2023.expectedResults).toHaveLength(14);
    expect(actionPlan2023.handoverCommitments).toHaveLength(4);
    expect(actionPlan2023.presidency).toEqual({ term: '2023', holder: 'PA' });
  });

  it('holds the seven member states, El Salvador joining in 2019', () => {
    expect(memberStates.map((state) => state.id)).toEqual(['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'PA']);
    const elSalvador = memberStates.find((state) => state.id === 'SV')!;
    expect(elSalvador.memberships[0]!.joined.startsWith('2019')).toBe(true);
    expect(memberStates.filter((state) => state.memberships[0]!.joined === '2017-10-26')).toHaveLength(6);
  });

  it("names each objective's coordinating working group, and says where the plan names none", () => {
    const groupsOf = (objective: string): Array<string | null> => [
      ...new Set(
        actionPlan2023.actions.filter((action) => action.objective === objective).map((action) => action.workingGroup),
      ),
    ];
    expect(groupsOf('objective-1.1')).toEqual(['wg-asylum-systems']);
    expect(groupsOf('objective-1.2')).toEqual(['wg-internal-displacement', 'wg-local-governance']);
    expect(groupsOf('objective-1.3')).toEqual(['wg-jobs-livelihoods']);
    expect(groupsOf('objective-2.1')).toEqual([null]);
    expect(workingGroups.map((group) => [group.id, group.lead])).toEqual([
      ['wg-asylum-systems', 'MX'],
      ['wg-internal-displacement', 'HN'],
      ['wg-jobs-livelihoods', 'CR'],
      ['wg-local-governance', 'PA'],
    ]);
  });

  it('records the presidencies 2019–2026 and the handover meetings', () => {
    expect(presidencyTerms.map((term) => [term.label, term.holder, term.assignment])).toEqual([
      ['2019', 'MX', 'election'],
      ['2020', 'SV', 'not-stated-in-source'],
      ['2021', 'GT', 'rotation'],
      ['2022', 'HN', 'rotation'],
      ['2023', 'PA', 'rotation'],
      ['2024', 'BZ', 'rotation'],
      ['2025', 'CR', 'rotation'],
      ['2026', 'SV', 'rotation'],
    ]);
    expect(presidencyTerms.map((term) => [term.handover.date, term.handover.annualMeeting ?? null])).toEqual([
      ['2019', null],
      ['2020-01', null],
      ['2020-12-08', 'annual-meeting-3'],
      ['2021-11-30', 'annual-meeting-4'],
      ['2022-12-13', 'annual-meeting-5'],
      ['2024-01-24', 'annual-meeting-6'],
      ['2024-12-05', 'annual-meeting-7'],
      ['2025-11-25', 'annual-meeting-8'],
    ]);
    // Each handover's day is the day of the meeting it names.
    for (const term of presidencyTerms.filter((t) => t.handover.annualMeeting !== undefined)) {
      expect(annualMeetings.find((m) => m.id === term.handover.annualMeeting)?.date, term.label).toBe(
        term.handover.date,
      );
    }
    expect(annualMeetings.map((meeting) => [meeting.ordinal, meeting.date, meeting.host])).toEqual([
      [1, '2018-11-08', null],
      [2, '2019-11-08', null],
      [3, '2020-12-08', 'SV'],
      [4, '2021-11-30', null],
      [5, '2022-12-13', null],
      [6, '2024-01-24', 'PA'],
      [7, '2024-12-05', 'BZ'],
      [8, '2025-11-25', 'CR'],
    ]);
  });

  it('says the sources list no achievements for 2024–2026, and report no holder after 2026', () => {
    for (const term of presidencyTerms.filter((t) => t.label >= '2024')) {
      expect(term.achievements, term.label).toEqual([]);
      expect(term.note?.en, term.label).toContain('The sources list no achievements for this term.');
      expect(term.sources!.length, term.label).toBeGreaterThan(1);
    }
    expect(presidencyTerms.at(-1)!.note?.en).toContain('The sources do not report the holder after 2026');
  });

  it('names the declarations of the VI to VIII Annual Meetings as the sources write them, untranslated', () => {
    expect(
      Object.fromEntries(annualMeetings.filter((m) => m.declarations).map((m) => [m.ordinal, m.declarations])),
    ).toEqual({
      6: [{ en: 'Panama City Declaration', es: 'Declaración de la Ciudad de Panamá 2023' }],
      7: [{ en: 'Belize City Declaration' }],
      8: [{ es: 'Declaración de Heredia' }],
    });
    const sixth = annualMeetings.find((m) => m.ordinal === 6)!;
    expect(sixth.note?.en).toContain("The 2023 plan's calendar planned it for 2023");
    expect(sixth.location).toEqual({
      kind: 'in-person',
      city: { en: 'Panama City', es: 'Ciudad de Panamá' },
      country: 'PA',
    });
    expect(annualMeetings[0]!.note?.en).toContain('The sources name no hosting member state.');
  });

  it('holds the Statutory Charter: approved on 24 January 2024, its text not found, quoted only in Spanish', () => {
    const charter = instruments.find((i) => i.kind === 'charter')!;
    expect(charter).toMatchObject({
      id: 'statutory-charter',
      name: { en: 'Statutory Charter', es: 'Carta Estatutaria' },
      year: 2024,
    });
    expect(charter.summary).toEqual({ en: 'establishing a clear structure and roles' });
    expect(charter.note?.en).toContain('Its text was not found');
    expect(charter.quotations).toHaveLength(1);
    expect(charter.quotations![0]!.text).toEqual({
      es: 'la presidencia del organismo es asumida rotativamente según orden alfabético. El período de presidencia de cada país miembro es de un año',
    });
    expect(charter.quotations![0]!.note?.en).toBe(
      'The quotation ends there: what the Charter says of the handover is not known.',
    );
  });

  it('holds the four MIRPS Regional Pledges of the II Global Refugee Forum, with no value the sources do not give', () => {
    expect(pledges.map((p) => [p.id, p.name.en, p.forum, p.scope, p.workingGroup])).toEqual([
      ['pledge-grf-2023-mirps-asylum', 'Asylum', 'global-refugee-forum-2023', 'regional', 'wg-asylum-systems'],
      [
        'pledge-grf-2023-mirps-integration',
        'Integration',
        'global-refugee-forum-2023',
        'regional',
        'wg-jobs-livelihoods',
      ],
      [
        'pledge-grf-2023-mirps-local-governance',
        'Local Governance',
        'global-refugee-forum-2023',
        'regional',
        'wg-local-governance',
      ],
      [
        'pledge-grf-2023-mirps-statistical-inclusion',
        'Statistical Inclusion',
        'global-refugee-forum-2023',
        'regional',
        null,
      ],
    ]);
    for (const pledge of pledges) {
      expect(Object.keys(pledge), pledge.id).not.toEqual(expect.arrayContaining(['type']));
      expect([pledge.type, pledge.status, pledge.submittedBy, pledge.joint], pledge.id).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(pledge.note?.en, pledge.id).toContain('linked to a global multistakeholder pledge');
      expect(pledge.sources!.length, pledge.id).toBeGreaterThan(1);
    }
    expect(pledges.at(-1)!.note?.en).toContain('report no lead country for it');
    expect(referenceData.pledges).toBe(pledges);
  });

  it('is current to 30 November 2026, and no recorded date is later', () => {
    expect(referenceData.asOf).toBe('2026-11-30');
    const dates = [
      ...annualMeetings.map((m) => m.date),
      ...presidencyTerms.map((t) => t.handover.date),
      ...partners.flatMap((p) => (p.roles ?? []).flatMap((r) => [r.from, r.to])),
      ...memberStates.flatMap((s) => s.memberships.map((m) => m.joined)),
    ].filter((date): date is string => typeof date === 'string');
    for (const date of dates) expect(date <= referenceData.asOf!, date).toBe(true);
  });

  it('gives instrument years only where a source does', () => {
    expect(Object.fromEntries(instruments.map((instrument) => [instrument.id, instrument.year]))).toEqual({
      'cartagena-declaration': 1984,
      'brazil-declaration-and-plan-of-action': 2014,
      'san-jose-action-statement': null,
      'global-compact-on-refugees': null,
      'los-angeles-declaration': null,
      'lima-ministerial-meeting': null,
      'darien-declaration': null,
      'san-pedro-sula-declaration': 2017,
      'statutory-charter': 2024,
    });
  });

  it('names the Support Platform, its chairs and the technical secretariat', () => {
    const withRole = (role: string): string[] =>
      partners.filter((partner) => partner.roles?.some((r) => r.role === role)).map((partner) => partner.id);
    expect(withRole('technical-secretariat').sort()).toEqual(['oas', 'unhcr']);
    expect(withRole('support-platform-member')).toHaveLength(14);
    const chairs = partners
      .flatMap((partner) =>
        (partner.roles ?? [])
          .filter((r) => r.role === 'support-platform-chair')
          .map((r) => ({ partner: partner.id, ...r })),
      )
      .sort((a, b) => (a.from! < b.from! ? -1 : 1));
    expect(chairs.map((c) => [c.partner, c.from, c.to ?? null, c.toInferred ?? false])).toEqual([
      ['spain', '2020-06-29', '2021-07', true],
      ['canada', '2021-07', '2022-09', true],
      ['united-states', '2022-09', '2024-12-05', false],
      ['colombia', '2024-12-05', null, false],
    ]);
    // An inferred end is the next chair's start; the last chair's end, and the 2026 chair, are not reported.
    for (const [i, chair] of chairs.entries()) if (chair.toInferred) expect(chair.to).toBe(chairs[i + 1]!.from);
    expect(chairs.at(-1)!.note?.en).toContain('do not report the chair for 2026');
    expect(partners.find((p) => p.id === 'support-platform')!.note?.en).toContain(
      'The sources do not report the chair for 2026.',
    );
  });

  it("stores the Virtual Plenary Meetings as the SDK's quarterly rule for the plan's four dates, and no guessed dates", () => {
    const plenary = actionPlan2023.calendar.find((activity) => activity.title.en === 'Virtual Plenary Meetings');
    // The SDK's rule (third Thursday, quarterly) without its 19 January and with the marked 24 January; @mirps/calendar expands it to the plan's four dates.
    expect(plenary?.note?.en).toContain(
      "The plan marks four dates: 24 January, 20 April, 20 July and 19 October 2023. The rule is the SDK's inference, not the plan's",
    );
    expect(plenary?.note?.en).not.toMatch(/moved/);
    expect(plenary?.schedule).toEqual({
      kind: 'recurrence',
      start: '2023-01-19',
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=4',
      exdates: ['2023-01-19'],
      rdates: ['2023-01-24'],
    });
    const dated = actionPlan2023.calendar.filter((activity) => activity.schedule.kind !== 'unscheduled');
    for (const activity of dated) {
      const fromSources = (activity.sources ?? []).map((source) => source.document + (source.section ?? ''));
      expect(fromSources.length, activity.id).toBeGreaterThan(0);
    }
    expect(dated.map((activity) => activity.title.en)).toEqual([
      'Virtual Plenary Meetings',
      'Cities Summit in Denver, United States Within the framework of the Los Angeles Declaration',
      'OAS General Assembly',
      'United Nations General Assembly 2023',
      'II Global Refugee Forum',
    ]);
  });

  it('marks the emphasis groups the SDK reads into other words of the plan', () => {
    const read = [...actionPlan2023.objectives, ...actionPlan2023.actions, ...actionPlan2023.expectedResults]
      .filter((item) => item.emphasisGroups !== undefined)
      .map((item) => [item.id, item.emphasisGroups, item.emphasisSource ?? 'plan']);
    expect(read).toEqual([
      ['objective-1.3', ['women', 'adolescents', 'girls', 'boys'], 'plan'],
      ['action-1.2.9', ['girls', 'boys'], 'sdk-reading'],
      ['result-1.2.2', ['girls', 'boys'], 'plan'],
      ['result-1.3.1', ['women', 'adolescents'], 'sdk-reading'],
      ['result-1.3.2', ['women', 'adolescents'], 'sdk-reading'],
      ['result-1.3.3', ['women'], 'plan'],
    ]);
    // Where the plan names the groups itself, its words say each of them.
    const words: Record<string, RegExp> = { women: /women/, adolescents: /adolescents/, girls: /girls/, boys: /boys/ };
    for (const item of [...actionPlan2023.objectives, ...actionPlan2023.actions, ...actionPlan2023.expectedResults]) {
      if (item.emphasisGroups === undefined || item.emphasisSource === 'sdk-reading') continue;
      for (const group of item.emphasisGroups) expect(item.text.en, `${item.id} ${group}`).toMatch(words[group]!);
    }
  });

  it('cannot be mutated by a user', () => {
    expect(Object.isFrozen(actionPlan2023)).toBe(true);
    expect(Object.isFrozen(actionPlan2023.actions[0]!.text)).toBe(true);
    expect(() => {
      (memberStates as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  // Skipped only on a developer machine without the sources, as the run says; in CI a missing source fails the file.
  describe.skipIf(!withSources)('word for word against the source text', () => {
    // Read only where the suite runs: a skipped suite is still collected.
    const source = withSources ? readFileSync(sourcePath, 'utf8') : '';
    const bullets = bulletsByHeading(source);

    it('has every action and expected result sentence of the plan, under its objective', () => {
      let actions = 0;
      let results = 0;
      for (const [heading, lines] of bullets) {
        const match = /^Objective (\d\.\d) (Actions|Results)/.exec(heading);
        if (!match) continue;
        const objective = `objective-${match[1]}`;
        const list = match[2] === 'Actions' ? actionPlan2023.actions : actionPlan2023.expectedResults;
        const texts = list.filter((item) => item.objective === objective).map((item) => item.text.en);
        for (const line of lines) expect(texts, `${heading}: ${line}`).toContain(line);
        if (match[2] === 'Actions') actions += lines.length;
        else results += lines.length;
      }
      expect([actions, results]).toEqual([27, 14]);
    });

    it('has every achievement of the earlier presidencies', () => {
      for (const term of presidencyTerms.filter((t) => t.label < '2023')) {
        const lines = bullets.get(
          `Pro-tempore Presidency ${term.label}: ${memberStates.find((s) => s.id === term.holder)!.name.en}`,
        );
        expect(lines, term.label).toBeDefined();
        expect(term.achievements.map((achievement) => achievement.text.en)).toEqual(lines);
      }
    });

    it('has the paragraphs of the Background and the Principal achievements, word for word and in order', () => {
      const paragraphs = actionPlan2023.paragraphs ?? [];
      expect(paragraphs.map((p) => [p.id, p.heading.en])).toEqual([
        ['paragraph-background-commitments', 'Background'],
        ['paragraph-background-regional-alternatives', 'Background'],
        ['paragraph-background-crrf-pioneer', 'Background'],
        ['paragraph-achievements-consultations', 'Principal achievements'],
        ['paragraph-achievements-direct-results', 'Principal achievements'],
        ['paragraph-achievements-presidency', 'Principal achievements'],
      ]);
      const lines = source.split(/\r?\n/).map((line) => line.trim());
      let last = -1;
      for (const paragraph of paragraphs) {
        // Each is a whole line of the source, under its heading, after the one before it.
        const at = lines.indexOf(paragraph.text.en!);
        expect(at, paragraph.id).toBeGreaterThan(last);
        expect(lines.lastIndexOf(paragraph.heading.en!, at), paragraph.id).toBeGreaterThan(-1);
        last = at;
      }
      // Every paragraph under "Principal achievements", up to the presidencies' achievements, is held.
      const section = lines.slice(
        lines.indexOf('Principal achievements') + 1,
        lines.indexOf('Main achievements of the Pro-tempore Presidencies', lines.indexOf('Principal achievements')),
      );
      expect(paragraphs.filter((p) => p.heading.en === 'Principal achievements').map((p) => p.text.en)).toEqual(
        section.filter((line) => line !== ''),
      );
    });

    it("has the handover duties as the four parts of the plan's one sentence, no word dropped or changed", () => {
      const [deliver, participate, create, organize] = actionPlan2023.handoverCommitments.map((duty) => duty.text.en!);
      const sentence = `At the end of its tenure as Pro-tempore Presidency, Panama will ${deliver}, ${participate}, ${create}, and ${organize}.`;
      expect(source.split(/\r?\n/)).toContain(sentence);
      for (const duty of actionPlan2023.handoverCommitments) expect(duty.sources?.[0]?.note).toBe(sentence);
    });

    it("has the calendar's note as the plan writes it", () => {
      const heading = source.split(/\r?\n/).find((line) => line.startsWith('Calendar ('))!;
      expect(`Calendar ${actionPlan2023.calendarNote!.en}`).toBe(heading);
    });

    it('has the whole work methodology', () => {
      const methodology = actionPlan2023.workMethodology;
      expect(methodology.technicalMeetings.map((item) => item.text.en)).toEqual(
        bullets.get('1. Organization of technical meetings, such as:'),
      );
      expect(methodology.highLevelEvents.map((item) => item.text.en)).toEqual(
        bullets.get('2. Visibility of the MIRPS in High-Level Events, which include:'),
      );
      expect(methodology.keyDocuments.map((item) => item.text.en)).toEqual(
        bullets.get('3. Preparation of key documents, such as:'),
      );
      expect(source).toContain(methodology.websiteSection.en!.replace(/^4\. /, ''));
    });

    it('has every row of the calendar, and the vision and priorities verbatim', () => {
      const table = source.slice(source.indexOf('Activities\tJan'));
      const rows = table
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split('\t')[0]!.trim())
        .filter((title) => title !== '' && !title.startsWith('www.'));
      const headers = ['Technical Meetings', 'High-Level Events', 'Other activities'];
      expect(actionPlan2023.calendar.map((activity) => activity.title.en)).toEqual(
        rows.filter((row) => !headers.includes(row)),
      );
      expect(source).toContain(actionPlan2023.vision.en!);
      for (const priority of actionPlan2023.priorities) {
        expect(source).toContain(`Priority ${priority.number}: ${priority.text.en}`);
        if (priority.restatement) expect(source).toContain(`Priority ${priority.number}: ${priority.restatement.en}`);
      }
      for (const objective of actionPlan2023.objectives)
        expect(source).toContain(`Objective ${objective.number} - ${objective.text.en}`);
    });
  });
});
