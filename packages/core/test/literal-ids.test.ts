import {
  type MemberState,
  type MirpsMemberStateId,
  type MirpsWorkingGroupId,
  type PresidencyTerm,
  type ReferenceData,
  safeParseReferenceData,
  type WorkingGroup,
} from '@mirps/core';
import type * as data from '@mirps/core/data';
import { memberStates, presidencyTerms, referenceData, workingGroups } from '@mirps/core/data';
import { describe, expect, expectTypeOf, it } from 'vitest';

// Type tests: `tsc` (npm run typecheck) checks what this file says about types; vitest runs the rest.

describe('the literal id types of the embedded data', () => {
  it('name exactly the ids of the embedded member states and working groups', () => {
    expectTypeOf<MirpsMemberStateId>().toEqualTypeOf<'BZ' | 'CR' | 'GT' | 'HN' | 'MX' | 'PA' | 'SV'>();
    expectTypeOf<MirpsWorkingGroupId>().toEqualTypeOf<
      'wg-asylum-systems' | 'wg-internal-displacement' | 'wg-jobs-livelihoods' | 'wg-local-governance'
    >();
    expectTypeOf<data.MirpsMemberStateId>().toEqualTypeOf<MirpsMemberStateId>();
    expectTypeOf<data.MirpsWorkingGroupId>().toEqualTypeOf<MirpsWorkingGroupId>();
    expect(memberStates.map((member) => member.id)).toEqual(['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'PA']);
    expect(workingGroups.map((group) => group.id)).toEqual([
      'wg-asylum-systems',
      'wg-internal-displacement',
      'wg-jobs-livelihoods',
      'wg-local-governance',
    ]);
  });

  it('type the embedded records with them, so an editor completes an id and a misspelt one does not compile', () => {
    expectTypeOf<(typeof memberStates)[number]['id']>().toEqualTypeOf<MirpsMemberStateId>();
    expectTypeOf<(typeof workingGroups)[number]['id']>().toEqualTypeOf<MirpsWorkingGroupId>();
    expectTypeOf<(typeof workingGroups)[number]['lead']>().toEqualTypeOf<MirpsMemberStateId | null>();
    expectTypeOf<(typeof presidencyTerms)[number]['holder']>().toEqualTypeOf<MirpsMemberStateId>();
    // @ts-expect-error: El Salvador is 'SV'
    const misspelt: MirpsMemberStateId = 'ES';
    expect(memberStates.some((member) => member.id === misspelt)).toBe(false);
  });

  it("leave the model and the general API to any id: a caller's own data names other members", () => {
    expectTypeOf<MemberState['id']>().toEqualTypeOf<string>();
    expectTypeOf<WorkingGroup['id']>().toEqualTypeOf<string>();
    expectTypeOf<PresidencyTerm['holder']>().toEqualTypeOf<string>();
    expectTypeOf(memberStates).toExtend<readonly MemberState[]>();
    expectTypeOf(presidencyTerms).toExtend<readonly PresidencyTerm[]>();
    const brazil: MemberState = {
      id: 'BR',
      iso3: 'BRA',
      name: { en: 'Brazil', es: 'Brasil' },
      memberships: [{ joined: '2025-01-01' }],
    };
    const reference: ReferenceData = { ...referenceData, memberStates: [...referenceData.memberStates, brazil] };
    const result = safeParseReferenceData(reference);
    expect(result.success && result.data.memberStates.map((member) => member.id)).toContain('BR');
  });
});
