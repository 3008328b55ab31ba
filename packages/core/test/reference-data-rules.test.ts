import { parseReferenceData, safeParseReferenceData } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { entry, issuesOf, messagesOf, referenceCopy } from './helpers.js';

describe('parseReferenceData rules', () => {
  it('accepts the embedded reference data', () => {
    expect(parseReferenceData(referenceCopy()).memberStates).toHaveLength(7);
  });

  it('reports a duplicate member state and a duplicate ISO alpha-3 code', () => {
    const data = referenceCopy();
    // Guatemala and Mexico's ids and codes are taken by others; nothing else in the data points at Guatemala.
    data.memberStates[3]!.id = data.memberStates[0]!.id;
    data.memberStates[5]!.iso3 = data.memberStates[4]!.iso3;
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'ref.duplicate-id', path: ['memberStates', 3, 'id'] },
      { code: 'ref.duplicate-code', path: ['memberStates', 5, 'iso3'] },
    ]);
  });

  it('reports an id used by two kinds of record', () => {
    const data = referenceCopy();
    data.partners[0]!.id = data.workingGroups[0]!.id;
    expect(issuesOf(safeParseReferenceData(data))).toEqual([{ code: 'ref.duplicate-id', path: ['partners', 0, 'id'] }]);
  });

  it('reports a duplicate Annual Meeting number', () => {
    const data = referenceCopy();
    data.annualMeetings[1]!.ordinal = data.annualMeetings[0]!.ordinal;
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'numbering.duplicate', path: ['annualMeetings', 1, 'ordinal'] },
    ]);
  });

  it('reports a working-group lead or a meeting host that is not a member state', () => {
    const data = referenceCopy();
    data.workingGroups[0]!.lead = 'CO';
    data.annualMeetings[0]!.host = 'US';
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'ref.unknown-member-state', path: ['workingGroups', 0, 'lead'] },
      { code: 'ref.unknown-member-state', path: ['annualMeetings', 0, 'host'] },
    ]);
  });

  it('reports a membership that ends before it begins', () => {
    const data = referenceCopy();
    data.memberStates[0]!.memberships = [{ joined: '2017-10-26', left: '2016' }];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'dates.range-reversed', path: ['memberStates', 0, 'memberships', 0, 'left'] },
    ]);
  });

  it('reports overlapping membership periods', () => {
    const data = referenceCopy();
    data.memberStates[0]!.memberships = [{ joined: '2017-10-26', left: '2020-05' }, { joined: '2020-03' }];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'membership.periods-overlap', path: ['memberStates', 0, 'memberships', 1, 'joined'] },
    ]);
  });

  it('accepts a return after leaving, and a suspension inside the period', () => {
    const data = referenceCopy();
    data.memberStates[0]!.memberships = [
      { joined: '2017-10-26', left: '2020-05', suspensions: [{ start: '2018-01', end: '2018-06' }] },
      { joined: '2021' },
    ];
    expect(safeParseReferenceData(data).success).toBe(true);
  });

  it('reports a suspension outside its membership period', () => {
    const data = referenceCopy();
    data.memberStates[0]!.memberships = [
      { joined: '2017-10-26', left: '2020-05', suspensions: [{ start: '2021-01' }] },
    ];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      {
        code: 'membership.suspension-outside-period',
        path: ['memberStates', 0, 'memberships', 0, 'suspensions', 0, 'start'],
      },
    ]);
  });

  it('reports a partner role that ends before it starts', () => {
    const data = referenceCopy();
    data.partners[0]!.roles = [{ role: 'support-platform-chair', from: '2022-09', to: '2021' }];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'dates.range-reversed', path: ['partners', 0, 'roles', 0, 'to'] },
    ]);
  });
});

