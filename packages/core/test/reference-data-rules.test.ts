import { describe, expect, it } from 'vitest';
import { parseReferenceData, safeParseReferenceData } from '@mirps/core';
import { issuesOf, referenceCopy } from './helpers.js';

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
    expect(issuesOf(safeParseReferenceData(data))).toEqual([{ code: 'numbering.duplicate', path: ['annualMeetings', 1, 'ordinal'] }]);
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
    expect(issuesOf(safeParseReferenceData(data))).toEqual([{ code: 'dates.range-reversed', path: ['memberStates', 0, 'memberships', 0, 'left'] }]);
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
    data.memberStates[0]!.memberships = [{ joined: '2017-10-26', left: '2020-05', suspensions: [{ start: '2021-01' }] }];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'membership.suspension-outside-period', path: ['memberStates', 0, 'memberships', 0, 'suspensions', 0, 'start'] },
    ]);
  });

  it('reports a partner role that ends before it starts', () => {
    const data = referenceCopy();
    data.partners[0]!.roles = [{ role: 'support-platform-chair', from: '2022-09', to: '2021' }];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([{ code: 'dates.range-reversed', path: ['partners', 0, 'roles', 0, 'to'] }]);
  });
});