describe('pledges and asOf in reference data', () => {
  it('accepts reference data written before pledges and asOf were modelled', () => {
    const data = referenceCopy();
    delete data.pledges;
    delete data.asOf;
    expect(safeParseReferenceData(data).success).toBe(true);
  });

  it('takes asOf as a calendar day only', () => {
    const data = referenceCopy();
    data.asOf = '2026-11';
    expect(issuesOf(safeParseReferenceData(data)).map((issue) => issue.path)).toEqual([['asOf']]);
  });

  it('reports a pledge carried out through a working group that does not exist', () => {
    const data = referenceCopy();
    data.pledges![3]!.workingGroup = 'wg-statistics';
    const result = safeParseReferenceData(data);
    expect(issuesOf(result)).toEqual([{ code: 'ref.unknown-working-group', path: ['pledges', 3, 'workingGroup'] }]);
    expect(result.success ? '' : result.error.issues[0]!.message).toBe(
      'Unknown working group "wg-statistics"; known: wg-asylum-systems, wg-internal-displacement, wg-jobs-livelihoods, wg-local-governance',
    );
  });

  it('reports a duplicate pledge id, also against the ids of other records', () => {
    const data = referenceCopy();
    data.pledges![1]!.id = data.pledges![0]!.id;
    data.pledges![2]!.id = data.workingGroups[3]!.id;
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'ref.duplicate-id', path: ['pledges', 1, 'id'] },
      { code: 'ref.duplicate-id', path: ['pledges', 2, 'id'] },
    ]);
  });

  it('reports a pledge submitted by a member state or body the reference data does not have', () => {
    const data = referenceCopy();
    data.pledges![0]!.submittedBy = { memberState: 'CO' };
    data.pledges![1]!.submittedBy = { body: 'mirps-fund' };
    data.pledges![2]!.submittedBy = { body: 'wg-local-governance' };
    data.pledges![3]!.submittedBy = { memberState: 'PA' };
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'ref.unknown-member-state', path: ['pledges', 0, 'submittedBy', 'memberState'] },
      { code: 'ref.unknown-body', path: ['pledges', 1, 'submittedBy', 'body'] },
    ]);
  });

  it('takes the general fields of a Global Refugee Forum pledge, and refuses values outside them', () => {
    const data = referenceCopy();
    Object.assign(data.pledges![0]!, { type: 'policy', status: 'in-progress', joint: true });
    expect(safeParseReferenceData(data).success).toBe(true);
    (data.pledges![0] as { status: string }).status = 'done';
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'shape.invalid-value', path: ['pledges', 0, 'status'] },
    ]);
  });
});

describe('parseReferenceData rules: where each issue points and what it says', () => {
  it('reports a suspension that ends before it starts, at its end', () => {
    const data = referenceCopy();
    entry(data.memberStates, 0).memberships = [
      { joined: '2017-10-26', suspensions: [{ start: '2020-05', end: '2020-01' }] },
    ];
    expect(messagesOf(safeParseReferenceData(data))).toEqual([
      {
        code: 'dates.range-reversed',
        path: ['memberStates', 0, 'memberships', 0, 'suspensions', 0, 'end'],
        message: 'Ends (2020-01) before it starts (2020-05)',
      },
    ]);
  });

  it('accepts a suspension in a membership that has not ended', () => {
    const data = referenceCopy();
    entry(data.memberStates, 0).memberships = [{ joined: '2017-10-26', suspensions: [{ start: '2020-05' }] }];
    expect(safeParseReferenceData(data).success).toBe(true);
  });

  it('accepts a partner role known only by when it ended', () => {
    const data = referenceCopy();
    entry(data.partners, 0).roles = [{ role: 'support-platform-chair', to: '2021-07' }];
    expect(safeParseReferenceData(data).success).toBe(true);
  });

  it('accepts a pledge submitted by a partner', () => {
    const data = referenceCopy();
    entry(data.pledges, 0).submittedBy = { body: entry(data.partners, 0).id };
    expect(safeParseReferenceData(data).success).toBe(true);
  });

  it('names where an id shared by two kinds of record was first used', () => {
    const data = referenceCopy();
    const group = entry(data.workingGroups, 0).id;
    const instrument = entry(data.instruments, 0).id;
    entry(data.partners, 0).id = group;
    entry(data.annualMeetings, 0).id = instrument;
    expect(messagesOf(safeParseReferenceData(data))).toEqual([
      {
        code: 'ref.duplicate-id',
        path: ['partners', 0, 'id'],
        message: `Duplicate id "${group}": already used at workingGroups[0].id`,
      },
      {
        code: 'ref.duplicate-id',
        path: ['annualMeetings', 0, 'id'],
        message: `Duplicate id "${instrument}": already used at instruments[0].id`,
      },
    ]);
  });
});
